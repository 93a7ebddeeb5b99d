import type { CatalogSnapshot } from '../catalog.js';
import type { PackEntry } from '../model.js';
import { lookupPack } from './catalog-pack.js';

export interface ExpectedPackType {
  type: string;
  /** Where the answer comes from, for the message. */
  registry: string;
  source: 'catalog' | 'well-known-registry';
}

/**
 * Registries whose pack type is the same for every pack they hold (observed in real exports; FACTS.md §4).
 * Used only when the catalog has no answer: the catalog's own pack record wins.
 */
const wellKnownRegistryTypes: Record<string, string> = {
  'public repo': 'spectro',
  'palette registry': 'oci',
  'palette registry - oci': 'oci',
  'palette community registry': 'oci',
  bitnami: 'helm',
};

/**
 * The type Palette expects for this pack in the registry it names, or undefined when unknown. The catalog's
 * record of the pack in that registry wins; the table above answers only while the catalog has no data
 * (none configured, or not loaded yet). A pack the catalog knows to be absent has no expected type.
 */
export function expectedPackType(pack: PackEntry, catalog: CatalogSnapshot): ExpectedPackType | undefined {
  const found = lookupPack(pack, catalog);
  if (found.kind === 'found' && found.entry.type) {
    return { type: found.entry.type, registry: found.registry?.name ?? found.entry.registryUid, source: 'catalog' };
  }
  if (found.kind !== 'skip' && found.kind !== 'loading') return undefined;
  const name = pack.registryName?.value.trim();
  if (!name) return undefined;
  const type = wellKnownRegistryTypes[name.toLowerCase()];
  return type === undefined ? undefined : { type, registry: name, source: 'well-known-registry' };
}
