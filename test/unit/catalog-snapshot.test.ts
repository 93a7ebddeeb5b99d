import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createCatalog } from '../../server/src/catalog/catalog.js';
import { openCatalog } from '../../server/src/catalog/open-catalog.js';
import { runCatalogPull } from '../../server/src/cli/catalog-pull.js';
import { createPaletteClient } from '../../server/src/palette/client.js';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

describe('catalog pull, snapshots and offline mode', () => {
  let emu: Emulator;
  let dir: string;
  const key = () => emu.tenants[0].apiKey;
  const io = (env: NodeJS.ProcessEnv, sink: string[]) => ({ out: (t: string) => sink.push(t), err: (t: string) => sink.push(t), cwd: dir, env });

  before(async () => {
    emu = await startEmulator();
  });
  beforeEach(async () => {
    emu.reset();
    dir = await mkdtemp(join(tmpdir(), 'palette-snapshot-'));
  });
  after(async () => {
    await emu.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('catalog pull writes a snapshot that validation can use with no connection at all', async () => {
    const output: string[] = [];
    const env = { PALETTE_HOST: emu.url, PALETTE_API_KEY: key(), PALETTE_PROJECT: 'Default', PALETTE_CACHE_DIR: join(dir, 'cache') };
    assert.equal(await runCatalogPull(['--out', 'snap.json'], io(env, output)), 0, output.join(''));
    emu.reset();
    const catalog = createCatalog({ snapshotFile: join(dir, 'snap.json') });
    await catalog.ensure([{ name: 'kubernetes', tag: '1.32.x' }]);
    const snap = catalog.snapshot();
    assert.equal(snap.state, 'complete');
    const [k8s] = snap.packByName('kubernetes') ?? [];
    assert.ok((k8s.versions ?? []).length > 50, 'all versions of a pack with > 50');
    assert.ok(k8s.versions?.some((v) => v.disabled), 'disabled versions are in the snapshot and marked');
    const latest = k8s.latestVersion!;
    assert.ok(snap.versionDetail(k8s.registryUid, 'kubernetes', latest)?.values.includes('pack:'));
    assert.deepEqual(snap.packByName('no-such-pack'), []);
    assert.equal(emu.requestLog.length, 0, 'reading a snapshot makes no request');
    assert.ok(!(await readFile(join(dir, 'snap.json'), 'utf8')).includes(key()), 'the key is not in the snapshot');
    assert.ok(output.every((l) => !l.includes(key())));
  });

  test('the full catalog pull at 200 ms latency takes under a third of the serial request time', async () => {
    emu.setLatency(200);
    const output: string[] = [];
    const env = { PALETTE_HOST: emu.url, PALETTE_API_KEY: key() };
    assert.equal(await runCatalogPull(['--out', 'slow.json'], io(env, output)), 0, output.join(''));
    const requests = emu.requestLog.filter((r) => r.status === 200 || r.status === 404);
    const first = Math.min(...requests.map((r) => r.at));
    const last = Math.max(...requests.map((r) => r.at));
    // Serial paging would need at least 200 ms per request; arrivals spread over < 1/3 of that prove the overlap.
    assert.ok(requests.length > 20, `${requests.length} requests`);
    assert.ok(last - first + 200 < (requests.length * 200) / 3, `${last - first} ms for ${requests.length} requests`);
  });

  test('offline mode opens no socket and sends no request, yet serves the cache', async () => {
    const cacheDir = join(dir, 'cache');
    const client = createPaletteClient({ host: emu.url, apiKey: key() });
    const online = createCatalog({ client, cacheDir });
    await online.ensure([{ name: 'kubernetes', version: '1.32.2' }]);
    await client.close();
    emu.reset();
    const sockets: unknown[] = [];
    const onSocket = (s: unknown) => sockets.push(s);
    subscribe('net.client.socket', onSocket);
    subscribe('undici:client:beforeConnect', onSocket);
    try {
      const env = { PALETTE_HOST: emu.url, PALETTE_API_KEY: key(), PALETTE_CACHE_DIR: cacheDir };
      const offline = openCatalog({ env, offline: true })!;
      await offline.ensure([{ name: 'kubernetes', version: '1.32.2' }, { name: 'cni-calico' }]);
      const snap = offline.snapshot();
      assert.ok((snap.packByName('kubernetes')?.[0].versions ?? []).length > 50);
      assert.ok(offline.status().offline);
      assert.equal(emu.requestLog.length, 0);
      assert.equal(sockets.length, 0);
    } finally {
      unsubscribe('net.client.socket', onSocket);
      unsubscribe('undici:client:beforeConnect', onSocket);
    }
    for (const file of await filesUnder(cacheDir)) {
      assert.ok(!(await readFile(file, 'utf8')).includes(key()), `key in ${file}`);
      assert.ok((await stat(file)).size > 0);
    }
  });
});
