/**
 * Values written as a quoted string (the JSON form, or a double-quoted YAML scalar): the lines live in the
 * decoded text, so the cursor is mapped inside it and the same line logic runs there.
 */
import type { ProfileDocument } from '../model.js';
import { enclosing, lineStartOf, siblingKeys, wordEnd } from './line-scan.js';
import { readPackHint } from './pack-hint.js';
import type { ValuesKeyContext } from './context.js';

const keyBefore = /^(\s*)(-\s+)?([^\s:#"'{}[\],]*)$/;

export function quotedValuesContext(profile: ProfileDocument, offset: number): ValuesKeyContext | undefined {
  const pack = profile.packs.find((p) => {
    const v = p.values;
    return v !== undefined && (v.style === 'quote-double' || v.style === 'quote-single') && v.contentRange[0] <= offset && offset <= v.contentRange[1];
  });
  const values = pack?.values;
  if (!pack || !values) return undefined;
  const inner = values.toInner(offset);
  if (inner === undefined) return undefined;
  const text = values.text;
  const lineStart = lineStartOf(text, inner);
  const m = keyBefore.exec(text.slice(lineStart, inner));
  if (!m) return undefined;
  const col = (m[1] ?? '').length + (m[2] ?? '').length;
  const prefix = m[3] ?? '';
  const segments = enclosing(text, lineStart, col, m[2] !== undefined);
  return {
    kind: 'values-key',
    pack: readPackHint(profile.text, lineStartOf(profile.text, pack.range[0]), profile),
    path: segments.map((s) => ('key' in s ? s.key : '[]')),
    prefix,
    replace: [offset - prefix.length, values.toOuter(wordEnd(text, inner, /[\s:\\"]/))],
    siblings: siblingKeys(text, lineStart, col).filter((k) => k !== prefix),
    quoted: true,
  };
}
