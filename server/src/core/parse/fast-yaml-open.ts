/**
 * The fast YAML parser's open block collections (fast-yaml.ts) and who owns the lines after an item's value,
 * as the `yaml` CST parser decides it: a value owns the more-indented comment lines right after it, an empty
 * value owns its comments, and other blank and comment lines trail until the collection closes.
 *
 * Declines: an empty sequence item (`-` with no value).
 */
import type { Range, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { newPair } from './fast-yaml-nodes.js';
import { fail, type ScalarReader, type Value } from './fast-yaml-scalars.js';

// Local, not imported: see fast-yaml-collections.ts. SEQ is its `Open.kind` of a block sequence.
const SEQ = 1;
const HASH = 35;

/** Tokens after a collection's last value that no node owns yet (the parser's start-only item). */
export interface Trail {
  comment: boolean;
  maxIndent: number;
}

/** An open block collection and the state of its last item. */
export class Open {
  /** pending: `key:` or `-` awaiting its value; nested: its value is the collection above; done. */
  state: 'pending' | 'nested' | 'done';
  key: Scalar | null;
  /** Just after the `:` or `-` of a pending item. */
  from: number;
  /** The range of a done value whose end tokens a more-indented comment line joins. */
  ext: Range | null;
  lastEnd: number;
  trail: Trail | null;
  /** `&name` of a pending item (`key: &name` at the end of its line): the nested collection's anchor. */
  anchor: string | null;

  constructor(
    /** MAP or SEQ, as fast-yaml-collections.ts numbers them. */
    readonly kind: number,
    readonly indent: number,
    readonly node: YAMLMap | YAMLSeq,
    readonly start: number,
  ) {
    this.state = 'pending';
    this.key = null;
    this.from = start;
    this.ext = null;
    this.lastEnd = start;
    this.trail = null;
    this.anchor = null;
  }

  /** A blank line after this innermost collection. */
  blankLine(): void {
    if (this.state === 'done' && !this.trail) this.trail = { comment: false, maxIndent: -1 };
  }

  /** A comment line at column `c`: joins the last value's end if more indented than this collection. */
  commentLine(c: number, eol: number, base: number): void {
    if (this.state !== 'done') return;
    const t = this.trail;
    if ((!t || !t.comment) && c > this.indent && this.ext) {
      this.ext[2] = base + eol;
      this.lastEnd = eol;
      this.trail = null;
    } else if (!t) this.trail = { comment: true, maxIndent: c };
    else {
      t.comment = true;
      t.maxIndent = Math.max(t.maxIndent, c);
    }
  }

  /** The last item got its `value`: returns where the next line starts. */
  itemDone(value: Value): number {
    this.state = 'done';
    this.ext = value.ext ? (value.node.range as Range) : null;
    this.lastEnd = value.end;
    this.trail = null;
    return value.next;
  }

  /**
   * `key:` with no value: an empty null scalar just after the `:` and its spaces, which owns the comments among
   * the tokens up to `to`, and then ends there. At the next key of its map (`split`) the parser hands what
   * follows the second line break after the last more-indented comment to that key instead.
   */
  resolveEmpty(r: ScalarReader, to: number, split: boolean): number {
    // An anchored empty value's position depends on the anchor token: yaml's to place.
    if (this.kind === SEQ || this.anchor !== null) fail();
    const t = r.text;
    const p = r.skipSpaces(this.from, to);
    let end = to;
    let firstComment = -1;
    let breaks: number[] = [];
    for (let pos = this.from, ls = -1; pos < to; ) {
      const s = r.skipSpaces(pos, to);
      let e = s;
      if (s < to && t.charCodeAt(s) === HASH) {
        if (firstComment < 0) firstComment = s;
        if (ls >= 0 && s - ls > this.indent) breaks = [];
        e = t.indexOf('\n', s);
        if (e < 0 || e > to) e = to;
      }
      if (e >= to) break;
      breaks.push(e);
      pos = ls = e + 1;
    }
    if (split && breaks.length >= 2) end = breaks[1];
    const hasComment = firstComment >= 0 && firstComment < end;
    const node = r.plain('', p, p, hasComment ? end : p);
    this.node.items.push(newPair(this.key, node) as never);
    this.state = 'done';
    this.lastEnd = hasComment ? end : p;
    return this.lastEnd;
  }
}
