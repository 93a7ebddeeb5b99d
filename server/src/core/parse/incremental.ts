/**
 * Re-parse after an edit inside one pack's block-literal `values`, without parsing the outer document again:
 * at 50k lines the outer parse (lexing every pack's block scalar) was most of an edit's cost. The block scalar
 * is opaque to the outer structure, so when the edit stays between two unchanged non-empty lines of its
 * content, the outer AST is the previous one with the ranges after the edit shifted and that one scalar's
 * value re-read: the edited lines decoded again and spliced into the old value (redecode), or where that is
 * unsure, by the `yaml` parser itself (its source on its own, after `x: `); anything unexpected (other styles, indentation indicators, tags, outer errors, a scalar that ends elsewhere
 * than before) answers undefined: the caller parses the whole text. The previous AST is never mutated (the
 * new one is a clone), so holders of the previous document keep consistent ranges.
 */
import { isCollection, isNode, isPair, isScalar, parseDocument, type Document, type Scalar } from 'yaml';
import { newPair, newScalar } from './fast-yaml-nodes.js';
import { skipsValues } from '../document-size.js';
import type { PackEntry, ProfileDocument, Range } from '../model.js';
import { outerParseOptions, profileFromAst } from './parse-profile.js';
import { reuseFrom } from './values-reuse.js';
import { mapAt, pairOf, seqAt } from './yaml-fields.js';

