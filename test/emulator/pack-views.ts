import type { CatalogVersion, TenantCatalog } from './catalog.js';
import type { PackContent } from './pack-content.js';
import { compareVersions } from './version-order.js';

/** Deprecated/disabled travel in annotations.system_state (pack-central's own convention) and in status. */
function stateOf(v: CatalogVersion): { annotations: Record<string, string>; status: Record<string, boolean> } {
  const annotations = { ...v.annotations };
  if (v.state !== 'active') annotations.system_state = v.state;
  return { annotations, status: { deprecated: v.state === 'deprecated', disabled: v.state === 'disabled' } };
}

/** v1PackSummary (items of GET /v1/packs): one item per concrete version, full default values included. */
export function packSummary(v: CatalogVersion, content: PackContent): unknown {
  const { annotations, status } = stateOf(v);
  return {
    apiVersion: 'v1', kind: 'Pack',
    metadata: { uid: v.uid, name: v.name, annotations: {}, labels: {} },
    spec: {
      name: v.name, displayName: v.displayName, version: v.version, layer: v.layer, type: v.registry.packType,
      registryUid: v.registry.uid, cloudTypes: v.cloudTypes, addonType: v.addonType ?? '', annotations,
      values: content.values(v), schema: content.schema(v), presets: content.presets(v), manifests: [],
    },
    status,
  };
}

/**
 * Tags of one pack in one registry: every concrete version (parentTags = its floating lines) plus one entry per
 * floating tag (`1.32.x`) pointing at the newest usable version of that line.
 */
function tagsOf(versions: CatalogVersion[]): unknown[] {
  const tags: unknown[] = versions.map((v) => ({ tag: v.tag, version: v.version, packUid: v.uid, group: '', parentTags: v.parentTags }));
  const floating = [...new Set(versions.flatMap((v) => v.parentTags))];
  for (const tag of floating) {
    const line = versions.filter((v) => v.parentTags.includes(tag)).sort((a, b) => compareVersions(b.version, a.version));
    const best = line.find((v) => v.state !== 'disabled') ?? line[0];
    tags.push({ tag, version: best.version, packUid: best.uid, group: '', parentTags: [] });
  }
  return tags;
}

function packValues(v: CatalogVersion, content: PackContent): unknown {
  return {
    packUid: v.uid, values: content.values(v), readme: content.readme(v), schema: content.schema(v),
    presets: content.presets(v), annotations: stateOf(v).annotations,
    // v1PackDependencyMeta has no constraint fields; the emulator adds pack.json's (layer, min/max, type) [?].
    dependencies: v.dependencies,
  };
}

/** v1PackTagEntity for a set of versions of ONE pack in ONE registry (both GET endpoints that return it). */
export function packTagEntity(versions: CatalogVersion[], content: PackContent): unknown {
  const first = versions[0];
  return {
    name: first.name, displayName: first.displayName, layer: first.layer, addonType: first.addonType ?? '',
    cloudTypes: first.cloudTypes, registryUid: first.registry.uid, logoUrl: '',
    tags: tagsOf(versions), packValues: versions.map((v) => packValues(v, content)),
  };
}

/** Newest version that is not disabled (what the UI offers as latest). */
export function latestOf(versions: CatalogVersion[]): CatalogVersion {
  const sorted = [...versions].sort((a, b) => compareVersions(b.version, a.version));
  return sorted.find((v) => v.state === 'active') ?? sorted.find((v) => v.state !== 'disabled') ?? sorted[0];
}

export function versionsByName(catalog: TenantCatalog): Map<string, CatalogVersion[]> {
  const out = new Map<string, CatalogVersion[]>();
  for (const v of catalog.versions) out.set(v.name, [...(out.get(v.name) ?? []), v]);
  return out;
}
