import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { CatalogStatusResult, Paged, PackItem, PackVersionItem, RegistryItem } from '../../server/src/protocol.js';
import { startPaletteServer, type PaletteServer } from './palette-requests-harness.js';

describe('palette/* catalog requests against the emulator', () => {
  let emu: Emulator;
  let server: PaletteServer;
  const key = () => emu.tenants[0].apiKey;

  before(async () => {
    emu = await startEmulator();
    server = await startPaletteServer(emu, { tenant: emu.tenants[0] });
  });
  beforeEach(() => emu.clearFaults());
  after(async () => {
    await server.client.shutdown();
    await emu.stop();
  });

  test('the Packs view walks registries → packs → versions → default values and README', async () => {
    const registries = await server.request<RegistryItem[]>('palette/listRegistries');
    assert.deepEqual(registries.map((r) => r.name), ['Bitnami', 'Palette Community Registry', 'Palette Registry', 'Public Repo']);
    const publicRepo = registries.find((r) => r.name === 'Public Repo')!;
    const packs = await server.request<Paged<PackItem>>('palette/listPacks', { registryUid: publicRepo.uid });
    assert.ok(packs.items.some((p) => p.name === 'kubernetes' && p.layer === 'k8s'), JSON.stringify(packs.items.map((p) => p.name)));
    assert.equal(packs.nextPageToken, undefined);
    const versions = await server.request<PackVersionItem[]>('palette/listVersions', { registryUid: publicRepo.uid, name: 'kubernetes' });
    assert.ok(versions.length > 50);
    const concrete = versions.filter((v) => v.tag === v.version).map((v) => v.version);
    assert.equal(concrete[0], [...concrete].sort((a, b) => b.localeCompare(a, undefined, { numeric: true }))[0], 'newest first');
    const params = { registryUid: publicRepo.uid, name: 'kubernetes', version: concrete[0] };
    const values = await server.request<string>('palette/packDefaults', params);
    assert.match(values, /^\s*pack:/m);
    assert.equal(typeof (await server.request<string>('palette/packReadme', params)), 'string');
  });

  test('filtering packs by layer and by text narrows the list', async () => {
    const publicRepo = (await server.request<RegistryItem[]>('palette/listRegistries')).find((r) => r.name === 'Public Repo')!;
    const cni = await server.request<Paged<PackItem>>('palette/listPacks', { registryUid: publicRepo.uid, filter: { layer: 'cni' } });
    assert.ok(cni.items.length > 0 && cni.items.every((p) => p.layer === 'cni'));
    const edge = await server.request<Paged<PackItem>>('palette/listPacks', { registryUid: publicRepo.uid, filter: { text: 'EDGE-' } });
    assert.ok(edge.items.length > 0 && edge.items.every((p) => p.name.includes('edge-')));
  });

  test('a version the catalog does not have is one clear error', async () => {
    const publicRepo = (await server.request<RegistryItem[]>('palette/listRegistries')).find((r) => r.name === 'Public Repo')!;
    const message = await server.failure('palette/packDefaults', { registryUid: publicRepo.uid, name: 'kubernetes', version: '0.0.0-none' });
    assert.match(message, /kubernetes 0\.0\.0-none is not in the catalog/);
  });

  test('catalog status names connection, host and project; refresh and clear keep it usable', async () => {
    const status = await server.request<CatalogStatusResult>('palette/catalogStatus');
    assert.equal(status.connected, true);
    assert.equal(status.connectionName, 'acme-emu');
    assert.equal(status.projectName, 'Default');
    assert.equal(status.offline, false);
    assert.ok(!JSON.stringify(status).includes(key()));
    const refreshed = await server.request<CatalogStatusResult>('palette/refreshCatalog');
    assert.equal(refreshed.lastError, undefined);
    await server.request('palette/clearCache');
    assert.ok((await server.request<RegistryItem[]>('palette/listRegistries')).length > 0);
  });

  test('export snapshot writes a file that names the host but not the key', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'palette-snap-')), 'catalog.json');
    await server.request('palette/exportSnapshot', { file });
    assert.ok(existsSync(file));
    const text = readFileSync(file, 'utf8');
    assert.match(text, /kubernetes/);
    assert.ok(!text.includes(key()));
    assert.match(await server.failure('palette/exportSnapshot', { file: 'relative.json' }), /must be absolute/);
  });

  test('the key never leaves in a URL, a log line or an answer: only in the ApiKey header', async () => {
    emu.addFault({ path: '/v1/registries/metadata', kind: 'status', status: 401 });
    await server.request('palette/refreshCatalog').catch(() => undefined);
    for (const r of emu.requestLog) {
      assert.ok(!`${r.path}?${r.query}${r.body ?? ''}`.includes(key()), `${r.method} ${r.path}`);
      const others = Object.entries(r.headers).filter(([name]) => name !== 'apikey');
      assert.ok(others.every(([, value]) => !value.includes(key())));
    }
    assert.ok(server.logs.every((line) => !line.includes(key())));
    assert.ok(!server.client.stderr.includes(key()));
  });
});
