/**
 * Where a profile pack stands in the catalog: its registry, its registry entry, or why there is none. Shared by
 * every catalog rule, computed once per pack entry and snapshot. "Not loaded yet" is its own answer
 * (`loading`): rules stay quiet on it and catalog-unavailable says it once.
 */
import type { CatalogSnapshot, PackInRegistry, RegistryInfo } from '../catalog.js';
import type { Field, PackEntry } from '../model.js';
import { packName } from '../pack-refs.js';

export type PackLookup =
  | { kind: 'skip' }
  | { kind: 'loading' }
  | { kind: 'unknown-registry'; field: Field }
  | { kind: 'unknown-pack'; name: string }
  | { kind: 'not-in-registry'; name: string; registry: RegistryInfo; entries: PackInRegistry[] }
  | { kind: 'ambiguous'; name: string; entries: PackInRegistry[] }
  | { kind: 'found'; name: string; entry: PackInRegistry; registry?: RegistryInfo };

const memo = new WeakMap<CatalogSnapshot, WeakMap<PackEntry, PackLookup>>();

export function lookupPack(pack: PackEntry, catalog: CatalogSnapshot): PackLookup {
  let byPack = memo.get(catalog);
  if (!byPack) memo.set(catalog, (byPack = new WeakMap()));
  let hit = byPack.get(pack);
  if (!hit) byPack.set(pack, (hit = compute(pack, catalog)));
  return hit;
}

/** The field naming the pack's registry: export form by name, create form by uid. */
export function registryField(pack: PackEntry): Field | undefined {
  return pack.registryName?.value ? pack.registryName : pack.registryUid?.value ? pack.registryUid : undefined;
}

function compute(pack: PackEntry, catalog: CatalogSnapshot): PackLookup {
  const name = packName(pack.name?.value?.trim());
  // Manifest layers live in the profile; templated names are resolved by Palette, not by us.
  if (catalog.state === 'none' || !name || pack.type?.value === 'manifest' || name.includes('{{')) return { kind: 'skip' };
  const field = registryField(pack);
  let registry: RegistryInfo | undefined;
  if (field) {
    registry = pack.registryName?.value ? catalog.registryByName(field.value.trim()) : catalog.registryByUid(field.value.trim());
    if (!registry) return catalog.registries().length === 0 ? { kind: 'loading' } : { kind: 'unknown-registry', field };
  }
  const listed = catalog.packByName(name);
  if (listed === undefined) return { kind: 'loading' };
  const entries = listed.filter(isReal);
  if (entries.length === 0) return { kind: 'unknown-pack', name };
  if (registry) {
    const entry = entries.find((e) => e.registryUid === registry.uid);
    return entry ? { kind: 'found', name, entry, registry } : { kind: 'not-in-registry', name, registry, entries };
  }
  if (entries.length > 1) return { kind: 'ambiguous', name, entries };
  return { kind: 'found', name, entry: entries[0], registry: catalog.registryByUid(entries[0].registryUid) };
}

/**
 * The catalog records a version lookup even when it found nothing (an entry with no versions and no index
 * data): that is an answer "absent from this registry", not a pack.
 */
function isReal(entry: PackInRegistry): boolean {
  return !(entry.versions?.length === 0 && entry.type === undefined && entry.layer === undefined && entry.displayName === undefined);
}

/** Registry name of an entry, for messages (falls back to the uid). */
export function registryLabel(catalog: CatalogSnapshot, registryUid: string): string {
  return catalog.registryByUid(registryUid)?.name ?? registryUid;
}
