import type { PaletteHttp } from './http.js';
import { PaletteError } from './palette-error.js';

export interface ProjectRef {
  name: string;
  uid: string;
}

interface ProjectsMetadata {
  items?: { metadata?: { name?: string; uid?: string } }[] | null;
}

/** All projects of the tenant (not paged). Tenant-scoped: sending a ProjectUid here would narrow nothing. */
export async function listProjects(http: PaletteHttp, signal?: AbortSignal): Promise<ProjectRef[]> {
  const res = await http.request<ProjectsMetadata>({ method: 'GET', path: '/v1/dashboard/projects/metadata', signal, tenantScope: true });
  return (res?.items ?? []).flatMap((i) => (i.metadata?.name && i.metadata.uid ? [{ name: i.metadata.name, uid: i.metadata.uid }] : []));
}

/** Project name → uid, exact match first, then case-insensitive; a clear error naming the choices otherwise. */
export async function findProjectUid(http: PaletteHttp, name: string, signal?: AbortSignal): Promise<string> {
  const projects = await listProjects(http, signal);
  const hit = projects.find((p) => p.name === name) ?? projects.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (hit) return hit.uid;
  const known = projects.map((p) => p.name).join(', ') || 'none';
  throw new PaletteError({
    message: `Palette project "${name}" not found (projects: ${known})`,
    path: '/v1/dashboard/projects/metadata',
    status: 404,
    code: 'ProjectNotFound',
    retryable: false,
  });
}
