import type { PaletteClient, PaletteClientOptions } from './client.js';

interface ConnectionJson {
  host?: string;
  projectUid?: string;
  projectName?: string;
  caFile?: string;
  proxy?: string;
  insecure?: boolean;
}

function connectionJson(env: NodeJS.ProcessEnv): ConnectionJson {
  if (!env.PALETTE_CONNECTION) return {};
  try {
    const parsed = JSON.parse(env.PALETTE_CONNECTION) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as ConnectionJson) : {};
  } catch {
    return {};
  }
}

/**
 * Connection settings from the environment: `PALETTE_HOST` / `PALETTE_API_KEY` / `PALETTE_PROJECT` (a project
 * NAME, left in `projectName` for resolveProject), `PALETTE_PROJECT_UID`, `PALETTE_CA_FILE`, `PALETTE_INSECURE=1`,
 * Terraform's `SPECTROCLOUD_HOST` / `SPECTROCLOUD_APIKEY`, and the VS Code client's `PALETTE_CONNECTION` JSON
 * (protocol.ts ConnectionInfo; the key still comes from PALETTE_API_KEY). Undefined when host or key is missing.
 */
export function connectionFromEnv(env: NodeJS.ProcessEnv): PaletteClientOptions | undefined {
  const json = connectionJson(env);
  const host = json.host || env.PALETTE_HOST || env.SPECTROCLOUD_HOST;
  const apiKey = env.PALETTE_API_KEY || env.SPECTROCLOUD_APIKEY;
  if (!host || !apiKey) return undefined;
  const projectUid = json.projectUid || env.PALETTE_PROJECT_UID || undefined;
  return {
    host,
    apiKey,
    projectUid,
    projectName: projectUid ? undefined : json.projectName || env.PALETTE_PROJECT || undefined,
    caFile: json.caFile || env.PALETTE_CA_FILE || undefined,
    proxy: json.proxy || undefined,
    insecure: json.insecure ?? env.PALETTE_INSECURE === '1',
  };
}

/** Project name → uid through the projects metadata (tenant scope). Throws PaletteError when absent. */
export function resolveProject(client: PaletteClient, name: string, signal?: AbortSignal): Promise<string> {
  return client.findProjectUid(name, signal);
}

/**
 * Options with the project name resolved to a uid (one tenant-scoped request through a throwaway client); the
 * name stays so cache scopes do not change. Returns the options unchanged when no name is pending.
 */
export async function resolveConnection(o: PaletteClientOptions, create: (o: PaletteClientOptions) => PaletteClient, signal?: AbortSignal): Promise<PaletteClientOptions> {
  if (!o.projectName || o.projectUid) return o;
  const probe = create({ ...o, projectName: undefined });
  try {
    return { ...o, projectUid: await resolveProject(probe, o.projectName, signal) };
  } finally {
    await probe.close();
  }
}
