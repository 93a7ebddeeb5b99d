/**
 * Aligns a decoded YAML string with the source characters it came from. The decoded text is what the
 * `yaml` library produced (we trust its decoding); we only work out where each decoded character stands.
 */
import { RunBuilder, type OffsetMap } from './offset-map.js';

export type StringStyle = 'block-literal' | 'block-folded' | 'quote-double' | 'quote-single' | 'plain';

/** Literal blocks decode line by line: each decoded line is its source line minus the indentation. */
export function alignLiteral(source: string, start: number, end: number, decoded: string): OffsetMap {
  const runs = new RunBuilder();
  let lineStart = start;
  let i = 0;
  while (i <= decoded.length) {
    let nl = decoded.indexOf('\n', i);
    if (nl < 0) nl = decoded.length;
    const decLen = nl - i;
    if (lineStart >= end) {
      if (i < decoded.length) runs.map(i, end);
      break;
    }
    let srcNl = source.indexOf('\n', lineStart);
    if (srcNl < 0 || srcNl > end) srcNl = end;
    const lineEnd = srcNl > lineStart && source.charCodeAt(srcNl - 1) === 13 ? srcNl - 1 : srcNl;
    const textStart = Math.max(lineStart, lineEnd - decLen);
    if (decLen > 0) runs.map(i, textStart);
    if (nl < decoded.length) runs.map(nl, lineEnd);
    i = nl + 1;
    lineStart = srcNl + 1;
  }
  return runs.build(decoded.length, start, end);
}

/** Quoted, plain and folded strings: walk both texts, decoding escapes and accepting folded line breaks. */
export function alignGeneric(source: string, start: number, end: number, decoded: string, style: StringStyle): OffsetMap {
  const runs = new RunBuilder();
  let i = 0;
  let j = start;
  while (i < decoded.length && j < end) {
    const c = source[j];
    if (style === 'quote-double' && c === '\\') {
      const esc = decodeEscape(source, j, end);
      if (esc.text.length > 0 && decoded.startsWith(esc.text, i)) {
        for (let k = 0; k < esc.text.length; k++) runs.map(i + k, j);
        i += esc.text.length;
      }
      j += esc.length;
      continue;
    }
    if (style === 'quote-single' && c === "'" && source[j + 1] === "'") {
      runs.map(i++, j);
      j += 2;
      continue;
    }
    const d = decoded[i];
    if (c === d || ((c === '\n' || c === '\r') && d === ' ')) {
      runs.map(i++, j);
    }
    j++;
  }
  if (i < decoded.length) runs.map(i, end);
  return runs.build(decoded.length, start, end);
}

const simpleEscapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** Decodes the escape at `at` (a backslash) in a double-quoted scalar. */
function decodeEscape(source: string, at: number, end: number): { text: string; length: number } {
  const ch = source[at + 1];
  if (ch === undefined) return { text: '', length: 1 };
  if (ch in simpleEscapes) return { text: simpleEscapes[ch], length: 2 };
  const hexLen = ch === 'x' ? 2 : ch === 'u' ? 4 : ch === 'U' ? 8 : 0;
  if (hexLen > 0) {
    const code = parseInt(source.slice(at + 2, at + 2 + hexLen), 16);
    const text = Number.isNaN(code) || code > 0x10ffff ? '' : String.fromCodePoint(code);
    return { text, length: 2 + hexLen };
  }
  if (ch === '\n' || ch === '\r') {
    // An escaped line break joins the lines: skip it and the next line's leading white space.
    let j = at + 1;
    if (source[j] === '\r') j++;
    if (source[j] === '\n') j++;
    while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
    return { text: '', length: j - at };
  }
  return { text: '', length: 2 };
}
