/**
 * A line-oriented parser for the block YAML that Helm values are written in. It builds the very nodes `yaml`'s
 * `parseDocument` builds (YAMLMap, YAMLSeq, Pair, Scalar: value, type, source, format, flow, every range, and
 * the document's range and options) about ten times faster: the 5,700-line thanos values in 1.7 ms, not 19.
 * It reproduces where the `yaml` CST parser puts the space, comment and newline tokens between nodes, since
 * they decide where ranges end: a value owns the rest of its line and the more-indented comment lines right
 * after it; an empty value owns its comments; a collection ends at its last value, or after trailing comments
 * at or right of its own column. Plain scalars resolve through the document's own core-schema tags.
 *
 * Comments are not attached: no node gets `comment`, `commentBefore` or `spaceBefore`, nor the document its
 * `commentBefore`. Nothing in server/src reads them (rules, fixes and completion work on the text).
 *
 * Anything else returns undefined and the caller parses with `yaml`: tabs, CR, BOM, directives, document
 * markers, anchors, aliases, tags, complex keys, multi-line plain or quoted scalars, flow maps other than `{}`,
 * nested flow collections, block scalars with `+` or an indentation indicator, empty sequence items, keys at
 * odd columns, anything that could be an error or a warning, and options other than the values parse's own.
 * test/unit/fast-yaml.test.ts holds it to `yaml` on every fixture values file and on mutated and generated ones.
 */
import { Composer, Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Range, type ScalarTag } from 'yaml';
import type { ValuesParseOptions } from './chunked-parse.js';

const MAP = 0;
const SEQ = 1;
const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const STR = 'tag:yaml.org,2002:str';
const knownOptions = new Set(['prettyErrors', 'uniqueKeys', 'strict', 'logLevel', 'intAsBigInt', 'keepSourceTokens']);
/** Core-schema plain scalars other than strings start with one of these (null, bool, int, float), or are empty. */
const maybeNotString = /^[-+.~0-9nNtTfF]/;
const escapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const unsupported = new Error('outside the fast YAML subset');

function fail(): never {
  throw unsupported;
}

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

/** Tokens after a collection's last value that no node owns yet (the parser's start-only item). */
interface Trail {
  comment: boolean;
  maxIndent: number;
}

/** An open block collection and the state of its last item. */
interface Open {
  kind: number;
  indent: number;
  node: YAMLMap | YAMLSeq;
  start: number;
  /** pending: `key:` or `-` awaiting its value; nested: its value is the collection above; done. */
  state: 'pending' | 'nested' | 'done';
  key: Scalar | null;
  /** Just after the `:` or `-` of a pending item. */
  from: number;
  /** The range of a done value whose end tokens a more-indented comment line joins. */
  ext: Range | null;
  lastEnd: number;
  trail: Trail | null;
}

interface Value {
  node: Scalar | YAMLMap | YAMLSeq;
  end: number;
  ext: boolean;
  next: number;
}

