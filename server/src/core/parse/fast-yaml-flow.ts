/**
 * One-line flow collections as values, for the fast YAML parser (fast-yaml.ts): `{}`, and flow sequences of
 * plain and quoted scalars (`[]`, `[a, "b", 'c']`) where each item owns the spaces after it.
 *
 * Declines: flow maps with content, nested flow collections, pairs (`a: b`) and comments inside a sequence,
 * a collection that goes on past its line, and anything but a comment after it.
 */
import { YAMLMap, YAMLSeq, type Range, type Scalar } from 'yaml';
import { fail, type ScalarReader, type Value } from './fast-yaml-scalars.js';

// Local, not imported: read per character (see fast-yaml-collections.ts).
const HASH = 35;
const SPACE = 32;

/** `{}`, or a one-line flow sequence of scalars, starting at `v` (`{` when `isMap`, else `[`). */
export function flowValue(r: ScalarReader, v: number, le: number, eol: number, isMap: boolean): Value {
  const b = r.base;
  const node = isMap ? new YAMLMap(r.doc.schema) : new YAMLSeq(r.doc.schema);
  node.flow = true;
  let close = r.skipSpaces(v + 1, le);
  if (!isMap) close = flowItems(r, node as YAMLSeq, close, le);
  if (r.text.charCodeAt(close) !== (isMap ? 125 : 93)) fail();
  r.lineRest(close + 1, le);
  node.range = [b + v, b + close + 1, b + eol];
  return { node, end: eol, ext: true, next: eol };
}

/** Scalars separated by commas from `p` up to the `]` (returned); each owns the spaces after it. */
function flowItems(r: ScalarReader, seq: YAMLSeq, p: number, le: number): number {
  const t = r.text;
  while (p < le && t.charCodeAt(p) !== 93) {
    const c = t.charCodeAt(p);
    let valueEnd: number;
    let node: Scalar;
    if (c === 34 || c === 39) {
      valueEnd = r.quoteEnd(p, le);
      node = r.quoted(p, valueEnd, valueEnd);
    } else {
      r.plainStart(p, true);
      valueEnd = flowPlainEnd(r, p, le);
      node = r.plain(t.slice(p, valueEnd), p, valueEnd, valueEnd);
    }
    const next = r.skipSpaces(valueEnd, le);
    (node.range as Range)[2] = r.base + next;
    seq.items.push(node);
    if (t.charCodeAt(next) !== 44) return next;
    p = r.skipSpaces(next + 1, le);
  }
  return p;
}

/** The end of a plain scalar inside a flow collection, which must be followed by `,` or `]`. */
function flowPlainEnd(r: ScalarReader, p: number, le: number): number {
  const t = r.text;
  let end = p;
  for (let i = p; i < le; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 93) return end;
    // `:` as an indicator (a pair), `#` after a space (a comment), other flow indicators.
    if (c === 58 && (r.blankAt(i + 1) || ',[]{}'.includes(t[i + 1]))) fail();
    if (c === 91 || c === 123 || c === 125 || (c === HASH && t.charCodeAt(i - 1) === SPACE)) fail();
    if (c !== SPACE) end = i + 1;
  }
  return fail();
}
