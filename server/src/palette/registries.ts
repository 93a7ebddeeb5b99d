import type { PaletteHttp } from './http.js';

/** v1RegistryMetadata; `kind` is pack | oci | helm. */
export interface RegistryMetadata {
  uid: string;
  name: string;
  kind: string;
  scope?: string;
  isPrivate?: boolean;
  isDefault?: boolean;
}

interface RegistriesMetadata {
  items?: { uid?: string; name?: string; kind?: string; scope?: string; isPrivate?: boolean; isDefault?: boolean }[] | null;
}

/** Every registry the key can see. Items are flat (no `metadata` wrapper) and the list is not paged (FACTS §2.2). */
export async function listRegistries(http: PaletteHttp, signal?: AbortSignal): Promise<RegistryMetadata[]> {
  const res = await http.request<RegistriesMetadata>({ method: 'GET', path: '/v1/registries/metadata', query: { scope: 'all' }, signal });
  return (res?.items ?? []).flatMap((r) =>
    r.uid && r.name ? [{ uid: r.uid, name: r.name, kind: r.kind ?? 'pack', scope: r.scope, isPrivate: r.isPrivate, isDefault: r.isDefault }] : [],
  );
}
