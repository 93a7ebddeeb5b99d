/**
 * The local Palette API emulator (PRODUCT.md §9): real HTTP on 127.0.0.1, seeded from
 * test/fixtures/catalog/seed.json plus ../shared/fixtures, several tenants, a request log and fault injection.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { buildCatalog } from './catalog.js';
import { FaultBook } from './faults.js';
import { FixtureFiles, repoRoot, sharedFixturesRoot } from './fixture-files.js';
import { PackContent } from './pack-content.js';
import { ProfileStore } from './profile-store.js';
import type { TenantState } from './route-types.js';
import { allRoutes } from './routes/index.js';
import type { Seed } from './seed-types.js';
import { createHandler } from './server.js';
import { defaultTenants } from './tenants.js';

export interface EmulatorProject { name: string; uid: string }
export interface EmulatorTenant { name: string; uid: string; apiKey: string; projects: EmulatorProject[] }
export interface LoggedRequest { method: string; path: string; query: string; projectUid?: string; tenant?: string;
  status: number; headers: Record<string, string>; body?: string; at: number }
export interface FaultRule { method?: string; path?: string | RegExp; kind: 'latency' | 'status' | 'reset' | 'truncate' | 'hang';
  ms?: number; status?: number; retryAfter?: number; times?: number /* default: forever */ }
export interface Emulator {
  /** http://127.0.0.1:<port> */
  url: string;
  /** acme and globex: different uids, same registry names with different registry and pack uids. */
  tenants: EmulatorTenant[];
  /**
   * Every request in arrival order, headers verbatim (lower-case names; the API key only under `apikey`).
   * `status` is 0 while a request is in flight and for reset/hang faults, which never answer.
   */
  requestLog: LoggedRequest[];
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Applied to every request (on top of latency faults). */
  setLatency(ms: number): void;
  /** Restore seed state (profiles), clear log, faults and latency. */
  reset(): void;
  stop(): Promise<void>;
}

export const defaultSeedDir = join(repoRoot, 'test', 'fixtures', 'catalog');

export async function startEmulator(opts?: { port?: number; latencyMs?: number; seedDir?: string }): Promise<Emulator> {
  const seed = JSON.parse(readFileSync(join(opts?.seedDir ?? defaultSeedDir, 'seed.json'), 'utf8')) as Seed;
  const files = new FixtureFiles(sharedFixturesRoot());
  const tenants = defaultTenants();
  const states: TenantState[] = tenants.map((tenant) => ({
    tenant, catalog: buildCatalog(seed, files, tenant.name), profiles: new ProfileStore(),
  }));
  const faults = new FaultBook();
  faults.latencyMs = opts?.latencyMs ?? 0;
  const requestLog: LoggedRequest[] = [];
  const server = createServer(createHandler({ routes: allRoutes, tenants: states, content: new PackContent(files), faults, log: requestLog }));
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts?.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tenants,
    requestLog,
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setLatency: (ms) => void (faults.latencyMs = ms),
    reset: () => {
      for (const s of states) s.profiles.clear();
      requestLog.length = 0;
      faults.clear();
      faults.latencyMs = opts?.latencyMs ?? 0;
    },
    stop: () => new Promise<void>((resolve) => {
      // Hanging requests and keep-alive sockets would hold close() open forever.
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
