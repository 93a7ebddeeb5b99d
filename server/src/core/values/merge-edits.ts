/**
 * Turns an inner merge plan into edits of the profile text. A block literal takes the new lines in place,
 * each with the block's own indentation; a double-quoted (JSON) string is replaced as a whole by the merged
 * text, escaped again. Folded, single-quoted and plain strings would change meaning line by line: no edits.
 */
import type { TextEdit } from '../finding.js';
import type { EmbeddedYaml } from '../model.js';
import { applyInnerEdits, type InnerEdit } from './merge-plan.js';
import { lineStart } from './text-lines.js';

export function outerMergeEdits(values: EmbeddedYaml, outerText: string, edits: readonly InnerEdit[]): TextEdit[] | undefined {
  if (edits.length === 0) return [];
  if (values.style === 'quote-double') {
    const merged = applyInnerEdits(values.text, edits);
    return [{ range: values.outerRange, newText: JSON.stringify(merged) }];
  }
  if (values.style !== 'block-literal') return undefined;
  const eol = outerText.includes('\r\n') ? '\r\n' : '\n';
  const indent = blockIndent(values, outerText);
  return edits.map((e) => {
    let start = values.toOuter(e.start);
    let end = e.end === e.start ? start : values.toOuter(e.end);
    if (e.atLineStart) start = end = lineStart(outerText, start);
    // An inner line end maps onto `\n`; in a CRLF document the insert belongs before the `\r`.
    if (!e.atLineStart && e.start === e.end && outerText[start - 1] === '\r' && outerText[start] === '\n') start = end = start - 1;
    return { range: [start, end] as const, newText: indentLines(e.text, indent, eol, e.atLineStart) };
  });
}

/** The block scalar's indentation: the column its first content line starts at in the outer text. */
function blockIndent(values: EmbeddedYaml, outerText: string): string {
  const text = values.text;
  let at = 0;
  while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at++;
  const outer = values.toOuter(at);
  return ' '.repeat(Math.max(0, outer - lineStart(outerText, outer)));
}

function indentLines(text: string, indent: string, eol: string, atLineStart: boolean): string {
  return text
    .split('\n')
    .map((line, i) => {
      const body = line === '' ? '' : indent + line;
      if (i === 0) return atLineStart ? body : line;
      return eol + body;
    })
    .join('');
}
