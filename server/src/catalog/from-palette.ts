import type {
  PackDependency,
  PackInRegistry,
  PackPreset,
  PackSchemaEntry,
  PackVersionDetail,
  PackVersionInfo,
  RegistryInfo,
} from '../core/catalog.js';
import { isConcreteTag } from '../core/versions.js';
import type { PackSearchItem, PackTagEntity, PackUidValues, RegistryMetadata } from '../palette/client.js';

/** Palette API shapes → the core's catalog types. Tolerant: missing fields become undefined, never a throw. */

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

export function registryInfo(r: RegistryMetadata): RegistryInfo {
  return { uid: r.uid, name: r.name, kind: r.kind, scope: r.scope, isPrivate: r.isPrivate };
}

/** Search items filtered to one registry → that registry's pack entries (type, layer, latest as seen there). */
export function packsOfRegistry(items: PackSearchItem[], registryUid: string): PackInRegistry[] {
  return items.flatMap((item) => {
    const here = item.spec.registries?.find((r) => r.uid === registryUid);
    if (!here) return [];
    return [{
      name: item.spec.name,
      registryUid,
      displayName: item.spec.displayName,
      layer: item.spec.layer,
      type: item.spec.type,
      cloudTypes: item.spec.cloudTypes,
      addonType: item.spec.addonType || undefined,
      latestVersion: here.latestVersion,
    }];
  });
}

/** pack-central and Palette mark retired versions with annotations.system_state. */
function stateOf(values: PackUidValues | undefined): string | undefined {
  return values?.annotations?.system_state;
}

function schemaEntry(s: Record<string, unknown>): PackSchemaEntry {
  return {
    name: str(s.name) ?? '',
    type: str(s.type),
    format: str(s.format),
    required: bool(s.required),
    readonly: bool(s.readonly),
    regex: str(s.regex),
    listOptions: strings(s.listOptions),
    hints: strings(s.hints),
  };
}

function preset(p: Record<string, unknown>): PackPreset {
  return { name: str(p.name) ?? '', displayName: str(p.displayName), group: str(p.group), add: str(p.add), remove: strings(p.remove) };
}

/** v1PackDependencyMeta carries only name/layer; pack.json constraints add min/max/type where the server has them. */
function dependency(d: Record<string, unknown>): PackDependency {
  return {
    packName: str(d.packName) ?? str(d.name) ?? '',
    layer: str(d.layer),
    minVersion: str(d.minVersion),
    maxVersion: str(d.maxVersion),
    type: str(d.type) ?? 'optional',
  };
}

export function versionDetail(entity: PackTagEntity, registryUid: string, version: string, v: PackUidValues): PackVersionDetail {
  return {
    packUid: v.packUid,
    name: entity.name,
    version,
    registryUid,
    values: v.values ?? '',
    schema: (v.schema ?? []).map(schemaEntry),
    presets: (v.presets ?? []).map(preset),
    dependencies: (v.dependencies ?? []).map(dependency),
    cloudTypes: entity.cloudTypes,
    readme: v.readme,
  };
}

/**
 * Versions and (where the answer carries packValues) details of one pack in one registry. `disabledUids` are
 * the pack uids Palette only lists when asked for disabled versions.
 */
export function versionsOf(
  entity: PackTagEntity,
  registryUid: string,
  disabledUids: Set<string>,
): { versions: PackVersionInfo[]; details: PackVersionDetail[] } {
  const valuesByUid = new Map((entity.packValues ?? []).map((v) => [v.packUid, v]));
  const versions = (entity.tags ?? []).map((t): PackVersionInfo => {
    const state = stateOf(valuesByUid.get(t.packUid));
    const concrete = isConcreteTag(t.tag);
    return {
      tag: t.tag,
      version: t.version,
      packUid: t.packUid,
      parentTags: t.parentTags?.length ? t.parentTags : undefined,
      // A floating tag points at a usable version; it is disabled only when its concrete version is.
      disabled: concrete ? disabledUids.has(t.packUid) || state === 'disabled' : undefined,
      deprecated: concrete ? state === 'deprecated' : undefined,
    };
  });
  const details = (entity.tags ?? []).flatMap((t) => {
    const v = valuesByUid.get(t.packUid);
    return v && isConcreteTag(t.tag) ? [versionDetail(entity, registryUid, t.version, v)] : [];
  });
  return { versions, details };
}
