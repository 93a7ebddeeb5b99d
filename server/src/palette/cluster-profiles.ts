import type { PaletteHttp } from './http.js';
import { fetchAllPages, type Page } from './paging.js';
import { PaletteError } from './palette-error.js';

/** A JSON object of Palette's profile schemas; the shapes are Palette's own (FACTS §2.4–2.7), passed through. */
export type Json = Record<string, unknown>;

export interface ProfileSummary {
  metadata?: { name?: string; uid?: string };
  specSummary?: { version?: string; versions?: { uid: string; version: string }[]; [k: string]: unknown };
  [k: string]: unknown;
}
export interface Variable {
  name: string;
  [k: string]: unknown;
}
export interface ExportFormat {
  format?: 'json' | 'yaml';
}
const base = '/v1/clusterprofiles';
const enc = encodeURIComponent;

/** Create (and, with publish, publish atomically). Never retried: a lost answer may mean it exists already. */
export async function createProfile(http: PaletteHttp, entity: Json, o: { publish?: boolean; signal?: AbortSignal } = {}): Promise<string> {
  const res = await http.request<{ uid: string }>({ method: 'POST', path: base, query: { publish: o.publish }, body: entity, signal: o.signal, idempotent: false });
  return res.uid;
}

export function getProfile(http: PaletteHttp, uid: string, o: { includePackMeta?: string; signal?: AbortSignal } = {}): Promise<Json> {
  return http.request<Json>({ method: 'GET', path: `${base}/${enc(uid)}`, query: { includePackMeta: o.includePackMeta }, signal: o.signal });
}

export async function deleteProfile(http: PaletteHttp, uid: string, signal?: AbortSignal): Promise<void> {
  await http.request({ method: 'DELETE', path: `${base}/${enc(uid)}`, signal });
}

/** Draft → published. Not retried: after a success whose answer was lost the draft is gone. */
export async function publishProfile(http: PaletteHttp, uid: string, signal?: AbortSignal): Promise<void> {
  await http.request({ method: 'PATCH', path: `${base}/${enc(uid)}/publish`, signal, idempotent: false });
}

/** Server-side pack checks; read-only, so retried like a GET. Body: v1ClusterProfileTemplateDraft. */
export function validatePacks(http: PaletteHttp, draft: Json, signal?: AbortSignal): Promise<Json> {
  return http.request<Json>({ method: 'POST', path: `${base}/validate/packs`, body: draft, signal, idempotent: true });
}

/** Is name + version free? Palette answers 204 when usable and a 4xx (with its reason) when not. */
export async function validateName(
  http: PaletteHttp,
  name: string,
  version: string,
  signal?: AbortSignal,
): Promise<{ ok: boolean; message?: string; code?: string }> {
  try {
    await http.request({ method: 'GET', path: `${base}/validate/name`, query: { name, version }, signal });
    return { ok: true };
  } catch (e) {
    if (e instanceof PaletteError && e.status !== undefined && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 403) {
      return { ok: false, message: e.message, code: e.code };
    }
    throw e;
  }
}

/** The export document, as text (Palette answers application/octet-stream). */
export function exportProfile(http: PaletteHttp, uid: string, o: ExportFormat & { signal?: AbortSignal } = {}): Promise<string> {
  return http.request<string>({ method: 'GET', path: `${base}/${enc(uid)}/export`, query: { format: o.format ?? 'json' }, signal: o.signal, accept: 'text' });
}

export function validateImport(http: PaletteHttp, entity: Json, signal?: AbortSignal): Promise<Json> {
  return http.request<Json>({ method: 'POST', path: `${base}/import/validate`, body: entity, signal, idempotent: true });
}

/** Import (the cross-tenant path). Never retried, like create. */
export async function importProfile(http: PaletteHttp, entity: Json, o: { publish?: boolean; signal?: AbortSignal } = {}): Promise<string> {
  const res = await http.request<{ uid: string }>({
    method: 'POST',
    path: `${base}/import`,
    query: { publish: o.publish },
    body: entity,
    signal: o.signal,
    idempotent: false,
  });
  return res.uid;
}

/** Every profile visible in the scope (dashboard list, all pages). Body: v1ClusterProfilesFilterSpec. */
export function listProfiles(http: PaletteHttp, filter: Json = {}, o: { signal?: AbortSignal; concurrency?: number } = {}): Promise<ProfileSummary[]> {
  return fetchAllPages<ProfileSummary>(
    (q) => http.request<Page<ProfileSummary>>({ method: 'POST', path: '/v1/dashboard/clusterprofiles', query: { ...q }, body: filter, signal: o.signal, idempotent: true }),
    { keyOf: (p) => p.metadata?.uid ?? JSON.stringify(p.metadata), concurrency: o.concurrency },
  );
}

export async function getVariables(http: PaletteHttp, uid: string, signal?: AbortSignal): Promise<Variable[]> {
  const res = await http.request<{ variables?: Variable[] | null }>({ method: 'GET', path: `${base}/${enc(uid)}/variables`, signal });
  return res?.variables ?? [];
}

/** Replaces all variables of the profile (PUT semantics, so a retry is harmless). */
export async function putVariables(http: PaletteHttp, uid: string, variables: Variable[], signal?: AbortSignal): Promise<void> {
  await http.request({ method: 'PUT', path: `${base}/${enc(uid)}/variables`, body: { variables }, signal });
}
