import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { baseUrl } from './base-url.js';
import * as profiles from './cluster-profiles.js';
import { createDispatcher } from './dispatcher.js';
import { PaletteHttp } from './http.js';
import * as packs from './packs.js';
import { findProjectUid, listProjects, type ProjectRef } from './projects.js';
import { listRegistries, type RegistryMetadata } from './registries.js';
import { userInfo, type UserInfo } from './users.js';

export { PaletteError } from './palette-error.js';
export type { PackSearchFilter, PackSearchItem, PackSummary, PackTagEntity, PackUidValues } from './packs.js';
export type { Json, ProfileSummary, Variable } from './cluster-profiles.js';
export type { ProjectRef } from './projects.js';
export type { RegistryMetadata } from './registries.js';
export type { UserInfo } from './users.js';

export interface PaletteClientOptions {
  /** Bare host name (https) or URL; plain http only for loopback. */
  host: string;
  apiKey: string;
  projectUid?: string;
  /** A project NAME still to resolve (from PALETTE_PROJECT); see resolveProject in connection-from-env.ts. */
  projectName?: string;
  caFile?: string;
  proxy?: string;
  insecure?: boolean;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  /** Log sink; lines never carry the key (it is also scrubbed here, defensively). */
  log?: (line: string) => void;
  /** Extra attempts for safe requests (default 3) and the first backoff (default 500 ms, doubling). */
  retries?: number;
  retryBaseMs?: number;
  /** Longest Retry-After worth waiting for (default 30 s). */
  maxRetryAfterMs?: number;
  /** Parallel requests for paging and catalog loads (default 6). */
  concurrency?: number;
  /** Environment for HTTPS_PROXY / NO_PROXY (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** The Palette REST client: one keep-alive dispatcher, one method per endpoint the product uses. */
export class PaletteClient {
  readonly host: string;
  readonly projectUid?: string;
  /** Stable, non-reversible id of host + project + key, to keep caches of different tenants apart. */
  readonly scopeId: string;
  readonly concurrency: number;
  private readonly http: PaletteHttp;
  private readonly dispatcher: Dispatcher;

  constructor(o: PaletteClientOptions) {
    const base = baseUrl(o.host);
    const timeoutMs = o.timeoutMs ?? 30_000;
    const sink = o.log ?? (() => undefined);
    const log = (line: string): void => sink(o.apiKey ? line.split(o.apiKey).join('***') : line);
    this.host = base.host;
    this.projectUid = o.projectUid;
    this.concurrency = o.concurrency ?? 6;
    this.scopeId = scopeIdOf(o);
    this.dispatcher = createDispatcher({ target: base, caFile: o.caFile, proxy: o.proxy, insecure: o.insecure, timeoutMs, env: o.env });
    this.http = new PaletteHttp({
      base,
      apiKey: o.apiKey,
      projectUid: o.projectUid,
      dispatcher: this.dispatcher,
      timeoutMs,
      retries: o.retries ?? 3,
      retryBaseMs: o.retryBaseMs ?? 500,
      maxRetryAfterMs: o.maxRetryAfterMs ?? 30_000,
      log,
    });
  }

  userInfo(signal?: AbortSignal): Promise<UserInfo> {
    return userInfo(this.http, signal);
  }
  listProjects(signal?: AbortSignal): Promise<ProjectRef[]> {
    return listProjects(this.http, signal);
  }
  findProjectUid(name: string, signal?: AbortSignal): Promise<string> {
    return findProjectUid(this.http, name, signal);
  }
  listRegistries(signal?: AbortSignal): Promise<RegistryMetadata[]> {
    return listRegistries(this.http, signal);
  }
  searchPacks(filter?: packs.PackSearchFilter, signal?: AbortSignal): Promise<packs.PackSearchItem[]> {
    return packs.searchPacks(this.http, filter, { signal, concurrency: this.concurrency });
  }
  listPacks(filters?: string, signal?: AbortSignal): Promise<packs.PackSummary[]> {
    return packs.listPacks(this.http, filters, { signal, concurrency: this.concurrency });
  }
  packVersions(name: string, registryUid: string, o?: { states?: string; signal?: AbortSignal }): Promise<packs.PackTagEntity> {
    return packs.packVersions(this.http, name, registryUid, o);
  }
  packByUid(uid: string, signal?: AbortSignal): Promise<packs.PackTagEntity> {
    return packs.packByUid(this.http, uid, signal);
  }
  packReadme(uid: string, signal?: AbortSignal): Promise<string> {
    return packs.packReadme(this.http, uid, signal);
  }
  createProfile(entity: profiles.Json, o?: { publish?: boolean; signal?: AbortSignal }): Promise<string> {
    return profiles.createProfile(this.http, entity, o);
  }
  getProfile(uid: string, o?: { includePackMeta?: string; signal?: AbortSignal }): Promise<profiles.Json> {
    return profiles.getProfile(this.http, uid, o);
  }
  deleteProfile(uid: string, signal?: AbortSignal): Promise<void> {
    return profiles.deleteProfile(this.http, uid, signal);
  }
  publishProfile(uid: string, signal?: AbortSignal): Promise<void> {
    return profiles.publishProfile(this.http, uid, signal);
  }
  validatePacks(draft: profiles.Json, signal?: AbortSignal): Promise<profiles.Json> {
    return profiles.validatePacks(this.http, draft, signal);
  }
  validateName(name: string, version: string, signal?: AbortSignal): Promise<{ ok: boolean; message?: string; code?: string }> {
    return profiles.validateName(this.http, name, version, signal);
  }
  exportProfile(uid: string, o?: { format?: 'json' | 'yaml'; signal?: AbortSignal }): Promise<string> {
    return profiles.exportProfile(this.http, uid, o);
  }
  validateImport(entity: profiles.Json, signal?: AbortSignal): Promise<profiles.Json> {
    return profiles.validateImport(this.http, entity, signal);
  }
  importProfile(entity: profiles.Json, o?: { publish?: boolean; signal?: AbortSignal }): Promise<string> {
    return profiles.importProfile(this.http, entity, o);
  }
  listProfiles(filter?: profiles.Json, signal?: AbortSignal): Promise<profiles.ProfileSummary[]> {
    return profiles.listProfiles(this.http, filter, { signal, concurrency: this.concurrency });
  }
  getVariables(uid: string, signal?: AbortSignal): Promise<profiles.Variable[]> {
    return profiles.getVariables(this.http, uid, signal);
  }
  putVariables(uid: string, variables: profiles.Variable[], signal?: AbortSignal): Promise<void> {
    return profiles.putVariables(this.http, uid, variables, signal);
  }
  /** Closes keep-alive sockets; pending requests fail. */
  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}

/**
 * Stable, non-reversible id of host + project + key (the project by name when known, so a cache written online
 * is found offline before the name is resolved). Keeps the caches of different tenants apart.
 */
export function scopeIdOf(o: PaletteClientOptions): string {
  const origin = baseUrl(o.host).origin;
  const project = o.projectName ?? o.projectUid ?? '';
  return createHash('sha256').update(`${origin}\n${project}\n${o.apiKey}`).digest('hex').slice(0, 16);
}

export function createPaletteClient(o: PaletteClientOptions): PaletteClient {
  return new PaletteClient(o);
}
