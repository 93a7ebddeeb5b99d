/**
 * Palette requires a variable that forms a whole YAML value to be quoted (single quotes, or double when the
 * value may contain `'`; librarium define-profile-variables, FACTS.md §7): unquoted, YAML reads
 * `{{ .spectro.var.x }}` as a flow mapping.
 */
import type { Rule } from './rule.js';
import { profileMacros } from '../profile-macros.js';

export const unquotedVariable: Rule = {
  code: 'unquoted-variable',
  severity: 'warning',
  description: 'A profile variable used as a whole YAML value is not quoted.',
  check({ profile }) {
    return profileMacros(profile)
      .filter((m) => m.ref.kind === 'var' && m.bareValue)
      .map((m) => ({
        message: `Quote the variable '${m.ref.path}': unquoted, YAML reads {{ … }} as a mapping.`,
        range: m.range,
        // Inside a single-quoted values string a quote is written twice.
        data: { name: m.ref.path, value: m.bareValue, quote: m.pack.values?.style === 'quote-single' ? "''" : "'" },
      }));
  },
};
