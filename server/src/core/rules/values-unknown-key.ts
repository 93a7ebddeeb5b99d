import { againstDefaults } from './against-defaults.js';
import type { Rule } from './rule.js';
import { compareValues } from '../values/compare-values.js';
import { nearestValue } from './nearest-value.js';

/**
 * A key the pack's defaults do not have is most often a typo that the chart silently ignores. Keys under free-form
 * maps (an empty default `{}`), keys the defaults show commented out, and `pack:` settings are not reported.
 */
export const valuesUnknownKey: Rule = {
  code: 'values-unknown-key',
  severity: 'warning',
  description: "A values key that the pack's default values do not have (often a typo the chart ignores).",
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const base = againstDefaults(pack, catalog);
    if (!base) return [];
    const { values, got, defaults } = base;
    return compareValues(values.doc, defaults).unknown.map((u) => {
      const key = u.path[u.path.length - 1];
      const suggestion = nearestValue(key, u.siblings.filter((s) => s !== key));
      const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
      return {
        message: `'${u.path.join('.')}' is not in the ${got.resolved.name} ${got.resolved.version.version} default values.${hint}`,
        range: [values.toOuter(u.range[0]), values.toOuter(u.range[1])] as const,
        data: { path: u.path.join('.'), key, suggestion },
      };
    });
  },
};
