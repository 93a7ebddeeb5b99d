import type { Rule } from './rule.js';
import { lookupPack, registryLabel } from './catalog-pack.js';

/** Several registries hold the pack and the profile names none: which one Palette picks is not the user's choice. */
export const ambiguousPack: Rule = {
  code: 'ambiguous-pack',
  severity: 'warning',
  description: 'The pack exists in several registries and the profile names none of them.',
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const found = lookupPack(pack, catalog);
    if (found.kind !== 'ambiguous' || !pack.name) return [];
    const names = found.entries.map((e) => registryLabel(catalog, e.registryUid));
    return [{
      message: `Pack '${found.name}' is in ${names.length} registries (${names.map((n) => `'${n}'`).join(', ')}); name one.`,
      range: pack.name.range,
      data: { name: found.name, registries: found.entries.map((e) => ({ uid: e.registryUid, name: registryLabel(catalog, e.registryUid) })) },
    }];
  },
};
