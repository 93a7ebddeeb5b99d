/**
 * A declared variable nobody references still asks for a value at deploy time. Uses are counted anywhere in
 * the file (values, manifests, even comments) so a use we do not model is never reported as unused.
 */
import type { Rule } from './rule.js';
import { scanMacros } from '../macros.js';

export const unusedVariable: Rule = {
  code: 'unused-variable',
  severity: 'warning',
  description: 'A variable declared in spec.variables is never used.',
  check({ profile }) {
    // No declarations, nothing to report: skip scanning the whole text on every keystroke.
    if (profile.variables.length === 0) return [];
    const used = new Set(scanMacros(profile.text).filter((m) => m.kind === 'var').map((m) => m.path));
    return profile.variables
      .filter((v) => v.name && v.name.value !== '' && !used.has(v.name.value))
      .map((v) => ({
        message: `Variable '${v.name?.value}' is declared but never used.`,
        range: v.name?.range ?? v.range,
        tags: ['unnecessary' as const],
        data: { name: v.name?.value },
      }));
  },
};
