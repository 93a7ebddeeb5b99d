import type { Rule } from './rule.js';
import { latestPatch, latestUsable } from './catalog-version.js';
import { resolvePack } from './pack-version.js';

/** Deprecated versions still deploy but will be disabled: say so while there is time to move. */
export const deprecatedVersion: Rule = {
  code: 'deprecated-version',
  severity: 'warning',
  description: 'The pack version is deprecated in its registry.',
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const r = resolvePack(pack, catalog);
    if (!r || r.version.info.disabled || !r.version.info.deprecated) return [];
    const versions = r.entry.versions ?? [];
    const latest = latestUsable(versions);
    return [{
      message: `${r.name} ${r.version.version} is deprecated.${latest ? ` Latest: ${latest}.` : ''}`,
      range: r.version.field.range,
      data: { version: r.version.version, latest, suggestion: latestPatch(versions, r.version.version) ?? latest },
      tags: ['deprecated'],
    }];
  },
};
