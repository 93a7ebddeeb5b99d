/**
 * Block maps and sequences for the fast YAML parser (fast-yaml.ts), read line by line with a stack of the open
 * collections by indentation; a value on a line is read by fast-yaml-scalars.ts, fast-yaml-flow.ts or
 * fast-yaml-block-scalar.ts, and fast-yaml-open.ts decides who owns the blank and comment lines after it.
 *
 * Declines: document markers, a second root node, lines deeper than their collection that are not the value of
 * a pending `key:` or `-` (keys at odd columns, continued plain scalars), a value on the line after its `key:`
 * that is a block scalar or follows a comment at or left of the key, and plain values holding `: `.
 */
import { YAMLMap, YAMLSeq, type Document, type Range, type Scalar } from 'yaml';
import { aliasValue, anchoredValue, lineAnchor } from './fast-yaml-anchors.js';
import { newPair } from './fast-yaml-nodes.js';
import { blockScalar } from './fast-yaml-block-scalar.js';
import { flowValue } from './fast-yaml-flow.js';
import { Open, type Trail } from './fast-yaml-open.js';
import { fail, ScalarReader, type Value } from './fast-yaml-scalars.js';

// Local, not imported: under tsx (CommonJS) each use of an imported binding is a getter call, and these are read
// per line and per character (the thanos values parsed ~40% slower on Node 20).
/** `Open.kind`: a block map or a block sequence. */
const MAP = 0;
const SEQ = 1;
const SPACE = 32;
const HASH = 35;
const AMPERSAND = 38;
const ASTERISK = 42;

/** Parses the whole text into `doc` (contents and range), every range moved by `base`; `fail()`s to decline. */
export class FastParser {
  private readonly stack: Open[] = [];
  private readonly r: ScalarReader;
  private root: Open | null = null;
  private docStart = 0;
  private docEnd = 0;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly base: number,
  ) {
    this.r = new ScalarReader(text, doc, base);
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
      if (p === le) this.top()?.blankLine();
      else if (t.charCodeAt(p) === HASH) this.top()?.commentLine(p - ls, eol, this.base);
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

  /** A line starting at `ls` whose first token is at `p`; returns where the next line starts. */
  private content(ls: number, p: number, le: number, eol: number): number {
    const t = this.text;
    const n = p - ls;
    if (n === 0 && (t.startsWith('---', p) || t.startsWith('...', p)) && this.r.blankAt(p + 3)) fail();
    const dash = t.charCodeAt(p) === 45 && this.r.blankAt(p + 1);
    const kind = dash ? SEQ : MAP;
    for (let o = this.top(); o && (o.indent > n || (o.indent === n && o.kind === SEQ && kind === MAP)); o = this.top()) this.pop(p);
    if (dash) return this.seqItem(this.openFor(n, kind, p, ls), ls, p, le, eol);
    const found = this.r.keyAt(p, le);
    if (found) return this.mapItem(this.openFor(n, kind, p, ls), ls, p, found, le, eol);
    return this.valueLine(ls, p, le, eol);
  }

  /** `key:` or `-` with its (one-line, not block scalar) value on the next, more indented, line. */
  private valueLine(ls: number, p: number, le: number, eol: number): number {
    const o = this.top();
    const c = this.text.charCodeAt(p);
    if (o?.state !== 'pending' || o.anchor !== null || o.indent >= p - ls || c === 124 || c === 62) fail();
    // A comment line at or left of the key resets the lexer's continuation indent: the scalar could go on.
    const between = this.text.slice(o.from, ls);
    if (new RegExp(`\\n {0,${o.indent}}#`).test(between)) fail();
    const value = this.value(p, le, eol, p - ls, o.indent);
    if (o.kind === MAP) o.node.items.push(newPair(o.key, value.node) as never);
    else o.node.items.push(value.node as never);
    return o.itemDone(value);
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
      if (top.state === 'pending') top.resolveEmpty(this.r, p, true);
      top.trail = null;
      top.ext = null;
      return top;
    }
    // Deeper than its collection (or a sequence at its map's column): only as the value of `key:` or `-`.
    if (top.state !== 'pending') fail();
    top.state = 'nested';
    const nested = this.push(kind, n, p);
    if (top.anchor !== null) {
      nested.node.anchor = top.anchor;
      top.anchor = null;
    }
    return nested;
  }

  private push(kind: number, indent: number, start: number): Open {
    const node = kind === MAP ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    const o = new Open(kind, indent, node, start);
    this.stack.push(o);
    return o;
  }

  private mapItem(o: Open, ls: number, k: number, found: { key: Scalar; colon: number }, le: number, eol: number): number {
    o.key = found.key;
    const v = this.r.skipSpaces(found.colon + 1, le);
    if (this.pending(o, v, le)) {
      o.from = found.colon + 1;
      return eol;
    }
    const value = this.value(v, le, eol, k - ls + 1, o.indent);
    o.node.items.push(newPair(o.key, value.node) as never);
    return o.itemDone(value);
  }

  private seqItem(o: Open, ls: number, p: number, le: number, eol: number): number {
    const q = this.r.skipSpaces(p + 1, le);
    o.from = p + 1;
    if (this.pending(o, q, le)) return eol;
    // `- &a key: v` anchors the key, not a map: value() declines it.
    const c = this.text.charCodeAt(q);
    const found = c === AMPERSAND || c === ASTERISK ? undefined : this.r.keyAt(q, le);
    if (found) {
      o.state = 'nested';
      return this.mapItem(this.push(MAP, q - ls, q), ls, q, found, le, eol);
    }
    const value = this.value(q, le, eol, p - ls + 1, o.indent);
    o.node.items.push(value.node as never);
    return o.itemDone(value);
  }

  /** Closes the innermost collection: `trigger` is where the token that closes it starts. */
  private pop(trigger: number): void {
    const o = this.stack.pop() as Open;
    let end = o.lastEnd;
    let moved: Trail | null = null;
    if (o.state === 'pending') end = o.resolveEmpty(this.r, trigger, false);
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
    if (parent.kind === MAP) parent.node.items.push(newPair(parent.key, o.node) as never);
    else parent.node.items.push(o.node as never);
    parent.state = 'done';
    parent.ext = null;
    parent.lastEnd = end;
    parent.trail = moved;
  }

  /** Whether the item has no value on this line (nothing, or just an anchor for the collection below). */
  private pending(o: Open, v: number, le: number): boolean {
    const anchor = lineAnchor(this.r, v, le);
    o.anchor = anchor ?? null;
    if (anchor === undefined) return false;
    o.state = 'pending';
    return true;
  }

  /** The value starting at `v` on a line after `key: ` or `- `. */
  private value(v: number, le: number, eol: number, indentNext: number, parentIndent: number): Value {
    const r = this.r;
    const c = this.text.charCodeAt(v);
    if (c === AMPERSAND) return anchoredValue(r, v, le, (at) => this.value(at, le, eol, indentNext, parentIndent));
    if (c === ASTERISK) return aliasValue(r, v, le, eol);
    if (c === 34 || c === 39) {
      const close = r.quoteEnd(v, le);
      r.lineRest(close, le);
      return { node: r.quoted(v, close, eol), end: eol, ext: true, next: eol };
    }
    if (c === 123 || c === 91) return flowValue(r, v, le, eol, c === 123);
    if (c === 124 || c === 62) return blockScalar(r, v, le, eol, indentNext, parentIndent);
    r.plainStart(v, false);
    const { end, colon } = r.plainEnd(v, le);
    if (colon >= 0) fail();
    return { node: r.plain(this.text.slice(v, end), v, end, eol), end: eol, ext: true, next: eol };
  }
}
