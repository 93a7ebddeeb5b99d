import { againstDefaults } from './against-defaults.js';
import type { Rule } from './rule.js';
import { compareValues } from '../values/compare-values.js';

const article: Record<string, string> = { map: 'a map', list: 'a list', scalar: 'a single value', null: 'empty' };

/** A map where the chart expects a list (or a value where it expects a map) breaks the chart's templates. */
export const valuesTypeMismatch: Rule = {
  code: 'values-type-mismatch',
  severity: 'warning',
  description: "A values key holds a map, list or single value where the pack's defaults hold another kind.",
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const base = againstDefaults(pack, catalog);
    if (!base) return [];
    const { values, got, defaults } = base;
    return compareValues(values.doc, defaults).mismatched.map((m) => ({
      message: `'${m.path.join('.')}' is ${article[m.actual]} here but ${article[m.expected]} in the ${got.resolved.name} default values.`,
      range: [values.toOuter(m.range[0]), values.toOuter(m.range[1])] as const,
      data: { path: m.path.join('.'), expected: m.expected, actual: m.actual },
    }));
  },
};
