/** Test connection (TLS, auth and project reported separately) and the tenant's projects for choosing one. */
import { baseUrl } from '../palette/base-url.js';
import { PaletteError } from '../palette/client.js';
import type { PaletteClient } from '../palette/client.js';
import { listProjectsRequest, testConnectionRequest } from '../protocol.js';
import type { ConnectionCheck, ProjectItem, TestConnectionResult } from '../protocol.js';
import type { Handle } from './palette-requests.js';
import { UserFacingError } from './palette-requests-session.js';
import type { PaletteSession } from './palette-requests-session.js';

const notChecked: ConnectionCheck = { ok: false, detail: 'not checked (the step before failed)' };

export function registerConnectionRequests(handle: Handle, session: PaletteSession): void {
  handle.on0(listProjectsRequest, async () => {
    if (await session.offline()) throw new UserFacingError('Palette is offline: run "Palette: Go Online" first.');
    return withProbe(session, (client) => client.listProjects());
  });

  handle.on0(testConnectionRequest, () => withProbe(session, (client) => testConnection(session, client)));
}

async function withProbe<T>(session: PaletteSession, use: (client: PaletteClient) => Promise<T>): Promise<T> {
  const client = session.probeClient();
  try {
    return await use(client);
  } finally {
    await client.close().catch(() => undefined);
  }
}

async function testConnection(session: PaletteSession, client: PaletteClient): Promise<TestConnectionResult> {
  const secure = baseUrl(session.options?.host ?? client.host).protocol === 'https:';
  // An explicit `insecure: true` must not read as verified: Test connection is where users look.
  const tlsText = session.options?.insecure ? `TLS to ${client.host} NOT verified (insecure: true)` : `TLS to ${client.host} verified`;
  const reached = secure ? tlsText : `plain http to loopback ${client.host} (no TLS)`;
  try {
    const user = await client.userInfo();
    const who = user.orgName ? ` (tenant ${user.orgName})` : user.tenantUid ? ` (tenant ${user.tenantUid})` : '';
    return { tenant: user.orgName ?? user.tenantUid, tls: { ok: true, detail: reached }, auth: { ok: true, detail: `API key accepted${who}` }, project: await checkProject(session, client) };
  } catch (err) {
    if (!(err instanceof PaletteError)) throw err;
    if (err.status === undefined) return { tls: { ok: false, detail: err.message }, auth: notChecked, project: notChecked };
    // Any HTTP answer proves the TLS handshake; 401/403 (or another status) is the key's problem.
    return { tls: { ok: true, detail: reached }, auth: { ok: false, detail: err.message }, project: notChecked };
  }
}

async function checkProject(session: PaletteSession, client: PaletteClient): Promise<ConnectionCheck> {
  const wanted = session.options;
  if (!wanted?.projectUid && !wanted?.projectName) return { ok: true, detail: 'no project: tenant scope' };
  try {
    const projects: ProjectItem[] = await client.listProjects();
    const hit = projects.find((p) => p.uid === wanted.projectUid) ?? projects.find((p) => p.name === wanted.projectName);
    if (hit) return { ok: true, detail: `project ${hit.name} (${hit.uid})` };
    const known = projects.map((p) => p.name).join(', ') || 'none';
    return { ok: false, detail: `project ${session.info?.projectName ?? wanted.projectUid} not found (projects: ${known})` };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  }
}
