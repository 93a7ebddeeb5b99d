import { homedir } from 'node:os';
import { join } from 'node:path';
import { createPaletteClient, scopeIdOf, type PaletteClientOptions } from '../palette/client.js';
import { connectionFromEnv, resolveConnection } from '../palette/connection-from-env.js';
import { createCatalog, type Catalog } from './catalog.js';

export interface OpenCatalogOptions {
  env: NodeJS.ProcessEnv;
  /** Validate against this snapshot file; no network. */
  snapshotFile?: string;
  /** Zero network: the disk cache only. */
  offline?: boolean;
  cacheDir?: string;
  log?: (line: string) => void;
  timeoutMs?: number;
}

/** `PALETTE_CACHE_DIR`, else the XDG cache folder, else ~/.cache — per user, never in the workspace. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.PALETTE_CACHE_DIR) return env.PALETTE_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (env.LOCALAPPDATA ?? join(homedir(), '.cache'));
  return join(base, 'palette-profiles', 'catalog');
}

/**
 * The catalog for the CLI and the language server, from the environment (connection-from-env.ts): a snapshot
 * file, the offline cache, or Palette with the cache in front. Undefined when there is nothing to read from
 * (no snapshot, not offline, no credentials) — catalog rules then stay quiet.
 */
export function openCatalog(o: OpenCatalogOptions): Catalog | undefined {
  const log = o.log;
  if (o.snapshotFile) return createCatalog({ snapshotFile: o.snapshotFile, log });
  const cacheDir = o.cacheDir ?? defaultCacheDir(o.env);
  const conn = connectionFromEnv(o.env);
  const scopeId = conn ? safeScopeId(conn) : undefined;
  if (o.offline) return createCatalog({ offline: true, cacheDir, scopeId, log });
  if (!conn) return undefined;
  const options = { ...conn, log, timeoutMs: o.timeoutMs, env: o.env };
  // Made on first need: resolving a project name is a request, and a bad host must become status, not a throw.
  const client = async () => createPaletteClient(await resolveConnection(options, createPaletteClient));
  return createCatalog({ client, scopeId, host: conn.host, cacheDir, log, ownsClient: true });
}

function safeScopeId(conn: PaletteClientOptions): string | undefined {
  try {
    return scopeIdOf(conn);
  } catch {
    return undefined;
  }
}
