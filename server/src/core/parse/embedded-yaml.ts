/**
 * Builds an EmbeddedYaml for a YAML string inside YAML (a pack's `values`, or `cluster.config` inside them):
 * decodes nothing itself (the `yaml` library already did), aligns the decoded text with its source, parses it,
 * and maps every inner offset back to the outer document.
 */
import { isCollection, isPair, isScalar, type Document, type Scalar } from 'yaml';
import { BoundedCache } from '../bounded-cache.js';
import type { EmbeddedYaml, Range, SyntaxProblem } from '../model.js';
import { alignGeneric, alignLiteral, type StringStyle } from './align.js';
import { parseValuesText } from './chunked-parse.js';
import { addDuplicateKeyErrors, linearKeysOptions } from './duplicate-keys.js';
import { maskMacros, type MaskedSpan, type MaskResult } from './macro-mask.js';
import type { OffsetMap } from './offset-map.js';
import { mapAt, pairOf } from './yaml-fields.js';

/** Inner YAML strings parsed one level deeper, by dotted path. */
const nestedPaths = [['cluster', 'config']];

/** A parsed string, independent of where it stands in the outer document (so it can be cached). */
export interface EmbeddedCore {
  text: string;
  style: StringStyle;
  /** Maps inner offsets to offsets in the source the string was cut from. */
  map: OffsetMap;
  contentRange: Range;
  /** The whole string node (quotes, block header) in the same coordinates as contentRange. */
  nodeRange: Range;
  doc: Document.Parsed;
  errors: Array<{ message: string; start: number; end: number }>;
  nested: Map<string, EmbeddedCore>;
}

export function styleOf(node: Scalar): StringStyle {
  switch (node.type) {
    case 'BLOCK_LITERAL':
      return 'block-literal';
    case 'BLOCK_FOLDED':
      return 'block-folded';
    case 'QUOTE_DOUBLE':
      return 'quote-double';
    case 'QUOTE_SINGLE':
      return 'quote-single';
    default:
      return 'plain';
  }
}

/**
 * Parses the string `node`. `parsed` is the text the parser saw and `original` the user's text (they differ
 * only where macros were masked, and have the same length); offset 0 of both is offset `base` of the node's
 * range, so a pack's values can be parsed from a slice and cached independently of where the slice stands.
 */
export function parseEmbedded(node: Scalar, parsed: string, original: string, spans: MaskedSpan[], base = 0, remember = true): EmbeddedCore {
  const style = styleOf(node);
  const range = node.range ?? [0, 0, 0];
  const from = range[0] - base;
  const to = range[1] - base;
  const [start, end] = contentBounds(parsed, style, from, to);
  const decoded = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  const map = style === 'block-literal'
    ? alignLiteral(parsed, start, end, decoded)
    : alignGeneric(parsed, start, end, decoded, style);
  const text = spans.length > 0 ? unmask(decoded, map, original, spans) : decoded;
  return parseInner(text, style, map, [start, end], [from, to], remember);
}

/**
 * A values text parsed the way every values text is: macros masked, big texts by sections (cached by text, so
 * a pack's defaults and values that share sections share their parse), duplicate keys checked. `remember`
 * false: the text is one being typed, kept out of the memo (see parsedValues).
 */
export function parseValuesYaml(text: string, masked?: MaskResult, remember = true): Document.Parsed {
  const hit = parsedValues.get(text);
  if (hit) return hit;
  const { text: maskedText, spans } = masked ?? maskMacros(text);
  const doc = parseValuesText(maskedText, text, { prettyErrors: false, ...linearKeysOptions });
  // Before restoreScalars: the parser's own check would have compared the masked scalars.
  addDuplicateKeyErrors(doc);
  if (spans.length > 0) restoreScalars(doc, text, spans);
  if (remember) parsedValues.set(text, doc, text.length);
  return doc;
}

/**
 * Docs of parseValuesYaml by text, shared read-only: a pack's values left as its defaults (the usual start)
 * is one parse and one tree for both. 4 M characters hold a 50k-line profile's values (2 M). The versions of a
 * block being typed are not stored: each keystroke's text is new, and keeping a dozen versions of a big block
 * alive (a tree costs ~6 bytes per character of its text: thanos ~2 MiB each) made every keystroke's garbage
 * collection slower (10k-line profile, keystrokes 400 ms apart, in-process median: ~18 -> ~16 ms).
 */
