/**
 * Parses a values text: by fast-yaml.ts when it can (the same nodes as `yaml` for the common block subset),
 * else a big text one top-level section at a time, each section cached by its text and offset, so a keystroke
 * in a 5,700-line values block that the fast parser declines (a flow map, an anchor, a half-typed line)
 * re-parses only the edited section with `yaml` (sections after it, whose offsets moved, are re-read by the fast
 * parser or cloned). The result equals a whole parse for what the rules read (nodes, ranges, errors); comments
 * between sections may attach to a different node. Anything unusual (other document shapes, directives,
 * errors, keys repeated across sections) is parsed whole.
 */
import { isNode, isScalar, Pair, parseDocument, visit, YAMLMap, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { BoundedCache } from '../bounded-cache.js';
import { fastParseDocument } from './fast-yaml.js';

export type ValuesParseOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** Below this many characters a whole parse is already fast. */
const minLength = 16_000;
/** Entries, and characters of section text (bounded by size too: section trees cost many times their text). */
const limit = 4_000;
const maxChars = 16 * 1024 * 1024;
/** Section docs by offset and text: hits are shared read-only, never mutated. */
const sections = new BoundedCache<Document.Parsed>(limit, maxChars);
/** The last doc seen for a section text at any offset: the source of a clone when only the offset changed. */
const byText = new BoundedCache<{ offset: number; doc: Document.Parsed }>(limit, maxChars);

export function parseValuesText(text: string, original: string, options: ValuesParseOptions): Document.Parsed {
  // The fast parser reads a whole 5,700-line values text in less time than sectioning costs (thanos: ~2 ms):
  // sections are for what it declines, so a text it cannot read is parsed by `yaml` one section at a time.
  const fast = fastParseDocument(text, options);
  if (fast) return fast;
  // Directives, document markers and complex keys change how sections relate: parse whole.
  if (text.length < minLength || /^(?:---|\.\.\.|%|\?|:|\t)/m.test(text)) return parseDocument(text, options) as Document.Parsed;
  const out = parseDocument('', options) as Document.Parsed;
  const map = blockMap({ text, original, options, schema: out.schema }, 0, text.length, 0);
  if (!map) return parseDocument(text, options) as Document.Parsed;
  const contents = new YAMLMap(out.schema);
  contents.items = map.pairs;
  contents.range = map.range;
  out.contents = contents as unknown as Document.Parsed['contents'];
  out.range = [0, text.length, text.length];
  out.commentBefore = map.commentBefore ?? null;
  out.warnings.push(...map.warnings);
  return out;
}

interface Source {
  text: string;
  original: string;
  options: ValuesParseOptions;
  schema: Document.Parsed['schema'];
}

/** Pairs of one block mapping, read section by section, with the range the mapping would have. */
interface Composed {
  pairs: Pair[];
  range: [number, number, number];
  warnings: Document.Parsed['warnings'];
  commentBefore?: string | null;
}

/** The block mapping at `indent` in [from, to), by sections; undefined when a whole parse must decide. */
function blockMap(src: Source, from: number, to: number, indent: number): Composed | undefined {
  const starts = sectionStarts(src.text, from, to, indent);
  if (!starts) return undefined;
  const pairs: Pair[] = [];
  const keys = new Set<unknown>();
  const warnings: Composed['warnings'] = [];
  const parts: Composed[] = [];
  for (let i = 0; i < starts.length; i++) {
    const [s, e] = [starts[i], starts[i + 1] ?? to];
    const part = (e - s >= minLength ? nested(src, s, e, indent) : undefined) ?? sectionMap(src, s, e);
    if (!part) return undefined;
    for (const pair of part.pairs) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (keys.has(k) && src.options.uniqueKeys !== false) return undefined;
      keys.add(k);
      pairs.push(pair);
    }
    warnings.push(...part.warnings);
    parts.push(part);
  }
  const [first, last] = [parts[0].range, parts[parts.length - 1].range];
  return { pairs, range: [first[0], last[1], last[2]], warnings, commentBefore: parts[0].commentBefore };
}

