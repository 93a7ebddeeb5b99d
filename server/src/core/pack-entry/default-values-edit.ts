/**
 * Puts a pack's complete default values into the profile: replaces the `values` string (or adds the key when
 * the pack has none), in the profile's format and indentation. Callers ask the user before replacing values
 * that hold something.
 */
import type { TextEdit } from '../finding.js';
import type { PackEntry, ProfileDocument } from '../model.js';
import { lineAt, lineStartOf } from '../complete/line-scan.js';
import { itemEnd } from './insert-entry.js';
import { valuesBlock } from './render-entry.js';

/** The edit setting `pack`'s values to `defaults`. */
export function defaultValuesEdit(profile: ProfileDocument, pack: PackEntry, defaults: string): TextEdit {
  const text = profile.text;
  const json = profile.format === 'json';
  if (pack.valuesKey) {
    const keyIndent = ' '.repeat(pack.valuesKey[0] - lineStartOf(text, pack.valuesKey[0]));
    const newValue = json ? JSON.stringify(defaults) : valuesBlock(defaults, keyIndent);
    if (pack.values) {
      const [start, end] = pack.values.outerRange;
      // A block scalar's range runs through its trailing newline; keep the line structure after it.
      const tail = /\n\s*$/.exec(text.slice(start, end))?.[0] ?? '';
      return { range: [start, end], newText: newValue + (tail ? '\n' : '') };
    }
    const colon = text.indexOf(':', pack.valuesKey[1]) + 1;
    const valueEnd = json ? wordEndJson(text, colon) : colon;
    return { range: [colon, valueEnd], newText: ` ${newValue}` };
  }
  const end = itemEnd(text, pack);
  const first = lineAt(text, lineStartOf(text, pack.range[0]));
  if (json) {
    const keyIndent = ' '.repeat(lineAt(text, text.indexOf('\n', pack.range[0]) + 1).indent);
    const close = text.lastIndexOf('}', pack.range[1]);
    let at = close;
    while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
    return { range: [at, at], newText: `,\n${keyIndent}"values": ${JSON.stringify(defaults)}` };
  }
  const keyIndent = ' '.repeat(first.keyCol);
  return { range: [end, end], newText: `\n${keyIndent}values: ${valuesBlock(defaults, keyIndent)}` };
}

/** After `"values":` with no string (null): the end of that token. */
function wordEndJson(text: string, from: number): number {
  const m = /^\s*null/.exec(text.slice(from));
  return m ? from + m[0].length : from;
}
