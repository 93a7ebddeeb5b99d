import type { CatalogSnapshot } from '../catalog.js';
import type { PackEntry } from '../model.js';

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
 * The type Palette expects for this pack in the registry it names, or undefined when unknown.
 * A catalog lookup is meant to be added as the first branch here; the fallback is the table above.
 */
export function expectedPackType(pack: PackEntry, _catalog: CatalogSnapshot): ExpectedPackType | undefined {
  const name = pack.registryName?.value.trim();
  if (!name) return undefined;
  const type = wellKnownRegistryTypes[name.toLowerCase()];
  return type === undefined ? undefined : { type, registry: name, source: 'well-known-registry' };
}
