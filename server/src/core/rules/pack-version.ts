/** The resolved pack + version for rules that need both (version-state and values rules). */
import type { CatalogSnapshot, PackInRegistry, PackVersionDetail, RegistryInfo } from '../catalog.js';
import type { PackEntry } from '../model.js';
import { lookupPack } from './catalog-pack.js';
import { lookupVersion, type VersionLookup } from './catalog-version.js';

export interface ResolvedPack {
  name: string;
  entry: PackInRegistry;
  registry?: RegistryInfo;
  version: Extract<VersionLookup, { kind: 'found' }>;
}

export function resolvePack(pack: PackEntry, catalog: CatalogSnapshot): ResolvedPack | undefined {
  const found = lookupPack(pack, catalog);
  if (found.kind !== 'found') return undefined;
  const version = lookupVersion(found.entry, pack);
  if (version.kind !== 'found') return undefined;
  return { name: found.name, entry: found.entry, registry: found.registry, version };
}

/** The version's details (default values, schema, dependencies), or undefined while not loaded. */
export function resolvedDetail(pack: PackEntry, catalog: CatalogSnapshot): { resolved: ResolvedPack; detail: PackVersionDetail } | undefined {
  const resolved = resolvePack(pack, catalog);
  if (!resolved) return undefined;
  const detail = catalog.versionDetail(resolved.entry.registryUid, resolved.name, resolved.version.version);
  return detail ? { resolved, detail } : undefined;
}
