import { againstDefaults } from './against-defaults.js';
import type { Rule } from './rule.js';
import { schemaViolations } from '../values/schema-check.js';

/** Palette's UI and API enforce the pack schema (required, read-only, formats, patterns, list options) on values. */
export const schemaConstraint: Rule = {
  code: 'schema-constraint',
  severity: 'error',
  description: "A value breaks the pack's schema: required, read-only, format (number, boolean, ipv4, version, list), regex.",
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const base = againstDefaults(pack, catalog);
    if (!base || base.got.detail.schema.length === 0) return [];
    const { values, got, defaults } = base;
    return schemaViolations(values.doc, defaults, got.detail.schema).map((v) => ({
      message: v.message,
      range: v.range ? ([values.toOuter(v.range[0]), values.toOuter(v.range[1])] as const) : (pack.valuesKey ?? values.outerRange),
      severity: v.kind === 'readonly' ? ('warning' as const) : undefined,
      data: { path: v.path, kind: v.kind, expected: v.expected },
    }));
  },
};
