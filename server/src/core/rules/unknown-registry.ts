import type { Rule } from './rule.js';
import { lookupPack } from './catalog-pack.js';
import { nearestValue } from './nearest-value.js';

/** Palette resolves packs by registry; a registry name or uid the tenant does not have fails the publish. */
export const unknownRegistry: Rule = {
  code: 'unknown-registry',
  severity: 'error',
  description: 'The registry the pack names (by name or uid) does not exist in the catalog.',
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const found = lookupPack(pack, catalog);
    if (found.kind !== 'unknown-registry') return [];
    const byName = !!pack.registryName?.value;
    const suggestion = byName ? nearestValue(found.field.value, catalog.registries().map((r) => r.name)) : undefined;
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
    return [{
      message: `No registry ${byName ? 'named' : 'with uid'} '${found.field.value}' in ${catalog.source}.${hint}`,
      range: found.field.range,
      data: { registry: found.field.value, suggestion },
    }];
  },
};
