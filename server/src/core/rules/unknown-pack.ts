import type { Rule } from './rule.js';
import { lookupPack, registryLabel } from './catalog-pack.js';
import { nearestValue } from './nearest-value.js';

/** A pack the catalog does not hold at all, or not in the registry the profile names. */
export const unknownPack: Rule = {
  code: 'unknown-pack',
  severity: 'error',
  description: 'The pack does not exist in the catalog, or not in the registry the profile names.',
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const found = lookupPack(pack, catalog);
    if (!pack.name) return [];
    if (found.kind === 'unknown-pack') {
      const suggestion = nearestValue(found.name, catalog.packNames());
      const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
      return [{ message: `No pack '${found.name}' in ${catalog.source}.${hint}`, range: pack.name.range, data: { name: found.name, suggestion } }];
    }
    if (found.kind !== 'not-in-registry') return [];
    const elsewhere = found.entries.map((e) => registryLabel(catalog, e.registryUid));
    return [{
      message: `Pack '${found.name}' is not in registry '${found.registry.name}'; it is in ${elsewhere.map((n) => `'${n}'`).join(', ')}.`,
      range: pack.name.range,
      data: { name: found.name, registries: found.entries.map((e) => ({ uid: e.registryUid, name: registryLabel(catalog, e.registryUid) })) },
    }];
  },
};
