import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bump when the stored shape changes: entries of another format are ignored and rebuilt. */
export const CACHE_FORMAT = 2;

export interface CacheEntry<T> {
  savedAt: number;
  data: T;
}

interface CacheFile<T> {
  format: number;
  endpoint: string;
  savedAt: number;
  data: T;
}

/**
 * One JSON file per endpoint under `<dir>/<scope>/`, scope being the client's non-secret scopeId so tenants never
 * share entries. Unreadable, truncated or old-format files read as "no entry": a cache can cost a request,
 * never a crash. Writes go through a temp file + rename so a crash mid-write leaves the old entry.
 */
export class DiskCache {
  constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  private file(endpoint: string): string {
    return join(this.dir, `${createHash('sha256').update(endpoint).digest('hex').slice(0, 32)}.json`);
  }

  async read<T>(endpoint: string): Promise<CacheEntry<T> | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(endpoint), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = JSON.parse(text) as CacheFile<T>;
      if (parsed?.format !== CACHE_FORMAT || parsed.endpoint !== endpoint || typeof parsed.savedAt !== 'number' || parsed.data == null) {
        this.log(`catalog cache: ignoring stale-format entry for ${endpoint}`);
        return undefined;
      }
      return { savedAt: parsed.savedAt, data: parsed.data };
    } catch {
      this.log(`catalog cache: ignoring unreadable entry for ${endpoint}`);
      return undefined;
    }
  }

  async write<T>(endpoint: string, data: T, savedAt = Date.now()): Promise<void> {
    const body: CacheFile<T> = { format: CACHE_FORMAT, endpoint, savedAt, data };
    const target = this.file(endpoint);
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temp, JSON.stringify(body));
      await rename(temp, target);
    } catch (e) {
      this.log(`catalog cache: cannot write ${endpoint}: ${(e as Error).message}`);
      await rm(temp, { force: true });
    }
  }

  async clear(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * The cache folder for a scope, or — offline without connection details — the most recently written scope,
 * so "Go offline" keeps validating against the catalog last seen.
 */
export async function scopeDir(cacheDir: string, scopeId: string | undefined): Promise<string | undefined> {
  if (scopeId) return join(cacheDir, scopeId);
  let newest: { dir: string; at: number } | undefined;
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    const at = (await stat(join(cacheDir, name)).catch(() => undefined))?.mtimeMs;
    if (at !== undefined && (!newest || at > newest.at)) newest = { dir: join(cacheDir, name), at };
  }
  return newest?.dir;
}
