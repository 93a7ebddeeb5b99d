/**
 * `{{ .spectro.var.X }}` needs X in `spec.variables`: Palette validates variable references against the
 * profile's declared variables when it stores the profile (FACTS.md §5, terraform PUT /variables first).
 */
import type { Rule } from './rule.js';
import { profileMacros } from '../profile-macros.js';

export const undefinedVariable: Rule = {
  code: 'undefined-variable',
  severity: 'error',
  description: 'A profile variable is used in pack values but not declared in spec.variables.',
  check({ profile }) {
    const declared = new Set(profile.variables.map((v) => v.name?.value).filter((n) => n !== undefined));
    return profileMacros(profile)
      .filter((m) => m.live && m.ref.kind === 'var' && m.ref.path !== '' && !declared.has(m.ref.path))
      .map((m) => ({
        message: `Variable '${m.ref.path}' is not declared in spec.variables.`,
        range: m.pathRange,
        data: { name: m.ref.path },
      }));
  },
};