class FastParser {
  private readonly stack: Open[] = [];
  private readonly tags: ScalarTag[];
  private readonly str: ScalarTag;
  private tagError = false;
  private readonly onTagError = (): void => {
    this.tagError = true;
  };
  private root: Open | null = null;
  private docStart = 0;
  private docEnd = 0;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly base: number,
  ) {
    this.tags = doc.schema.tags.filter((t): t is ScalarTag => !t.collection);
    if (this.tags.some((t) => t.default === 'key')) fail();
    this.str = this.tags.find((t) => t.tag === STR) ?? fail();
  }

  run(): Document.Parsed {
    const t = this.text;
    const len = t.length;
    let ls = 0;
    while (ls < len) {
      const nl = t.indexOf('\n', ls);
      const le = nl < 0 ? len : nl;
      const eol = nl < 0 ? len : nl + 1;
      let p = ls;
      while (p < le && t.charCodeAt(p) === SPACE) p++;
      if (p === le) this.blank();
      else if (t.charCodeAt(p) === HASH) this.comment(p - ls, eol);
      else {
        ls = this.content(ls, p, le, eol);
        continue;
      }
      ls = eol;
    }
    while (this.stack.length > 0) this.pop(len);
    const b = this.base;
    if (!this.root) this.doc.range = [b, b + len, b + len];
    else {
      this.doc.contents = this.root.node as Document.Parsed['contents'];
      this.doc.range = [b + this.docStart, (this.root.node.range as Range)[2], b + this.docEnd];
    }
    return this.doc;
  }

  private top(): Open | undefined {
    return this.stack[this.stack.length - 1];
  }

  private blank(): void {
    const o = this.top();
    if (o?.state === 'done' && !o.trail) o.trail = { comment: false, maxIndent: -1 };
  }

  /** A comment line at column `c`: joins the last value's end if more indented than its collection. */
  private comment(c: number, eol: number): void {
    const o = this.top();
    if (o?.state !== 'done') return;
    const t = o.trail;
    if ((!t || !t.comment) && c > o.indent && o.ext) {
      o.ext[2] = this.base + eol;
      o.lastEnd = eol;
      o.trail = null;
    } else if (!t) o.trail = { comment: true, maxIndent: c };
    else {
      t.comment = true;
      t.maxIndent = Math.max(t.maxIndent, c);
    }
  }

  /** A line starting at `ls` whose first token is at `p`; returns where the next line starts. */
  private content(ls: number, p: number, le: number, eol: number): number {
    const t = this.text;
    const n = p - ls;
    if (n === 0 && (t.startsWith('---', p) || t.startsWith('...', p)) && this.blankAt(p + 3)) fail();
    const dash = t.charCodeAt(p) === 45 && this.blankAt(p + 1);
    const kind = dash ? SEQ : MAP;
    for (let o = this.top(); o && (o.indent > n || (o.indent === n && o.kind === SEQ && kind === MAP)); o = this.top()) this.pop(p);
    if (dash) return this.seqItem(this.openFor(n, kind, p, ls), ls, p, le, eol);
    const found = this.keyAt(p, le);
    if (found) return this.mapItem(this.openFor(n, kind, p, ls), ls, p, found, le, eol);
    return this.valueLine(ls, p, le, eol);
  }

  /** `key:` or `-` with its (one-line, not block scalar) value on the next, more indented, line. */
  private valueLine(ls: number, p: number, le: number, eol: number): number {
    const o = this.top();
    const c = this.text.charCodeAt(p);
    if (o?.state !== 'pending' || o.indent >= p - ls || c === 124 || c === 62) fail();
    // A comment line at or left of the key resets the lexer's continuation indent: the scalar could go on.
    const between = this.text.slice(o.from, ls);
    if (new RegExp(`\\n {0,${o.indent}}#`).test(between)) fail();
    const value = this.value(p, le, eol, p - ls, o.indent);
    if (o.kind === MAP) o.node.items.push(new Pair(o.key, value.node) as never);
    else o.node.items.push(value.node as never);
    return this.done(o, value);
  }

  /** The collection a line's first token at column `n` adds an item to. */
  private openFor(n: number, kind: number, p: number, ls: number): Open {
    const top = this.top();
    if (!top) {
      if (this.root) fail();
      this.docStart = ls;
      return this.push(kind, n, p);
    }
    if (top.indent === n && top.kind === kind) {
      if (top.state === 'pending') this.resolveEmpty(top, p, true);
      top.trail = null;
      top.ext = null;
      return top;
    }
    // Deeper than its collection (or a sequence at its map's column): only as the value of `key:` or `-`.
    if (top.state !== 'pending') fail();
    top.state = 'nested';
    return this.push(kind, n, p);
  }

  private push(kind: number, indent: number, start: number): Open {
    const node = kind === MAP ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    const o: Open = { kind, indent, node, start, state: 'pending', key: null, from: start, ext: null, lastEnd: start, trail: null };
    this.stack.push(o);
    return o;
  }

  private mapItem(o: Open, ls: number, k: number, found: { key: Scalar; colon: number }, le: number, eol: number): number {
    o.key = found.key;
    const v = this.skipSpaces(found.colon + 1, le);
    if (v === le || this.text.charCodeAt(v) === HASH) {
      o.state = 'pending';
      o.from = found.colon + 1;
      return eol;
    }
    const value = this.value(v, le, eol, k - ls + 1, o.indent);
    o.node.items.push(new Pair(o.key, value.node) as never);
    return this.done(o, value);
  }

  private seqItem(o: Open, ls: number, p: number, le: number, eol: number): number {
    const q = this.skipSpaces(p + 1, le);
    o.from = p + 1;
    if (q === le || this.text.charCodeAt(q) === HASH) {
      o.state = 'pending';
      return eol;
    }
    const found = this.keyAt(q, le);
    if (found) {
      o.state = 'nested';
      return this.mapItem(this.push(MAP, q - ls, q), ls, q, found, le, eol);
    }
    const value = this.value(q, le, eol, p - ls + 1, o.indent);
    o.node.items.push(value.node as never);
    return this.done(o, value);
  }

  private done(o: Open, value: Value): number {
    o.state = 'done';
    o.ext = value.ext ? (value.node.range as Range) : null;
    o.lastEnd = value.end;
    o.trail = null;
    return value.next;
  }

  /** Closes the innermost collection: `trigger` is where the token that closes it starts. */
  private pop(trigger: number): void {
    const o = this.stack.pop() as Open;
    let end = o.lastEnd;
    let moved: Trail | null = null;
    if (o.state === 'pending') end = this.resolveEmpty(o, trigger, false);
    else if (o.trail?.comment && o.indent > 0 && o.trail.maxIndent >= o.indent) end = trigger;
    else moved = o.trail;
    const b = this.base;
    o.node.range = [b + o.start, b + o.lastEnd, b + end];
    const parent = this.top();
    if (!parent) {
      this.root = o;
      this.docEnd = moved ? end + (trigger - o.lastEnd) : end;
      return;
    }
    if (parent.kind === MAP) parent.node.items.push(new Pair(parent.key, o.node) as never);
    else parent.node.items.push(o.node as never);
    parent.state = 'done';
    parent.ext = null;
    parent.lastEnd = end;
    parent.trail = moved;
  }

  /**
   * `key:` with no value: an empty null scalar just after the `:` and its spaces, which owns the comments among
   * the tokens up to `to`, and then ends there. At the next key of its map (`split`) the parser hands what
   * follows the second line break after the last more-indented comment to that key instead.
   */
  private resolveEmpty(o: Open, to: number, split: boolean): number {
    if (o.kind === SEQ) fail();
    const t = this.text;
    const p = this.skipSpaces(o.from, to);
    let end = to;
    let firstComment = -1;
    let breaks: number[] = [];
    for (let pos = o.from, ls = -1; pos < to; ) {
      const s = this.skipSpaces(pos, to);
      let e = s;
      if (s < to && t.charCodeAt(s) === HASH) {
        if (firstComment < 0) firstComment = s;
        if (ls >= 0 && s - ls > o.indent) breaks = [];
        e = t.indexOf('\n', s);
        if (e < 0 || e > to) e = to;
      }
      if (e >= to) break;
      breaks.push(e);
      pos = ls = e + 1;
    }
    if (split && breaks.length >= 2) end = breaks[1];
    const hasComment = firstComment >= 0 && firstComment < end;
    const node = this.plain('', p, p, hasComment ? end : p);
    o.node.items.push(new Pair(o.key, node) as never);
    o.state = 'done';
    o.lastEnd = hasComment ? end : p;
    return o.lastEnd;
  }

  /** A key at `k` followed by its `:` indicator, or undefined when the line holds no key there. */
  private keyAt(k: number, le: number): { key: Scalar; colon: number } | undefined {
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

  /** The value starting at `v` on a line after `key: ` or `- `. */
  private value(v: number, le: number, eol: number, indentNext: number, parentIndent: number): Value {
    const t = this.text;
    const c = t.charCodeAt(v);
    if (c === 34 || c === 39) {
      const close = this.quoteEnd(v, le);
      this.lineRest(close, le);
      return { node: this.quoted(v, close, eol), end: eol, ext: true, next: eol };
    }
    if (c === 123 || c === 91) return this.flow(v, le, eol, c === 123);
    if (c === 124 || c === 62) return this.blockScalar(v, le, eol, indentNext, parentIndent);
    this.plainStart(v, false);
    const { end, colon } = this.plainEnd(v, le);
    if (colon >= 0) fail();
    return { node: this.plain(t.slice(v, end), v, end, eol), end: eol, ext: true, next: eol };
  }

  /** `{}`, or a one-line flow sequence of scalars: `[]`, `[a, "b", 'c']`. */
  private flow(v: number, le: number, eol: number, isMap: boolean): Value {
    const b = this.base;
    const node = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    node.flow = true;
    let close = this.skipSpaces(v + 1, le);
    if (!isMap) close = this.flowItems(node as YAMLSeq, close, le);
    if (this.text.charCodeAt(close) !== (isMap ? 125 : 93)) fail();
    this.lineRest(close + 1, le);
    node.range = [b + v, b + close + 1, b + eol];
    return { node, end: eol, ext: true, next: eol };
  }

  /** Scalars separated by commas from `p` up to the `]` (returned); each owns the spaces after it. */
  private flowItems(seq: YAMLSeq, p: number, le: number): number {
    const t = this.text;
    while (p < le && t.charCodeAt(p) !== 93) {
      const c = t.charCodeAt(p);
      let valueEnd: number;
      let node: Scalar;
      if (c === 34 || c === 39) {
        valueEnd = this.quoteEnd(p, le);
        node = this.quoted(p, valueEnd, valueEnd);
      } else {
        this.plainStart(p, true);
        valueEnd = this.flowPlainEnd(p, le);
        node = this.plain(t.slice(p, valueEnd), p, valueEnd, valueEnd);
      }
      const next = this.skipSpaces(valueEnd, le);
      (node.range as Range)[2] = this.base + next;
      seq.items.push(node);
      if (t.charCodeAt(next) !== 44) return next;
      p = this.skipSpaces(next + 1, le);
    }
    return p;
  }

  /** The end of a plain scalar inside a flow collection, which must be followed by `,` or `]`. */
  private flowPlainEnd(p: number, le: number): number {
    const t = this.text;
    let end = p;
    for (let i = p; i < le; i++) {
      const c = t.charCodeAt(i);
      if (c === 44 || c === 93) return end;
      // `:` as an indicator (a pair), `#` after a space (a comment), other flow indicators.
      if (c === 58 && (this.blankAt(i + 1) || ',[]{}'.includes(t[i + 1]))) fail();
      if (c === 91 || c === 123 || c === 125 || (c === HASH && t.charCodeAt(i - 1) === SPACE)) fail();
      if (c !== SPACE) end = i + 1;
    }
    return fail();
  }

  /** After a quoted scalar or `{}`: nothing, or a comment after a space. */
  private lineRest(pos: number, le: number): void {
    const s = this.skipSpaces(pos, le);
    if (s < le && (this.text.charCodeAt(s) !== HASH || s === pos)) fail();
  }

  /** `|`, `|-`, `>` or `>-` with auto-detected indentation, located and decoded as the lexer and composer do. */
  private blockScalar(v: number, le: number, eol: number, indentNext: number, parentIndent: number): Value {
    const t = this.text;
    let h = v + 1;
    while (h < le && t.charCodeAt(h) !== SPACE && t.charCodeAt(h) !== HASH) h++;
    const header = t.slice(v, h);
    if (header.length > 2 || (header.length === 2 && header[1] !== '-')) fail();
    this.lineRest(h, le);
    const end = blockEnd(t, eol, indentNext);
    const value = blockValue(t.slice(eol, end), header[0] === '>', header.length === 2, parentIndent);
    const node = this.scalar(this.str, value, value, v, end, end);
    node.type = header[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    return { node, end, ext: false, next: end };
  }

  private plain(source: string, start: number, valueEnd: number, end: number): Scalar {
    const tag = maybeNotString.test(source) || source === ''
      ? this.tags.find((t) => t.default === true && t.test?.test(source)) ?? this.str
      : this.str;
    const node = this.scalar(tag, source, source, start, valueEnd, end);
    node.type = 'PLAIN';
    if (tag.format) node.format = tag.format;
    return node;
  }

  /** A quoted scalar from `q` to its closing quote at `close - 1`. */
  private quoted(q: number, close: number, end: number): Scalar {
    const t = this.text;
    const double = t.charCodeAt(q) === 34;
    const inner = t.slice(q + 1, close - 1);
    const value = double ? unescapeDouble(inner) : inner.replace(/''/g, "'");
    const node = this.scalar(this.str, value, value, q, close, end);
    node.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return node;
  }

  private scalar(tag: ScalarTag, text: string, source: string, start: number, valueEnd: number, end: number): Scalar {
    this.tagError = false;
    const res = tag.resolve(text, this.onTagError, this.doc.options);
    if (this.tagError) fail();
    const node = isScalar(res) ? res : new Scalar(res);
    const b = this.base;
    node.range = [b + start, b + valueEnd, b + end];
    node.source = source;
    return node;
  }

  /** Just after the quote closing the scalar that opens at `q`, which must close on its own line. */
  private quoteEnd(q: number, le: number): number {
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
  private plainStart(p: number, inFlow: boolean): void {
    const ch = this.text[p];
    if ('}]*&!%@`,\'"'.includes(ch) || (inFlow && '{[|>#'.includes(ch))) fail();
    const next = this.text[p + 1];
    if ((ch === '-' || ch === '?' || ch === ':') && (this.blankAt(p + 1) || (inFlow && ',[]{}'.includes(next)))) fail();
  }

  /** Where a plain scalar at `p` ends on its line (trailing spaces excluded), and the `: ` that stops it. */
  private plainEnd(p: number, le: number): { end: number; colon: number } {
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

  private skipSpaces(pos: number, to: number): number {
    while (pos < to && this.text.charCodeAt(pos) === SPACE) pos++;
    return pos;
  }

  /** A space, a line break or the end of the text. */
  private blankAt(pos: number): boolean {
    const c = this.text.charCodeAt(pos);
    return c === SPACE || c === NEWLINE || Number.isNaN(c);
  }
}

/**
 * Where the lexer ends a block scalar whose content starts at `pos` (header line done): lines at least as
 * indented as its first content line, without trailing blank lines not indented past that line.
 */
function blockEnd(t: string, pos: number, indentNext: number): number {
  const len = t.length;
  let nl = pos - 1;
  let indent = 0;
  for (let i = pos; i < len; i++) {
    const c = t.charCodeAt(i);
    if (c === SPACE) indent++;
    else if (c === NEWLINE) {
      nl = i;
      indent = 0;
    } else break;
  }
  if (indent >= indentNext) {
    do {
      const cs = continued(t, nl + 1, indent);
      if (cs === -1) break;
      nl = t.indexOf('\n', cs);
    } while (nl !== -1);
    if (nl === -1) nl = len;
  }
  for (;;) {
    const last = nl - 1;
    let i = last;
    while (t.charCodeAt(i) === SPACE) i--;
    if (t.charCodeAt(i) === NEWLINE && i >= pos && i + 1 + indent > last) nl = i;
    else break;
  }
  return Math.min(nl + 1, len);
}

/** The lexer's continueScalar for block scalars: where the line at `offset` continues one, or -1. */
function continued(t: string, offset: number, indentNext: number): number {
  let indent = 0;
  while (t.charCodeAt(offset + indent) === SPACE) indent++;
  return t.charCodeAt(offset + indent) === NEWLINE || indent >= indentNext ? offset + indent : -1;
}

/** The composer's block scalar value (resolveBlockScalar) for clip or strip chomping and no indicator. */
function blockValue(source: string, folded: boolean, strip: boolean, parentIndent: number): string {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0 && lines[i][1] === ''; --i) chompStart = i;
  if (chompStart === 0) return '';
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      trimIndent = Math.max(trimIndent, indent.length);
      continue;
    }
    // More-indented leading empty lines need an indentation indicator: an error.
    if (indent.length < trimIndent) fail();
    trimIndent = indent.length;
    contentStart = i;
    break;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = '';
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  value += folded ? foldLines(lines, contentStart, chompStart, trimIndent) : literalLines(lines, contentStart, chompStart, trimIndent);
  return strip ? value : value + '\n';
}

function literalLines(lines: Array<[string, string]>, from: number, to: number, trimIndent: number): string {
  // Joined once: a 50k-line profile's values blocks built by `+=` were thousands of nested string pieces each.
  const out = new Array<string>(Math.max(0, to - from));
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) fail();
    out[i - from] = indent.length > trimIndent ? indent.slice(trimIndent) + content : content;
  }
  return out.join('\n');
}

function foldLines(lines: Array<[string, string]>, from: number, to: number, trimIndent: number): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) fail();
    if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return value;
}

/** Lines as [indentation, content], as the composer splits a block scalar's source. */
function splitLines(source: string): Array<[string, string]> {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const lead = /^( *)/.exec(first)?.[1] ?? '';
  const lines: Array<[string, string]> = [[lead, first.slice(lead.length)]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
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
