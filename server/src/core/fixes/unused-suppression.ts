import type { Range } from '../model.js';
import type { FixProvider } from './fix-provider.js';

/**
 * unused-suppression → delete the directive line when none of its codes is used, else just the stale code.
 * The directive range comes from `data.directive` (outer offsets of `#` … end of line).
 */
export const unusedSuppressionFix: FixProvider = {
  code: 'unused-suppression',
  fixes: (profile, finding) => {
    const directive = finding.data?.directive;
    if (!Array.isArray(directive) || typeof directive[0] !== 'number' || typeof directive[1] !== 'number') return [];
    if (finding.data?.wholeDirective === true) {
      return [{ title: 'Remove unused suppression', code: finding.code, edits: [{ range: wholeLine(profile.text, [directive[0], directive[1]]), newText: '' }], isPreferred: true }];
    }
    const [start, end] = finding.range;
    let from = start;
    while (from > directive[0] && /[ \t,]/.test(profile.text[from - 1] ?? '')) from--;
    return [{ title: `Remove '${profile.text.slice(start, end)}' from the suppression`, code: finding.code, edits: [{ range: [from, end], newText: '' }], isPreferred: true }];
  },
};

/** The line holding `range`, with its line break, when nothing but indentation precedes the range. */
function wholeLine(text: string, range: Range): Range {
  let start = range[0];
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') return range;
  let end = range[1];
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return [start, end];
}
