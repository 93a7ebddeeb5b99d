/**
 * Parses a big values text one top-level section at a time, each section cached by its text and offset, so a
 * keystroke in a 5,700-line values block re-parses only the edited section (and clones the sections after it,
 * whose offsets moved). The result equals a whole parse for what the rules read (nodes, ranges, errors); comments
 * between sections may attach to a different node. Anything unusual (other document shapes, directives,
 * errors, keys repeated across sections) is parsed whole, exactly as before.
 */
import { isNode, isScalar, parseDocument, visit, YAMLMap, type Document, type DocumentOptions, type ParseOptions, type Pair, type SchemaOptions } from 'yaml';
import { BoundedCache } from '../bounded-cache.js';

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

/**
 * `text` is what the parser reads; `original` the user's text of the same length (they differ where macros were
 * masked). It is part of the cache key because callers write original characters back into parsed scalars.
 */
export function parseValuesText(text: string, original: string, options: ValuesParseOptions): Document.Parsed {
  const starts = text.length >= minLength ? sectionStarts(text) : undefined;
  if (!starts) return parseDocument(text, options) as Document.Parsed;
  const docs: Document.Parsed[] = [];
  for (let i = 0; i < starts.length; i++) {
    const [from, to] = [starts[i], starts[i + 1] ?? text.length];
    const doc = section(text.slice(from, to), original === text ? '' : original.slice(from, to), from, options);
    if (doc.errors.length > 0 || !(doc.contents instanceof YAMLMap)) return parseDocument(text, options) as Document.Parsed;
    docs.push(doc);
  }
  return compose(docs, text, options) ?? (parseDocument(text, options) as Document.Parsed);
}

/** Offsets where top-level keys start (the first section also holds what precedes its key), or undefined. */
function sectionStarts(text: string): number[] | undefined {
  // Directives, document markers and complex keys change how sections relate: parse whole.
  if (/^(?:---|\.\.\.|%|\?|:|\t)/m.test(text)) return undefined;
  const starts: number[] = [];
  const keyLine = /^[A-Za-z0-9_./"'$][^\n]*$/gm;
  for (let m = keyLine.exec(text); m; m = keyLine.exec(text)) starts.push(m.index);
  if (starts.length < 2) return undefined;
  // Comments and blank lines before the first key belong to the first section.
  const head = text.slice(0, starts[0]);
  if (head.split('\n').some((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))) return undefined;
  starts[0] = 0;
  return starts;
}

function section(chunk: string, original: string, offset: number, options: ValuesParseOptions): Document.Parsed {
  const textKey = `${JSON.stringify(options)}\u0001${chunk}\u0001${original}`;
  const key = `${offset}\u0000${textKey}`;
  const hit = sections.get(key);
  if (hit) return hit;
  const seen = byText.get(textKey);
  const doc = seen ? shifted(seen.doc.clone() as Document.Parsed, offset - seen.offset) : shifted(parseDocument(chunk, options) as Document.Parsed, offset);
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

/** One document over all sections' pairs; undefined when a key repeats and the parser would report it. */
function compose(docs: Document.Parsed[], text: string, options: ValuesParseOptions): Document.Parsed | undefined {
  const out = parseDocument('', options) as Document.Parsed;
  const map = new YAMLMap(out.schema);
  const keys = new Set<unknown>();
  for (const doc of docs) {
    for (const pair of (doc.contents as YAMLMap).items as Pair[]) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (keys.has(k) && options.uniqueKeys !== false) return undefined;
      keys.add(k);
      map.items.push(pair);
    }
  }
  const first = (docs[0].contents as YAMLMap).range;
  const last = (docs[docs.length - 1].contents as YAMLMap).range;
  map.range = [first?.[0] ?? 0, last?.[1] ?? text.length, last?.[2] ?? text.length];
  out.contents = map as unknown as Document.Parsed['contents'];
  out.range = [0, text.length, text.length];
  out.commentBefore = docs[0].commentBefore;
  out.warnings.push(...docs.flatMap((d) => d.warnings));
  return out;
}
