import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createCatalog } from '../../server/src/catalog/catalog.js';
import { createPaletteClient, type PaletteClient } from '../../server/src/palette/client.js';

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('catalog cache: stale-while-revalidate and surviving failures', () => {
  let emu: Emulator;
  let client: PaletteClient;
  let cacheDir: string;
  const refs = [{ name: 'kubernetes', tag: '1.32.x' }];

  before(async () => {
    emu = await startEmulator();
    client = createPaletteClient({ host: emu.url, apiKey: emu.tenants[0].apiKey, retries: 1, retryBaseMs: 5, timeoutMs: 2000 });
  });
  beforeEach(async () => {
    emu.reset();
    cacheDir = await mkdtemp(join(tmpdir(), 'palette-cache-'));
  });
  after(async () => {
    await client.close();
    await emu.stop();
    await rm(cacheDir, { recursive: true, force: true });
  });

  test('an unknown pack is undefined while loading and [] once the catalog is complete', async () => {
    const catalog = createCatalog({ client, cacheDir });
    assert.equal(catalog.snapshot().packByName('kubernetes'), undefined);
    const pending = catalog.ensure(refs);
    await pending;
    const snap = catalog.snapshot();
    assert.equal(snap.state, 'complete');
    assert.deepEqual(snap.packByName('kubernetez'), []);
    const [k8s] = snap.packByName('kubernetes')!;
    assert.equal(k8s.type, 'spectro');
    const resolved = k8s.versions!.filter((v) => v.tag === '1.32.x')[0].version;
    assert.ok(snap.versionDetail(k8s.registryUid, 'kubernetes', resolved), 'the tag resolves and its defaults are loaded');
  });

  test('a second catalog on the same cache answers from disk without the network', async () => {
    await createCatalog({ client, cacheDir }).ensure(refs);
    emu.reset();
    const again = createCatalog({ client, cacheDir });
    await again.ensure(refs);
    assert.equal(emu.requestLog.length, 0);
    assert.ok(again.snapshot().packByName('kubernetes')?.[0].versions?.length);
  });

  test('stale cache entries are served at once and revalidated in the background', async () => {
    await createCatalog({ client, cacheDir }).ensure(refs);
    emu.reset();
    const stale = createCatalog({ client, cacheDir, maxAgeMs: 0 });
    let changes = 0;
    stale.onDidChange(() => changes++);
    await stale.ensure(refs);
    assert.ok(stale.snapshot().packByName('kubernetes')?.length, 'served from the cache');
    await until(() => !stale.status().loading && emu.requestLog.some((r) => r.path === '/v1/registries/metadata'), 'revalidation');
    assert.ok(changes > 0);
  });

  test('a failed refresh keeps the last good catalog and says so', async () => {
    const catalog = createCatalog({ client, cacheDir });
    await catalog.ensure(refs);
    const before = catalog.snapshot().packByName('kubernetes');
    emu.addFault({ kind: 'status', status: 500 });
    await catalog.refresh();
    const status = catalog.status();
    assert.match(status.lastError ?? '', /^network failure: kept cached catalog from \d{4}-/);
    assert.deepEqual(catalog.snapshot().packByName('kubernetes'), before);
    assert.ok(!status.lastError?.includes(emu.tenants[0].apiKey));
  });

  test('connection resets and truncated bodies during a load leave a usable catalog once they pass', async () => {
    emu.addFault({ path: '/v1/registries/metadata', kind: 'reset', times: 1 });
    emu.addFault({ path: '/v1/packs/search', kind: 'truncate', times: 1 });
    const catalog = createCatalog({ client, cacheDir });
    await catalog.ensure(refs);
    assert.equal(catalog.snapshot().state, 'complete');
    assert.equal(catalog.status().lastError, undefined);
  });

  test('corrupt, truncated and old-format cache files are ignored and rebuilt, never a crash', async () => {
    await createCatalog({ client, cacheDir }).ensure(refs);
    const [scope] = await readdir(cacheDir);
    const files = await readdir(join(cacheDir, scope));
    await Promise.all(files.map((f, i) => writeFile(join(cacheDir, scope, f), ['{"format":2,"endpo', 'not json', '{"format":1,"endpoint":"registries","savedAt":1,"data":[]}'][i % 3])));
    emu.reset();
    const rebuilt = createCatalog({ client, cacheDir });
    await rebuilt.ensure(refs);
    assert.equal(rebuilt.snapshot().state, 'complete');
    assert.ok(rebuilt.snapshot().packByName('kubernetes')?.[0].versions?.length);
    assert.ok(emu.requestLog.length > 0, 'rebuilt from the network');
  });

  test('clear() forgets memory and disk, and the next ensure loads afresh', async () => {
    const catalog = createCatalog({ client, cacheDir });
    await catalog.ensure(refs);
    await catalog.clear();
    assert.equal(catalog.snapshot().packByName('kubernetes'), undefined);
    emu.reset();
    await catalog.ensure(refs);
    assert.ok(emu.requestLog.length > 0);
  });
});
