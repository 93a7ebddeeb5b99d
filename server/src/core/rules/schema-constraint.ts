import type { Rule } from './rule.js';
import { defaultsOf } from '../values/defaults-model.js';
import { schemaViolations } from '../values/schema-check.js';
import { resolvedDetail } from './pack-version.js';

/** Palette's UI and API enforce the pack schema (required, read-only, formats, patterns, list options) on values. */
export const schemaConstraint: Rule = {
  code: 'schema-constraint',
  severity: 'error',
  description: "A value breaks the pack's schema: required, read-only, format (number, boolean, ipv4, version, list), regex.",
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const values = pack.values;
    if (!values || values.errors.length > 0) return [];
    const got = resolvedDetail(pack, catalog);
    if (!got || got.detail.schema.length === 0) return [];
    return schemaViolations(values.doc, defaultsOf(got.detail), got.detail.schema).map((v) => ({
      message: v.message,
      range: v.range ? ([values.toOuter(v.range[0]), values.toOuter(v.range[1])] as const) : (pack.valuesKey ?? values.outerRange),
      severity: v.kind === 'readonly' ? ('warning' as const) : undefined,
      data: { path: v.path, kind: v.kind, expected: v.expected },
    }));
  },
};
