import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient } from '../../server/src/palette/client.js';
import type { CatalogStatusResult, Paged, ProfileItem, ProfileVersionItem, TestConnectionResult } from '../../server/src/protocol.js';
import { startPaletteServer, type PaletteServer } from './palette-requests-harness.js';

describe('palette/* profile and connection requests against the emulator', () => {
  let emu: Emulator;
  let server: PaletteServer;
  const acme = () => emu.tenants[0];

  before(async () => {
    emu = await startEmulator();
    server = await startPaletteServer(emu, { tenant: acme(), projectName: 'edge-prod' });
    const client = createPaletteClient({ host: emu.url, apiKey: acme().apiKey, projectUid: acme().projects[1].uid });
    const create = (name: string, version: string) =>
      client.createProfile({ metadata: { name }, spec: { version, template: { type: 'add-on', cloudType: 'all', packs: [] } } }, { publish: true });
    // 52 names: the list needs a second page.
    for (let i = 0; i < 52; i++) await create(`addon-${String(i).padStart(2, '0')}`, '1.0.0');
    await create('addon-00', '1.10.0');
    await create('addon-00', '1.9.0');
    await client.close();
  });
  after(async () => {
    await server.client.shutdown();
    await emu.stop();
  });

  test('profiles come by name, 50 per page, with their versions newest first', async () => {
    const first = await server.request<Paged<ProfileItem>>('palette/listProfiles', {});
    assert.equal(first.items.length, 50);
    assert.ok(first.nextPageToken);
    const second = await server.request<Paged<ProfileItem>>('palette/listProfiles', { pageToken: first.nextPageToken });
    assert.deepEqual(second.items.map((p) => p.name), ['addon-50', 'addon-51']);
    assert.equal(second.nextPageToken, undefined);
    const versions = await server.request<ProfileVersionItem[]>('palette/profileVersions', { name: 'addon-00' });
    assert.deepEqual(versions.map((v) => v.version), ['1.10.0', '1.9.0', '1.0.0']);
  });

  test('a version exports as YAML and can be deleted', async () => {
    const [newest] = await server.request<ProfileVersionItem[]>('palette/profileVersions', { name: 'addon-00' });
    const yaml = await server.request<string>('palette/exportProfile', { uid: newest.uid });
    assert.match(yaml, /name: addon-00/);
    assert.match(yaml, /version: 1\.10\.0/);
    await server.request('palette/deleteProfile', { uid: newest.uid });
    const left = await server.request<ProfileVersionItem[]>('palette/profileVersions', { name: 'addon-00' });
    assert.deepEqual(left.map((v) => v.version), ['1.9.0', '1.0.0']);
    assert.match(await server.failure('palette/exportProfile', { uid: newest.uid }), /HTTP 404/);
  });

  test('Test connection reports TLS, auth and project separately, with the tenant', async () => {
    const ok = await server.request<TestConnectionResult>('palette/testConnection');
    assert.equal(ok.tenant, 'acme');
    assert.deepEqual([ok.tls.ok, ok.auth.ok, ok.project.ok], [true, true, true]);
    assert.match(ok.tls.detail, /plain http to loopback/);
    assert.match(ok.project.detail, /edge-prod/);
  });

  test('a wrong key fails auth only; an unknown project fails the project only', async () => {
    const badKey = await startPaletteServer(emu, { tenant: acme(), apiKey: 'emu-wrong-key-0000000000000000000000000' });
    try {
      const r = await badKey.request<TestConnectionResult>('palette/testConnection');
      assert.deepEqual([r.tls.ok, r.auth.ok, r.project.ok], [true, false, false]);
      assert.match(r.auth.detail, /HTTP 401/);
      assert.ok(!JSON.stringify(r).includes('emu-wrong-key'));
    } finally {
      await badKey.client.shutdown();
    }
    const badProject = await startPaletteServer(emu, { tenant: acme(), projectName: 'no-such-project' });
    try {
      const r = await badProject.request<TestConnectionResult>('palette/testConnection');
      assert.deepEqual([r.tls.ok, r.auth.ok, r.project.ok], [true, true, false]);
      assert.match(r.project.detail, /not found \(projects: Default, edge-prod\)/);
    } finally {
      await badProject.client.shutdown();
    }
  });

  test('offline, profile requests make no network call and say how to go online', async () => {
    server.client.settings = { ...server.client.settings, offline: true };
    const status = await server.request<CatalogStatusResult>('palette/setOffline', { offline: true });
    assert.equal(status.offline, true);
    const before = emu.requestLog.length;
    assert.match(await server.failure('palette/listProfiles', {}), /offline/);
    assert.equal(emu.requestLog.length, before);
    server.client.settings = { ...server.client.settings, offline: false };
    assert.equal((await server.request<CatalogStatusResult>('palette/setOffline', { offline: false })).offline, false);
    assert.match(await server.failure('palette/setOffline', { offline: true }), /overrid/);
  });
});
