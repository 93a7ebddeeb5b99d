/**
 * A least-recently-used cache bounded by entry count AND by the total size of what it holds (callers pass the
 * source text length of each entry). Count alone was not enough: the fuzz run's megabyte values blocks filled
 * a 400-entry parse cache with ~1 GB of text and trees (peak RSS 2.7 GB).
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { key: string; value: V; size: number }>();
  private total = 0;

  constructor(private readonly maxEntries: number, private readonly maxSize: number) {}

  /** The value, made most recently used. */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Map iteration order is insertion order: re-inserting makes it the newest. Under the key it was stored
    // with: the caller's may be a slice of a whole document, which would keep that document alive.
    this.entries.delete(key);
    this.entries.set(hit.key, hit);
    return hit.value;
  }

  /** The value without changing its recency. */
  peek(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: string, value: V, size: number): void {
    this.delete(key);
    // Something larger than the whole budget would only evict everything else.
    if (size > this.maxSize) return;
    this.entries.set(key, { key, value, size });
    this.total += size;
    while (this.entries.size > this.maxEntries || this.total > this.maxSize) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const hit = this.entries.get(key);
    if (!hit) return;
    this.entries.delete(key);
    this.total -= hit.size;
  }

  get count(): number {
    return this.entries.size;
  }

  /** The summed sizes of all entries. */
  get size(): number {
    return this.total;
  }
}