const parsedValues = new BoundedCache<Document.Parsed>(256, 4 * 1024 * 1024);

function parseInner(text: string, style: StringStyle, map: OffsetMap, contentRange: Range, nodeRange: Range, remember: boolean): EmbeddedCore {
  const masked = maskMacros(text);
  const doc = parseValuesYaml(text, masked, remember);
  const errors = doc.errors.map((e) => ({ message: firstLine(e.message), start: e.pos[0], end: e.pos[1] }));
  const nested = new Map<string, EmbeddedCore>();
  for (const path of nestedPaths) {
    const parent = mapAt(doc.contents, path[0]);
    const value = pairOf(parent, path[1])?.value;
    if (isScalar(value) && typeof value.value === 'string' && value.range) {
      nested.set(path.join('.'), parseEmbedded(value, masked.text, text, masked.spans, 0, remember));
    }
  }
  return { text, style, map, contentRange, nodeRange, doc, errors, nested };
}

/** Puts masked macro characters back into a decoded string, wherever they map one to one. */
function unmask(decoded: string, map: OffsetMap, original: string, spans: MaskedSpan[]): string {
  const chars = decoded.split('');
  for (const span of spans) {
    for (let o = span.start; o < span.end; o++) {
      const i = map.toInner(o);
      if (i !== undefined && i < chars.length && map.toOuter(i) === o) chars[i] = original[o];
    }
  }
  return chars.join('');
}

/** Masked plain scalars become quoted ones; give them back their original text and style. */
function restoreScalars(doc: Document.Parsed, original: string, spans: MaskedSpan[]): void {
  const values = spans.filter((s) => s.kind === 'value');
  if (values.length === 0) return;
  const overlaps = (r: readonly number[], end: number) => values.some((s) => s.start < end && s.end > r[0]);
  // A plain descent that skips every collection no masked span touches (yaml's visit() went through the
  // whole tree, with a frozen path array per node, for every values text holding a macro).
  const walk = (node: unknown): void => {
    if (isScalar(node)) {
      const r = node.range;
      if (r && overlaps(r, r[1])) {
        node.value = original.slice(r[0], r[1]);
        node.type = 'PLAIN';
      }
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isCollection(node)) {
      const r = node.range;
      if (!r || overlaps(r, Math.max(r[1], r[2]))) for (const item of node.items) walk(item);
    }
  };
  walk(doc.contents);
}

/** Where the characters of a string start and end in its source. */
function contentBounds(source: string, style: StringStyle, from: number, to: number): [number, number] {
  if (style === 'block-literal' || style === 'block-folded') {
    const nl = source.indexOf('\n', from);
    const start = nl < 0 || nl >= to ? to : nl + 1;
    return [start, to];
  }
  if (style === 'quote-double' || style === 'quote-single') return [from + 1, Math.max(from + 1, to - 1)];
  return [from, to];
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).replace(/ at line \d+, column \d+:?$/, '');
}

/** Wraps a core so its offsets land in the outer document. */
export function placeEmbedded(core: EmbeddedCore, toOuterBase: (i: number) => number, toInnerBase: (o: number) => number | undefined, code: SyntaxProblem['code']): EmbeddedYaml {
  const toOuter = (i: number): number => toOuterBase(core.map.toOuter(i));
  const toInner = (o: number): number | undefined => {
    const b = toInnerBase(o);
    return b === undefined ? undefined : core.map.toInner(b);
  };
  const errors: SyntaxProblem[] = core.errors.map((e) => {
    const s = toOuter(e.start);
    return { code, message: e.message, range: [s, Math.max(s, toOuter(e.end))] };
  });
  const nested = new Map<string, EmbeddedYaml>();
  for (const [path, child] of core.nested) nested.set(path, placeEmbedded(child, toOuter, toInner, code));
  return {
    text: core.text,
    outerRange: [toOuterBase(core.nodeRange[0]), toOuterBase(core.nodeRange[1])],
    contentRange: [toOuterBase(core.contentRange[0]), toOuterBase(core.contentRange[1])],
    style: core.style,
    doc: core.doc,
    errors,
    toOuter,
    toInner,
    nested,
  };
}

/** Entries and characters of text the values-tree memo holds, for tests and the fuzz run. */
export function parsedValuesStats(): { count: number; chars: number } {
  return { count: parsedValues.count, chars: parsedValues.size };
}
