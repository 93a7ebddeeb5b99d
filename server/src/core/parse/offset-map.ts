/**
 * Maps offsets in a decoded string (a pack's values) back to the source text it was written in.
 * Stored as runs: inside a run, inner and outer offsets advance together, so a 5,000-line block costs
 * one pair of numbers per line, not per character.
 */
export class OffsetMap {
  private readonly inner: Int32Array;
  private readonly outer: Int32Array;
  private readonly count: number;

  constructor(
    runsInner: number[],
    runsOuter: number[],
    /** Decoded length; inner offsets beyond it clamp. */
    readonly innerLength: number,
    /** Source offsets where the content starts and ends. */
    readonly outerStart: number,
    readonly outerEnd: number,
  ) {
    this.inner = Int32Array.from(runsInner);
    this.outer = Int32Array.from(runsOuter);
    this.count = runsInner.length;
  }

  /** Source offset of inner offset `i` (clamped into the content). */
  toOuter(i: number): number {
    if (this.count === 0) return this.outerEnd;
    if (i >= this.innerLength) return this.endOuter();
    const k = lastAtOrBelow(this.inner, this.count, Math.max(0, i));
    const o = this.outer[k] + (i - this.inner[k]);
    return Math.min(o, this.outerEnd);
  }

  /**
   * Inner offset of source offset `o`, or undefined outside the content. A source offset inside skipped text
   * (indentation, an escape's tail) maps to the next decoded character.
   */
  toInner(o: number): number | undefined {
    if (o < this.outerStart || o > this.outerEnd) return undefined;
    if (this.count === 0) return 0;
    const k = lastAtOrBelow(this.outer, this.count, o);
    if (k < 0) return 0;
    const runEnd = k + 1 < this.count ? this.inner[k + 1] : this.innerLength;
    const i = this.inner[k] + (o - this.outer[k]);
    return Math.min(i, runEnd);
  }

  private endOuter(): number {
    const k = this.count - 1;
    const o = this.outer[k] + (this.innerLength - this.inner[k]);
    return Math.min(o, this.outerEnd);
  }
}

function lastAtOrBelow(arr: Int32Array, count: number, v: number): number {
  let lo = 0;
  let hi = count - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= v) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Collects runs while an aligner walks decoded and source text together. */
export class RunBuilder {
  readonly inner: number[] = [];
  readonly outer: number[] = [];
  private lastInner = -2;
  private lastOuter = -2;

  /** Records that inner offset `i` comes from source offset `o`. Calls must have increasing `i`. */
  map(i: number, o: number): void {
    if (i === this.lastInner + 1 && o === this.lastOuter + 1) {
      this.lastInner = i;
      this.lastOuter = o;
      return;
    }
    this.inner.push(i);
    this.outer.push(o);
    this.lastInner = i;
    this.lastOuter = o;
  }

  build(innerLength: number, outerStart: number, outerEnd: number): OffsetMap {
    return new OffsetMap(this.inner, this.outer, innerLength, outerStart, outerEnd);
  }
}
