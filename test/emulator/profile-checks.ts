import type { CatalogRegistry, CatalogVersion, TenantCatalog } from './catalog.js';
import type { PackContent } from './pack-content.js';
import type { StoredPack } from './profile-store.js';
import { newUid } from './stable-uid.js';
import { hasPath, leafPaths, parseValues } from './values-paths.js';
import { compareVersions, tagMatches } from './version-order.js';

/** v1PackManifestEntity, as sent in create bodies and validate/packs. */
export interface PackEntity {
  name?: string;
  tag?: string;
  uid?: string;
  registryUid?: string;
  type?: string;
  layer?: string;
  values?: string;
  manifests?: { name?: string; content?: string }[];
}

export interface PackProblem { status: number; code: string; message: string }
export type PackCheck = { pack: StoredPack; problems: [] } | { pack?: undefined; problems: PackProblem[] };

const problem = (status: number, code: string, message: string): PackCheck => ({ problems: [{ status, code, message }] });

/**
 * Resolves one pack of a profile against the tenant catalog and makes the checks Palette makes at create time:
 * pack and version exist, the declared type is the registry's type, values keep every default key.
 */
export function checkPack(catalog: TenantCatalog, content: PackContent, e: PackEntity): PackCheck {
  if (!e.name) return problem(400, 'InvalidPack', 'pack name is required');
  const type = e.type ?? 'spectro'; // the spec's default for v1PackType
  const manifests = (e.manifests ?? []).map((m) => ({ uid: newUid(), name: m.name ?? '', content: m.content ?? '' }));
  if (type === 'manifest') {
    return { pack: { name: e.name, type, layer: e.layer ?? 'addon', tag: e.tag ?? '', version: e.tag ?? '',
      values: e.values ?? '', manifests }, problems: [] };
  }
  const found = findVersion(catalog, e);
  if ('status' in found) return { problems: [found] };
  const v = found;
  if (type !== v.registry.packType) {
    return problem(400, 'PackTypeMismatch', `PackType '${type}' is not matching with registry type '${v.registry.packType}'`);
  }
  if (v.state === 'disabled') return problem(400, 'PackDisabled', `Pack ${v.name}:${v.version} is disabled`);
  const defaults = content.values(v);
  const values = e.values && e.values.trim() ? e.values : defaults;
  const missing = missingDefault(defaults, values);
  if (missing) return problem(400, missing.code, missing.message);
  return { pack: { name: e.name, type, layer: e.layer ?? v.layer, tag: e.tag ?? v.version, version: v.version,
    packUid: v.uid, registryUid: v.registry.uid, values, manifests }, problems: [] };
}

function findVersion(catalog: TenantCatalog, e: PackEntity): CatalogVersion | PackProblem {
  const name = e.name ?? '';
  let registry: CatalogRegistry | undefined;
  if (e.registryUid) {
    registry = catalog.registries.find((r) => r.uid === e.registryUid);
    if (!registry) return { status: 400, code: 'RegistryNotFound', message: `Registry ${e.registryUid} not found` };
  }
  if (e.uid) {
    const v = catalog.byUid.get(e.uid);
    if (!v || v.name !== name || (registry && v.registry !== registry)) {
      return { status: 400, code: 'PackNotFound', message: `Pack ${name} with uid ${e.uid} not found` };
    }
    return v;
  }
  const candidates = catalog.versions.filter((v) => v.name === name && (!registry || v.registry === registry));
  const registries = new Set(candidates.map((v) => v.registry));
  if (registries.size > 1) {
    return { status: 400, code: 'RegistryRequired', message: `Pack ${name} exists in several registries; registryUid is required` };
  }
  const tag = e.tag ?? '';
  const usable = candidates.filter((v) => v.state !== 'disabled' || v.version === tag);
  const hit = usable.filter((v) => v.tag === tag || v.version === tag || v.parentTags.includes(tag) || tagMatches(tag, v.version))
    .sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!hit) {
    const where = registry ? ` in registry ${registry.name}` : '';
    return { status: 400, code: 'PackNotFound', message: `Pack ${name}:${tag}${where} not found` };
  }
  return hit;
}

/** Palette rejects values that drop keys the pack's defaults have ("Parameter X value is required"). */
function missingDefault(defaults: string, values: string): { code: string; message: string } | undefined {
  const d = parseValues(defaults);
  if (!d.ok) return undefined; // defaults we cannot read constrain nothing
  const v = parseValues(values);
  if (!v.ok) return { code: 'InvalidPackValues', message: `Pack values are not valid YAML: ${v.error}` };
  const path = leafPaths(d.doc).find((p) => !hasPath(v.doc, p));
  return path ? { code: 'PackValuesInvalid', message: `Parameter ${path.join('.')} value is required` } : undefined;
}
