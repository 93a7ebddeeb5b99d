import type { PaletteClient } from '../palette/client.js';

/**
 * "host · tenant acme · project Default": how every write names its target in a confirmation (PRODUCT §7).
 * The tenant comes from /v1/users/info, so it is the key's real tenant, not what a setting claims.
 */
export async function targetLabel(client: PaletteClient, projectName: string | undefined, signal?: AbortSignal): Promise<string> {
  const info = await client.userInfo(signal);
  const tenant = info.orgName || info.tenantUid;
  const project = client.projectUid ? `project ${projectName ?? client.projectUid}` : 'tenant scope';
  return `${client.host} · tenant ${tenant} · ${project}`;
}