/** One replacement: old text [start, oldEnd) became new text [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single replacement turning `before` into `after` (their common prefix and suffix). */
export function changeBetween(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  // Compare blocks first: equal slices compare natively, far faster than a character loop over megabytes.
  const block = 4096;
  let start = 0;
  while (start + block <= max && before.slice(start, start + block) === after.slice(start, start + block)) start += block;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const maxTail = max - start;
  while (tail + block <= maxTail && before.slice(before.length - tail - block, before.length - tail) === after.slice(after.length - tail - block, after.length - tail)) tail += block;
  while (tail < maxTail && before.charCodeAt(before.length - tail - 1) === after.charCodeAt(after.length - tail - 1)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * One change covering `first` and then `second` (whose offsets are in the text `first` produced): the text
 * before the result's start and after its end is what it was before both.
 */
export function composeChanges(first: TextChange, second: TextChange): TextChange {
  const shift = second.newEnd - second.oldEnd;
  // Where the end of the first change's new text stands after the second change.
  const firstEnd = first.newEnd <= second.start ? first.newEnd : first.newEnd >= second.oldEnd ? first.newEnd + shift : second.newEnd;
  const start = Math.min(first.start, second.start);
  const newEnd = Math.max(firstEnd, second.newEnd);
  return { start, oldEnd: newEnd - (first.newEnd - first.oldEnd) - shift, newEnd };
}

/** The profile of `newText` (= prev.text with `change` applied), or undefined when only a full parse is safe. */
export function reparseAfterEdit(prev: ProfileDocument, change: TextChange, newText: string): ProfileDocument | undefined {
  if (prev.format !== 'yaml' || prev.ast.errors.length > 0 || prev.ast.warnings.length > 0) return undefined;
  // Above the size bound values are not parsed: the new text must be on the same side of it.
  if (skipsValues(prev.text) !== skipsValues(newText)) return undefined;
  const found = valuesAt(prev, change);
  if (!found || !insideContent(prev.text, change, found.content)) return undefined;
  const { pack, scalar: oldScalar } = found;
  const delta = change.newEnd - change.oldEnd;
  const [from, oldEnd, oldNodeEnd] = oldScalar.range;
  if (newText[from] !== '|') return undefined;
  const value = typeof oldScalar.value === 'string' ? redecode(prev.text, newText, change, from, found.content, oldScalar.value) : undefined;
  const scalar = value !== undefined ? { value } : reread(newText.slice(from, oldNodeEnd + delta), oldEnd + delta - from);
  if (!scalar) return undefined;

  const ast = shiftedCopy(prev.ast, change.oldEnd, delta);
  const packs = seqAt(mapAt(mapAt(ast.contents, 'spec'), 'template'), 'packs');
  const target = pairOf(packs?.items[pack.index], 'values')?.value;
  if (!isScalar(target) || !target.range || target.range[0] !== from) return undefined;
  target.value = scalar.value;
  return profileFromAst(newText, prev.uri, ast, reuseFrom(prev, change));
}

/** The pack whose block-literal `values` holds the edit, with that scalar and its content range. */
function valuesAt(prev: ProfileDocument, change: TextChange): { pack: PackEntry; scalar: Scalar & { range: Range3 }; content: Range } | undefined {
  for (const pack of prev.packs) {
    const scalar = pairOf(pack.node, 'values')?.value;
    if (!isScalar(scalar) || !scalar.range || scalar.range[0] >= change.start || change.oldEnd > scalar.range[1]) continue;
    if (scalar.type !== 'BLOCK_LITERAL' || scalar.anchor || scalar.tag) return undefined;
    const nl = prev.text.indexOf('\n', scalar.range[0]);
    if (nl < 0 || nl >= scalar.range[1]) return undefined;
    return { pack, scalar: scalar as Scalar & { range: Range3 }, content: [nl + 1, scalar.range[1]] };
  }
  return undefined;
}

type Range3 = [number, number, number];

/**
 * The edit's lines lie strictly between two non-empty lines of the content: the first content line (which
 * fixes the indentation) and the last ones (which chomping reads) are unchanged.
 */
function insideContent(text: string, change: TextChange, [cs, ce]: Range): boolean {
  const lineStart = text.lastIndexOf('\n', change.start - 1) + 1;
  const lineEnd = text.indexOf('\n', change.oldEnd);
  if (lineStart <= cs || lineEnd < 0 || lineEnd >= ce) return false;
  let before = lineStart - 1;
  while (before >= cs && /\s/.test(text[before])) before--;
  let after = lineEnd + 1;
  while (after < ce && /\s/.test(text[after])) after++;
  return before >= cs && after < ce;
}

/**
 * The literal scalar's new value without parsing: only the edited lines are decoded again (strip the content
 * indentation; a blank line keeps what lies beyond it) and spliced into the old value. Undefined when unsure
 * (a header with an indentation indicator, a line that would end the scalar, tabs or CRs): reread() decides.
 */
function redecode(oldText: string, newText: string, change: TextChange, from: number, [cs, ce]: Range, oldValue: string): string | undefined {
  if (!/^\|[-+]?[ \t]*(?:#[^\n]*)?\n$/.test(oldText.slice(from, cs))) return undefined;
  const indent = /^ *(?=[^ \n])/m.exec(oldText.slice(cs, ce))?.[0].length;
  if (!indent) return undefined;
  const lineStart = oldText.lastIndexOf('\n', change.start - 1) + 1;
  const oldLines = decodeLines(oldText.slice(lineStart, oldText.indexOf('\n', change.oldEnd)), indent);
  const newLines = decodeLines(newText.slice(lineStart, newText.indexOf('\n', change.newEnd)), indent);
  if (oldLines === undefined || newLines === undefined) return undefined;
  // The edited lines start after as many decoded lines as the content has before them.
  let at = 0;
  for (let nl = oldText.indexOf('\n', cs); nl >= 0 && nl < lineStart; nl = oldText.indexOf('\n', nl + 1)) {
    at = oldValue.indexOf('\n', at) + 1;
    if (at === 0) return undefined;
  }
  if (oldValue.slice(at, at + oldLines.length) !== oldLines) return undefined;
  return oldValue.slice(0, at) + newLines + oldValue.slice(at + oldLines.length);
}

/** Whole lines of literal content decoded at `indent`, or undefined when a line would not stay content. */
function decodeLines(lines: string, indent: number): string | undefined {
  if (lines.includes('\t') || lines.includes('\r')) return undefined;
  const out: string[] = [];
  for (const line of lines.split('\n')) {
    const blank = line.trim() === '';
    if (!blank && !line.startsWith(' '.repeat(indent))) return undefined;
    out.push(blank && line.length <= indent ? '' : line.slice(indent));
  }
  return out.join('\n');
}

const prefix = 'x: ';

/** The block scalar `source` parsed on its own; undefined unless it is one clean literal scalar ending at `end`. */
function reread(source: string, end: number): { value: string } | undefined {
  const doc = parseDocument(prefix + source, outerParseOptions);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  const value = pairOf(doc.contents, 'x')?.value;
  if (!isScalar(value) || value.type !== 'BLOCK_LITERAL' || typeof value.value !== 'string' || !value.range) return undefined;
  if (value.range[1] !== prefix.length + end || value.range[2] !== prefix.length + source.length) return undefined;
  return { value: value.value };
}

/**
 * A copy of the previous outer AST with every offset at or after `at` moved by `delta` (the previous parse stays
 * as it was: the analysis of the previous version may still be read). Scalars and pairs are copied field by
 * field; yaml's clone() copies every node through Object.getOwnPropertyDescriptors, ~9 ms per keystroke for
 * the 50k-line profile's outer AST.
 */
function shiftedCopy(ast: Document.Parsed, at: number, delta: number): Document.Parsed {
  const contents = ast.contents;
  ast.contents = null;
  const copy = ast.clone() as Document.Parsed;
  ast.contents = contents;
  const move = (r: readonly number[]) => r.map((v) => (v >= at ? v + delta : v));
  const node = (n: unknown): unknown => {
    if (isScalar(n)) {
      const c = Object.assign(newScalar(n.value), n);
      if (n.range) c.range = move(n.range) as Range3;
      return c;
    }
    if (isPair(n)) return newPair(node(n.key), node(n.value));
    if (!isNode(n)) return n;
    const c = isCollection(n) ? (Object.create(Object.getPrototypeOf(n), Object.getOwnPropertyDescriptors(n)) as typeof n) : n.clone();
    if (isCollection(c)) {
      c.schema = copy.schema;
      c.items = (c.items as unknown[]).map(node) as typeof c.items;
    }
    if (n.range) c.range = move(n.range) as Range3;
    return c;
  };
  copy.contents = node(contents) as Document.Parsed['contents'];
  if (ast.range) copy.range = move(ast.range) as Range3;
  return copy;
}
