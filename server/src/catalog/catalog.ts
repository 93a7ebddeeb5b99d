import { basename, join } from 'node:path';
import type { CatalogSnapshot, PackInRegistry, PackVersionDetail, PackVersionInfo, RegistryInfo } from '../core/catalog.js';
import { compareVersions } from '../core/versions.js';
import type { PaletteClient } from '../palette/client.js';
import { mapWithLimit } from '../palette/bounded-map.js';
import { CachedLoads } from './cached-loads.js';
import { CatalogData, buildSnapshot } from './catalog-data.js';
import { DiskCache, scopeDir } from './disk-cache.js';
import { CatalogLoader, type PackRef } from './catalog-loader.js';
import { readSnapshotFile, writeSnapshotFile } from './snapshot-file.js';
import type { Catalog, CatalogOptions, CatalogStatus, PackFilter } from './catalog-types.js';

export type { PackRef } from './catalog-loader.js';
export type { Catalog, CatalogOptions, CatalogStatus, PackFilter } from './catalog-types.js';

function ageText(ms: number | undefined): string {
  if (ms === undefined) return '';
  const min = Math.round(ms / 60_000);
  return min < 1 ? ' (cached just now)' : min < 120 ? ` (cached ${min} min ago)` : ` (cached ${Math.round(min / 60)} h ago)`;
}

class PaletteCatalog implements Catalog {
  private readonly data = new CatalogData();
  private readonly listeners = new Set<() => void>();
  private readonly loads: CachedLoads;
  private readonly loader: CatalogLoader;
  private readonly ready: Promise<void>;
  private readonly offline: boolean;
  private current?: CatalogSnapshot;
  private label: string;
  private snapshotError?: string;

  constructor(private readonly o: CatalogOptions) {
    const log = o.log ?? (() => undefined);
    // A snapshot file replaces the network; offline mode never touches the client.
    this.offline = !!o.offline || !!o.snapshotFile || !o.client;
    const client = this.offline || !o.client ? undefined : this.clientGetter(o.client);
    const host = o.host ?? (typeof o.client === 'object' ? o.client.host : undefined);
    this.label = o.snapshotFile ? `snapshot ${basename(o.snapshotFile)}` : (host ?? 'cache');
    if (this.offline && !o.snapshotFile) this.label += ' (offline)';
    const cache = { current: undefined as DiskCache | undefined };
    this.loads = new CachedLoads({
      get cache() {
        return cache.current;
      },
      offline: this.offline,
      maxAgeMs: o.maxAgeMs ?? 15 * 60_000,
      retryAfterFailureMs: 30_000,
      onChange: () => this.changed(),
      log,
    });
    this.loader = new CatalogLoader(this.data, this.loads, client);
    this.ready = this.init(cache).catch((e: Error) => {
      this.snapshotError = e.message;
      log(`catalog: ${e.message}`);
    });
  }

  private async init(cache: { current: DiskCache | undefined }): Promise<void> {
    if (this.o.snapshotFile) {
      const read = await readSnapshotFile(this.o.snapshotFile);
      this.data.replaceWith(read.data);
      this.changed();
      return;
    }
    if (!this.o.cacheDir) return;
    const dir = await scopeDir(this.o.cacheDir, this.scopeId());
    if (dir) cache.current = new DiskCache(dir, this.o.log);
  }

  private scopeId(): string | undefined {
    return this.o.scopeId ?? (typeof this.o.client === 'object' ? this.o.client.scopeId : undefined);
  }

  private made?: Promise<PaletteClient>;

  /** The client, made once on first use when given as a factory. */
  private clientGetter(c: PaletteClient | (() => Promise<PaletteClient>)): () => Promise<PaletteClient> {
    return () => (this.made ??= typeof c === 'function' ? c() : Promise.resolve(c));
  }

  private changed(): void {
    this.current = undefined;
    for (const l of [...this.listeners]) {
      try {
        l();
      } catch {
        // A listener's failure must not stop loading or the other listeners.
      }
    }
  }

  snapshot(): CatalogSnapshot {
    if (!this.current) {
      const none = !this.o.client && !this.o.snapshotFile && !this.o.cacheDir;
      // Offline, nothing more can arrive: what the cache lacks is missing, not loading.
      const pending = this.loads.loading || (!this.offline && !this.data.indexComplete());
      const state = none ? 'none' : pending ? 'partial' : 'complete';
      const age = this.o.snapshotFile ? undefined : this.loads.ageMs();
      this.current = buildSnapshot(this.data, state, `${this.label}${ageText(age)}`);
    }
    return this.current;
  }

  async ensure(refs: PackRef[]): Promise<void> {
    await this.ready;
    if (this.o.snapshotFile) return;
    await this.loader.ensure(refs);
  }

  async refresh(): Promise<void> {
    await this.ready;
    await this.loads.refreshAll((tasks) => mapWithLimit(tasks, 6, (t) => t()).then(() => undefined));
    await this.loader.ensure([]);
  }

  async clear(): Promise<void> {
    await this.ready;
    const scope = this.scopeId();
    if (this.o.cacheDir && scope) await new DiskCache(join(this.o.cacheDir, scope)).clear();
    if (this.o.snapshotFile) return;
    this.data.clear();
    this.loads.forget();
    this.changed();
  }

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
    if (this.o.ownsClient) void this.made?.then((c) => c.close(), () => undefined);
  }

  status(): CatalogStatus {
    return {
      source: this.label,
      ageMs: this.o.snapshotFile ? undefined : this.loads.ageMs(),
      offline: this.offline,
      loading: this.loads.loading,
      lastError: this.snapshotError ?? this.loads.lastError,
    };
  }

  async exportSnapshot(file: string): Promise<void> {
    await this.ready;
    await writeSnapshotFile(file, this.data, this.label);
  }

  async listRegistries(): Promise<RegistryInfo[]> {
    await this.ensure([]);
    return this.data.registries ?? [];
  }

  async listPacks(registryUid: string, filter: PackFilter = {}): Promise<PackInRegistry[]> {
    await this.ready;
    if (!this.o.snapshotFile) await this.loader.loadIndex(registryUid);
    const name = filter.name?.toLowerCase();
    return (this.data.index.get(registryUid) ?? []).filter((p) =>
      (!filter.layer || p.layer === filter.layer) &&
      (!filter.cloudType || !p.cloudTypes?.length || p.cloudTypes.includes('all') || p.cloudTypes.includes(filter.cloudType)) &&
      (!name || p.name.toLowerCase().includes(name) || !!p.displayName?.toLowerCase().includes(name)));
  }

  async listVersions(registryUid: string, name: string): Promise<PackVersionInfo[]> {
    await this.ready;
    if (!this.o.snapshotFile) await this.loader.loadVersions(name, registryUid);
    return [...(this.snapshot().packByName(name)?.find((p) => p.registryUid === registryUid)?.versions ?? [])]
      .sort((a, b) => compareVersions(b.version, a.version));
  }

  async versionDetail(registryUid: string, name: string, version: string): Promise<PackVersionDetail | undefined> {
    await this.ready;
    if (!this.o.snapshotFile) await this.loader.ensure([{ name, registryUid, version }]);
    return this.snapshot().versionDetail(registryUid, name, version);
  }
}

/** The catalog: from Palette (with an optional disk cache), from a snapshot file, or offline from the cache. */
export function createCatalog(o: CatalogOptions): Catalog {
  return new PaletteCatalog(o);
}
