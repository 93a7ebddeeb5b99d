import type { PaletteHttp } from './http.js';
import { fetchAllPages, type Page } from './paging.js';

/** One pack name as /v1/packs/search lists it, with its versions aggregated per registry. */
export interface PackSearchItem {
  metadata?: { uid?: string; name?: string };
  spec: {
    name: string;
    displayName?: string;
    layer?: string;
    type?: string;
    addonType?: string;
    addonSubType?: string;
    cloudTypes?: string[];
    group?: string;
    registries?: { uid: string; name?: string; scope?: string; latestVersion?: string; latestPackUid?: string }[];
  };
}

/** v1PackSearchFilterSpec, the fields this client uses. */
export interface PackSearchFilter {
  name?: { eq?: string; contains?: string; beginsWith?: string; ignoreCase?: boolean };
  displayName?: { contains?: string; ignoreCase?: boolean };
  type?: string[];
  layer?: string[];
  environment?: string[];
  registryUid?: string[];
  state?: string[];
}

/** v1PackTagEntity: all versions of one pack in one registry, or one pack by uid. */
export interface PackTagEntity {
  name: string;
  displayName?: string;
  layer?: string;
  type?: string;
  addonType?: string;
  cloudTypes?: string[];
  registryUid?: string;
  tags?: { packUid: string; tag: string; version: string; group?: string; parentTags?: string[]; [k: string]: unknown }[] | null;
  packValues?: PackUidValues[] | null;
}

export interface PackUidValues {
  packUid: string;
  values?: string;
  readme?: string;
  schema?: Record<string, unknown>[] | null;
  presets?: Record<string, unknown>[] | null;
  dependencies?: Record<string, unknown>[] | null;
  annotations?: Record<string, string>;
  [k: string]: unknown;
}

/** Every pack name matching the filter, all pages. Search is read-only, so it may be retried. */
export function searchPacks(
  http: PaletteHttp,
  filter: PackSearchFilter = {},
  o: { signal?: AbortSignal; concurrency?: number } = {},
): Promise<PackSearchItem[]> {
  const body = { filter, sort: [{ field: 'name', order: 'asc' }] };
  return fetchAllPages<PackSearchItem>(
    (q) => http.request<Page<PackSearchItem>>({ method: 'POST', path: '/v1/packs/search', query: { ...q }, body, signal: o.signal, idempotent: true }),
    { keyOf: (p) => p.metadata?.uid ?? p.spec.name, concurrency: o.concurrency },
  );
}

/** v1PackSummary (GET /v1/packs): one item per concrete version, default values included. */
export interface PackSummary {
  metadata?: { uid?: string; name?: string };
  spec: { name: string; version: string; registryUid?: string; type?: string; layer?: string; cloudTypes?: string[]; values?: string };
  status?: Record<string, unknown>;
}

/**
 * Every pack version matching Palette `filters` (e.g. `spec.name=kubernetes`), all pages. Heavy (values ride
 * along); the catalog prefers search + per-registry versions, this is the peers' fallback path.
 */
export function listPacks(http: PaletteHttp, filters?: string, o: { signal?: AbortSignal; concurrency?: number } = {}): Promise<PackSummary[]> {
  return fetchAllPages<PackSummary>(
    (q) => http.request<Page<PackSummary>>({ method: 'GET', path: '/v1/packs', query: { filters, ...q }, signal: o.signal }),
    { keyOf: (p) => p.metadata?.uid ?? `${p.spec.registryUid}/${p.spec.name}/${p.spec.version}`, concurrency: o.concurrency },
  );
}

/**
 * All versions of a pack in a registry (not paged). `states` adds Palette's hidden states, e.g.
 * `deprecated,disabled`; without it disabled versions are left out.
 */
export function packVersions(
  http: PaletteHttp,
  name: string,
  registryUid: string,
  o: { states?: string; signal?: AbortSignal } = {},
): Promise<PackTagEntity> {
  const path = `/v1/packs/${encodeURIComponent(name)}/registries/${encodeURIComponent(registryUid)}`;
  return http.request<PackTagEntity>({ method: 'GET', path, query: { states: o.states }, signal: o.signal });
}

/** One pack version by uid, with its values, schema, presets and dependencies in `packValues`. */
export function packByUid(http: PaletteHttp, uid: string, signal?: AbortSignal): Promise<PackTagEntity> {
  return http.request<PackTagEntity>({ method: 'GET', path: `/v1/packs/${encodeURIComponent(uid)}`, signal });
}

export async function packReadme(http: PaletteHttp, uid: string, signal?: AbortSignal): Promise<string> {
  const res = await http.request<{ readme?: string }>({ method: 'GET', path: `/v1/packs/${encodeURIComponent(uid)}/readme`, signal });
  return res?.readme ?? '';
}
