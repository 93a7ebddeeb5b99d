/**
 * A line-oriented parser for the block YAML that Helm values are written in. It builds the very nodes `yaml`'s
 * `parseDocument` builds (YAMLMap, YAMLSeq, Pair, Scalar: value, type, source, format, flow, every range, and
 * the document's range and options) about ten times faster: the 5,700-line thanos values in 1.7 ms, not 19.
 * It reproduces where the `yaml` CST parser puts the space, comment and newline tokens between nodes, since
 * they decide where ranges end: a value owns the rest of its line and the more-indented comment lines right
 * after it; an empty value owns its comments; a collection ends at its last value, or after trailing comments
 * at or right of its own column. Plain scalars resolve through the document's own core-schema tags.
 * fast-yaml-collections.ts reads the lines into block maps and sequences, fast-yaml-open.ts decides who owns
 * the lines after a value, fast-yaml-scalars.ts reads keys and scalars, fast-yaml-flow.ts and
 * fast-yaml-block-scalar.ts the other values, fast-yaml-anchors.ts anchor and alias names.
 *
 * Comments are not attached: no node gets `comment`, `commentBefore` or `spaceBefore`, nor the document its
 * `commentBefore`. Nothing in server/src reads them (rules, fixes and completion work on the text).
 *
 * Anchors and aliases are read where Helm values put them: `&name` before a value on its line or alone after
 * `key:` / `-` (then it anchors the collection below), `*name` as a whole value; yaml's own Alias nodes result,
 * and `<<` is the plain key YAML 1.2 makes it.
 *
 * Anything else returns undefined and the caller parses with `yaml`: tabs, CR, BOM, directives, document
 * markers, anchors on keys or on empty values, tags, complex keys, multi-line plain or quoted scalars, flow
 * maps other than `{}`, nested flow collections, block scalars with `+` or an indentation indicator, empty
 * sequence items, keys at odd columns, anything that could be an error or a warning, and options other than
 * the values parse's own.
 * test/unit/fast-yaml.test.ts holds it to `yaml` on every fixture values file and on mutated and generated ones.
 */
import { Composer, Document } from 'yaml';
import type { ValuesParseOptions } from './chunked-parse.js';
import { FastParser } from './fast-yaml-collections.js';
import { unsupported } from './fast-yaml-scalars.js';

const knownOptions = new Set(['prettyErrors', 'uniqueKeys', 'strict', 'logLevel', 'intAsBigInt', 'keepSourceTokens']);

/**
 * Parses `text` like `parseDocument(text, options)` with every range moved by `offset`, or returns undefined
 * when the text is outside the subset (see above) and `parseDocument` must decide.
 */
export function fastParseDocument(text: string, options: ValuesParseOptions, offset = 0): Document.Parsed | undefined {
  if (!supported(options) || text.includes('\t') || text.includes('\r') || text.includes('\uFEFF')) return undefined;
  const directives = new Composer(options).streamInfo().directives;
  const doc = new Document(undefined, { _directives: directives, ...options } as ValuesParseOptions) as Document.Parsed;
  if (doc.schema.name !== 'core' || doc.schema.compat) return undefined;
  try {
    return new FastParser(text, doc, offset).run();
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}

function supported(options: ValuesParseOptions): boolean {
  if (options.uniqueKeys !== false || options.strict === false || options.keepSourceTokens) return false;
  return Object.keys(options).every((k) => knownOptions.has(k));
}
