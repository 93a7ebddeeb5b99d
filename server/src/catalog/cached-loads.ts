import type { DiskCache } from './disk-cache.js';

interface Endpoint<T> {
  fetch: () => Promise<T>;
  apply: (data: T) => void;
}

export interface CachedLoadsOptions {
  cache?: DiskCache;
  /** No network at all: only the disk cache answers. */
  offline: boolean;
  /** Entries older than this are served, then revalidated in the background. */
  maxAgeMs: number;
  retryAfterFailureMs: number;
  onChange: () => void;
  log: (line: string) => void;
}

/**
 * Per-endpoint load policy: memory → disk cache → network, single-flight, stale-while-revalidate. A failed
 * fetch never removes data: the last good answer stays in place and `lastError` says so.
 */
export class CachedLoads {
  private readonly done = new Set<string>();
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly known = new Map<string, Endpoint<unknown>>();
  private readonly savedAt = new Map<string, number>();
  /** Endpoints that just failed are not retried on every keystroke; refreshAll() still tries them. */
  private readonly failedAt = new Map<string, number>();
  private pending = 0;
  lastError?: string;

  constructor(private readonly o: CachedLoadsOptions) {}

  get loading(): boolean {
    return this.pending > 0;
  }

  /** Age of the oldest data in use, or undefined when nothing is loaded. */
  ageMs(now = Date.now()): number | undefined {
    const times = [...this.savedAt.values()];
    return times.length ? now - Math.min(...times) : undefined;
  }

  has(endpoint: string): boolean {
    return this.done.has(endpoint);
  }

  load<T>(endpoint: string, fetch: () => Promise<T>, apply: (data: T) => void): Promise<void> {
    this.known.set(endpoint, { fetch, apply: apply as (data: unknown) => void });
    if (this.done.has(endpoint)) return Promise.resolve();
    if (Date.now() - (this.failedAt.get(endpoint) ?? -Infinity) < this.o.retryAfterFailureMs) return Promise.resolve();
    let p = this.inflight.get(endpoint);
    if (!p) {
      p = this.loadOnce(endpoint, fetch, apply).finally(() => this.inflight.delete(endpoint));
      this.inflight.set(endpoint, p);
    }
    return p;
  }

  /** Re-fetch everything loaded so far from the network, keeping the data when that fails. */
  async refreshAll(limit: (tasks: (() => Promise<void>)[]) => Promise<void>): Promise<void> {
    if (this.o.offline) return;
    this.lastError = undefined;
    await limit([...this.known].map(([endpoint, e]) => () => this.fetchAndStore(endpoint, e.fetch, e.apply)));
  }

  forget(): void {
    this.done.clear();
    this.known.clear();
    this.savedAt.clear();
    this.failedAt.clear();
    this.lastError = undefined;
  }

  private async loadOnce<T>(endpoint: string, fetch: () => Promise<T>, apply: (data: T) => void): Promise<void> {
    this.pending++;
    try {
      const hit = await this.o.cache?.read<T>(endpoint);
      if (hit) {
        apply(hit.data);
        this.savedAt.set(endpoint, hit.savedAt);
        this.done.add(endpoint);
        if (!this.o.offline && Date.now() - hit.savedAt > this.o.maxAgeMs) void this.fetchAndStore(endpoint, fetch, apply);
        return;
      }
      if (this.o.offline) {
        this.done.add(endpoint);
        return;
      }
      await this.fetchAndStore(endpoint, fetch, apply);
    } finally {
      this.pending--;
      this.o.onChange();
    }
  }

  private async fetchAndStore<T>(endpoint: string, fetch: () => Promise<T>, apply: (data: T) => void): Promise<void> {
    this.pending++;
    try {
      const data = await fetch();
      apply(data);
      const now = Date.now();
      this.savedAt.set(endpoint, now);
      this.done.add(endpoint);
      this.failedAt.delete(endpoint);
      await this.o.cache?.write(endpoint, data, now);
    } catch (e) {
      this.fail(endpoint, e);
    } finally {
      this.pending--;
      this.o.onChange();
    }
  }

  private fail(endpoint: string, e: unknown): void {
    this.failedAt.set(endpoint, Date.now());
    const reason = e instanceof Error ? e.message : String(e);
    const kept = this.savedAt.get(endpoint) ?? (this.savedAt.size ? Math.min(...this.savedAt.values()) : undefined);
    this.lastError = kept !== undefined
      ? `network failure: kept cached catalog from ${new Date(kept).toISOString()} (${reason})`
      : `network failure: ${reason}`;
    this.o.log(`catalog: ${endpoint}: ${this.lastError}`);
  }
}
