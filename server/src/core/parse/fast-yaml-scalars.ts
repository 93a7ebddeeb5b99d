/**
 * The text the fast YAML parser (fast-yaml.ts) reads, and the scalars in it: keys, plain scalars resolved
 * through the document's own core-schema tags, and one-line single- and double-quoted scalars with their escapes
 * decoded as the composer does. `fail()` is how every part of the fast parser declines: fastParseDocument
 * catches `unsupported` and `yaml` parses the text instead.
 *
 * Declines: schemas with a tag for keys, a tag that reports an error, plain scalars starting with an indicator
 * (anchors, aliases, tags, ...), quoted scalars not closing on their line, invalid escapes, implicit keys over
 * 1,000 characters, and after a quoted scalar or `{}` anything but a comment.
 */
import { isScalar, type Document, type Scalar, type YAMLMap, type YAMLSeq, type ScalarTag } from 'yaml';
import { newScalar } from './fast-yaml-nodes.js';

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const STR = 'tag:yaml.org,2002:str';
/** Core-schema plain scalars other than strings start with one of these (null, bool, int, float), or are empty. */
const maybeNotString = /^[-+.~0-9nNtTfF]/;
const escapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
export const unsupported = new Error('outside the fast YAML subset');

export function fail(): never {
  throw unsupported;
}

/** A value read on the line of its `key:` or `-`. */
export interface Value {
  node: Scalar | YAMLMap | YAMLSeq;
  end: number;
  ext: boolean;
  next: number;
}

/** The text with its base offset and schema: every node built from it gets ranges moved by `base`. */
export class ScalarReader {
  private readonly tags: ScalarTag[];
  readonly str: ScalarTag;
  private tagError = false;
  private readonly onTagError = (): void => {
    this.tagError = true;
  };

  constructor(
    readonly text: string,
    readonly doc: Document.Parsed,
    readonly base: number,
  ) {
    this.tags = doc.schema.tags.filter((t): t is ScalarTag => !t.collection);
    if (this.tags.some((t) => t.default === 'key')) fail();
    this.str = this.tags.find((t) => t.tag === STR) ?? fail();
  }

  /** A key at `k` followed by its `:` indicator, or undefined when the line holds no key there. */
  keyAt(k: number, le: number): { key: Scalar; colon: number } | undefined {
    const t = this.text;
    const c = t.charCodeAt(k);
    if (c === 34 || c === 39) {
      const close = this.quoteEnd(k, le);
      const colon = this.skipSpaces(close, le);
      if (t.charCodeAt(colon) !== 58 || !this.blankAt(colon + 1)) return undefined;
      return { key: this.quoted(k, close, close), colon };
    }
    // Flow collections and block scalars are values here (and complex keys elsewhere).
    if (c === 123 || c === 91 || c === 124 || c === 62) return undefined;
    this.plainStart(k, false);
    const { end, colon } = this.plainEnd(k, le);
    if (colon < 0) return undefined;
    // The parser's limit on implicit keys (KEY_OVER_1024_CHARS), with a margin.
    if (colon - k > 1000) fail();
    return { key: this.plain(t.slice(k, end), k, end, end), colon };
  }

  plain(source: string, start: number, valueEnd: number, end: number): Scalar {
    const tag = maybeNotString.test(source) || source === ''
      ? this.tags.find((t) => t.default === true && t.test?.test(source)) ?? this.str
      : this.str;
    const node = this.scalar(tag, source, source, start, valueEnd, end);
    node.type = 'PLAIN';
    if (tag.format) node.format = tag.format;
    return node;
  }

  /** A quoted scalar from `q` to its closing quote at `close - 1`. */
  quoted(q: number, close: number, end: number): Scalar {
    const t = this.text;
    const double = t.charCodeAt(q) === 34;
    const inner = t.slice(q + 1, close - 1);
    const value = double ? unescapeDouble(inner) : inner.replace(/''/g, "'");
    const node = this.scalar(this.str, value, value, q, close, end);
    node.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return node;
  }

  scalar(tag: ScalarTag, text: string, source: string, start: number, valueEnd: number, end: number): Scalar {
    this.tagError = false;
    const res = tag.resolve(text, this.onTagError, this.doc.options);
    if (this.tagError) fail();
    const node = isScalar(res) ? res : newScalar(res);
    const b = this.base;
    node.range = [b + start, b + valueEnd, b + end];
    node.source = source;
    return node;
  }

  /** Just after the quote closing the scalar that opens at `q`, which must close on its own line. */
  quoteEnd(q: number, le: number): number {
    const t = this.text;
    let end = t.indexOf(t[q], q + 1);
    if (t[q] === "'") {
      while (end !== -1 && t.charCodeAt(end + 1) === 39) end = t.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (t.charCodeAt(end - 1 - n) === 92) n++;
        if (n % 2 === 0) break;
        end = t.indexOf('"', end + 1);
      }
    }
    if (end < 0 || end >= le) fail();
    return end + 1;
  }

  /** Plain scalars may not start with an indicator; in flow collections `|`, `>` and `-]` are ones too. */
  plainStart(p: number, inFlow: boolean): void {
    const ch = this.text[p];
    if ('}]*&!%@`,\'"'.includes(ch) || (inFlow && '{[|>#'.includes(ch))) fail();
    const next = this.text[p + 1];
    if ((ch === '-' || ch === '?' || ch === ':') && (this.blankAt(p + 1) || (inFlow && ',[]{}'.includes(next)))) fail();
  }

  /** Where a plain scalar at `p` ends on its line (trailing spaces excluded), and the `: ` that stops it. */
  plainEnd(p: number, le: number): { end: number; colon: number } {
    const t = this.text;
    let end = p;
    for (let i = p; i < le; i++) {
      const c = t.charCodeAt(i);
      if (c === 58 && this.blankAt(i + 1)) return { end, colon: i };
      if (c === SPACE) {
        if (t.charCodeAt(i + 1) === HASH) break;
      } else end = i + 1;
    }
    return { end, colon: -1 };
  }

  /** After a quoted scalar or `{}`: nothing, or a comment after a space. */
  lineRest(pos: number, le: number): void {
    const s = this.skipSpaces(pos, le);
    if (s < le && (this.text.charCodeAt(s) !== HASH || s === pos)) fail();
  }

  skipSpaces(pos: number, to: number): number {
    while (pos < to && this.text.charCodeAt(pos) === SPACE) pos++;
    return pos;
  }

  /** A space, a line break or the end of the text. */
  blankAt(pos: number): boolean {
    const c = this.text.charCodeAt(pos);
    return c === SPACE || c === NEWLINE || Number.isNaN(c);
  }
}

/** A one-line double-quoted scalar's value; invalid escapes are errors. */
function unescapeDouble(inner: string): string {
  if (!inner.includes('\\')) return inner;
  let res = '';
  for (let i = 0; i < inner.length; ++i) {
    const ch = inner[i];
    if (ch !== '\\') {
      res += ch;
      continue;
    }
    const next = inner[++i];
    const code = escapes[next];
    if (code) res += code;
    else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = inner.substr(i + 1, length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) fail();
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) fail();
      res += String.fromCodePoint(cp);
      i += length;
    } else fail();
  }
  return res;
}