/** Offsets in [from, to) where keys at `indent` start (the first section also holds what precedes its key). */
function sectionStarts(text: string, from: number, to: number, indent: number): number[] | undefined {
  const starts: number[] = [];
  const keyLine = new RegExp(`^ {${indent}}[A-Za-z0-9_./"'$][^\\n]*$`, 'gm');
  keyLine.lastIndex = from;
  for (let m = keyLine.exec(text); m && m.index < to; m = keyLine.exec(text)) starts.push(m.index);
  if (starts.length < 1) return undefined;
  // Comments and blank lines before the first key belong to the first section.
  const head = text.slice(from, starts[0]);
  if (head.split('\n').some((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))) return undefined;
  starts[0] = from;
  return starts;
}

/** One section parsed on its own, as pairs. */
function sectionMap(src: Source, from: number, to: number): Composed | undefined {
  const { text, original } = src;
  const doc = section(text.slice(from, to), original === text ? '' : original.slice(from, to), from, src.options);
  if (doc.errors.length > 0 || !(doc.contents instanceof YAMLMap) || !doc.contents.range) return undefined;
  return { pairs: doc.contents.items as Pair[], range: doc.contents.range, warnings: doc.warnings, commentBefore: doc.commentBefore };
}

/**
 * A big section that is one key over a block mapping (`charts:` then `  thanos:` then thousands of lines): the
 * key alone, and the mapping below it by its own sections, so an edit deep inside re-parses only its part.
 */
function nested(src: Source, from: number, to: number, indent: number): Composed | undefined {
  const { text } = src;
  const nl = text.indexOf('\n', from);
  if (nl < 0 || nl + 1 >= to || !/^ *[A-Za-z0-9_./-]+: *$/.test(text.slice(from, nl))) return undefined;
  const body = text.slice(nl + 1, to);
  const firstLine = /^( *)[^ #\n]/m.exec(body);
  const inner = firstLine?.[1].length ?? 0;
  // Every content line of the body must sit at or right of its first one; no tabs in indentation.
  if (inner <= indent || new RegExp(`^ {0,${inner - 1}}[^ #\\n]`, 'm').test(body) || /^ *\t/m.test(body)) return undefined;
  const head = sectionMap(src, from, nl + 1);
  const child = blockMap(src, nl + 1, to, inner);
  // `key:` alone gives an empty null scalar as its value.
  const empty = head?.pairs.length === 1 && isScalar(head.pairs[0].value) && head.pairs[0].value.value === null
    && head.pairs[0].value.range?.[0] === head.pairs[0].value.range?.[1];
  if (!head || !child || !empty) return undefined;
  const map = new YAMLMap(src.schema);
  map.items = child.pairs;
  map.range = child.range;
  if (child.commentBefore) map.commentBefore = child.commentBefore;
  const pair = new Pair(head.pairs[0].key, map);
  return { pairs: [pair], range: [head.range[0], child.range[1], child.range[2]], warnings: [...head.warnings, ...child.warnings], commentBefore: head.commentBefore };
}

function section(chunk: string, original: string, offset: number, options: ValuesParseOptions): Document.Parsed {
  const textKey = `${JSON.stringify(options)}\u0001${chunk}\u0001${original}`;
  const key = `${offset}\u0000${textKey}`;
  const hit = sections.get(key);
  if (hit) return hit;
  const seen = byText.get(textKey);
  // The fast parser, where it applies, is faster than a clone too (thanos' 29 sections: 1.8 vs 6.8 ms).
  const doc = fastParseDocument(chunk, options, offset)
    ?? (seen ? shifted(seen.doc.clone() as Document.Parsed, offset - seen.offset) : shifted(parseDocument(chunk, options) as Document.Parsed, offset));
  // A clone shares its error objects with the original: only clean docs are cached (and so ever cloned).
  if (doc.errors.length > 0 || doc.warnings.length > 0) return doc;
  sections.set(key, doc, chunk.length + original.length);
  byText.set(textKey, { offset, doc }, chunk.length + original.length);
  return doc;
}

/** Moves every range of a doc no one else holds by `delta`. */
function shifted(doc: Document.Parsed, delta: number): Document.Parsed {
  if (delta === 0) return doc;
  const move = (r: number[] | undefined) => r && r.forEach((v, i) => (r[i] = v + delta));
  move(doc.range as unknown as number[]);
  visit(doc, (_key, node) => {
    if (isNode(node)) move(node.range as unknown as number[] | undefined);
  });
  for (const e of [...doc.errors, ...doc.warnings]) move(e.pos as unknown as number[]);
  return doc;
}
