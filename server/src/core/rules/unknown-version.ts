import type { Rule } from './rule.js';
import { lookupPack } from './catalog-pack.js';
import { latestPatch, latestUsable, lookupVersion } from './catalog-version.js';

/** A version (or tag pattern) the pack does not have in its registry: Palette cannot resolve the layer. */
export const unknownVersion: Rule = {
  code: 'unknown-version',
  severity: 'error',
  description: 'The pack has no version matching the profile\'s version or tag in that registry.',
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const found = lookupPack(pack, catalog);
    if (found.kind !== 'found') return [];
    const version = lookupVersion(found.entry, pack);
    if (version.kind !== 'unknown') return [];
    const versions = found.entry.versions ?? [];
    const latest = latestUsable(versions);
    const suggestion = latestPatch(versions, version.wanted) ?? latest;
    const hint = suggestion ? ` Latest: ${latest}.` : '';
    return [{
      message: `Pack '${found.name}' has no version matching '${version.wanted}' in '${found.registry?.name ?? found.entry.registryUid}'.${hint}`,
      range: version.field.range,
      data: { wanted: version.wanted, latest, suggestion },
    }];
  },
};
