import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ensureBuilt, repoRoot } from '../lsp/ensure-built.js';
import { addonProfile } from './publish-helpers.js';

const cli = resolve(repoRoot, 'dist/cli.js');

describe('palette-profile publish and clone against the emulator', () => {
  let emu: Emulator;
  let dir: string;
  const acme = () => emu.tenants[0];
  const globex = () => emu.tenants[1];

  /** Async: the emulator answers from this process, so a blocking spawn would deadlock. */
  function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
    const base = { ...process.env, PALETTE_HOST: emu.url, PALETTE_API_KEY: acme().apiKey, PALETTE_PROJECT: '', PALETTE_CONNECTION: '',
      SPECTROCLOUD_APIKEY: '', PALETTE_DEST_API_KEY: '', PALETTE_CACHE_DIR: join(dir, 'cache') };
    return new Promise((done) => {
      execFile(process.execPath, [cli, ...args], { cwd: dir, env: { ...base, ...env } }, (error, out, err) => {
        done({ code: typeof error?.code === 'number' ? error.code : 0, out, err });
      });
    });
  }
  const profilesIn = async (key: string) => {
    const r = await fetch(`${emu.url}/v1/dashboard/clusterprofiles`, { method: 'POST', headers: { ApiKey: key, 'Content-Type': 'application/json' }, body: '{}' });
    return ((await r.json()) as { items: { metadata: { name: string; uid: string }; specSummary: { version: string } }[] }).items;
  };

  before(async () => {
    ensureBuilt();
    emu = await startEmulator();
    dir = mkdtempSync(join(tmpdir(), 'palette-cli-publish-'));
    writeFileSync(join(dir, 'shop.profile.yaml'), addonProfile());
    writeFileSync(join(dir, 'small.profile.yaml'), addonProfile({ name: 'small', withArgo: false }));
    writeFileSync(join(dir, 'broken.profile.yaml'), addonProfile().replace('type: add-on', 'type: addonz'));
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('publish --yes creates the profile, names the target and exits 0', async () => {
    const r = await run(['publish', 'shop.profile.yaml', '--yes']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /published shop-addons 1\.0\.0 to 127\.0\.0\.1:\d+ · tenant acme · tenant scope: uid \w+/);
    assert.deepEqual((await profilesIn(acme().apiKey)).map((p) => p.specSummary.version), ['1.0.0']);
    assert.ok(!`${r.out}${r.err}`.includes(acme().apiKey));
  });

  test('publish without --yes and --dry-run create nothing', async () => {
    const asked = await run(['publish', 'shop.profile.yaml']);
    assert.equal(asked.code, 2);
    assert.match(asked.err, /add --yes/);
    const dry = await run(['publish', 'shop.profile.yaml', '--dry-run']);
    assert.equal(dry.code, 0, dry.err);
    assert.deepEqual(await profilesIn(acme().apiKey), []);
  });

  test('publishing an existing version exits 1 with the next version; --version publishes it', async () => {
    assert.equal((await run(['publish', 'shop.profile.yaml', '--yes'])).code, 0);
    const again = await run(['publish', 'shop.profile.yaml', '--yes']);
    assert.equal(again.code, 1);
    assert.match(again.err, /next free version: 1\.0\.1/);
    assert.equal((await run(['publish', 'shop.profile.yaml', '--yes', '--version', '1.0.1'])).code, 0);
    assert.deepEqual((await profilesIn(acme().apiKey)).map((p) => p.specSummary.version).sort(), ['1.0.0', '1.0.1']);
  });

  test('a file with errors exits 1 with file:line and sends no create', async () => {
    const r = await run(['publish', 'broken.profile.yaml', '--yes']);
    assert.equal(r.code, 1);
    assert.match(r.err, /broken\.profile\.yaml:7 error/);
    assert.ok(!emu.requestLog.some((q) => q.method === 'POST' && q.path === '/v1/clusterprofiles'));
  });

  test('clone --dry-run reports the pack globex lacks and exits 1; a fixed profile clones with --yes', async () => {
    await run(['publish', 'shop.profile.yaml', '--yes']);
    const uid = (await profilesIn(acme().apiKey))[0].metadata.uid;
    const dest = { PALETTE_DEST_API_KEY: globex().apiKey };
    const dry = await run(['clone', '--from-uid', uid, '--to-project', 'platform', '--dry-run'], dest);
    assert.equal(dry.code, 1);
    assert.match(dry.out, /\| argo-cd \| 3\.26\.7 \| .*\*\*MISSING\*\*/);
    assert.match(dry.out, /Destination: .* · tenant globex · project platform/);
    const fixed = await run(['clone', '--file', 'small.profile.yaml', '--to-project', 'platform', '--yes'], dest);
    assert.equal(fixed.code, 0, fixed.err);
    assert.match(fixed.out, /imported small 1\.0\.0 into .* · tenant globex · project platform/);
    const platform = globex().projects.find((p) => p.name === 'platform')!.uid;
    const stored = emu.requestLog.find((q) => q.path === '/v1/clusterprofiles/import' && q.status === 201);
    assert.equal(stored?.projectUid, platform);
    assert.ok(!`${dry.out}${dry.err}${fixed.out}${fixed.err}`.includes(globex().apiKey));
  });

  test('clone without the destination key or a source is a usage error', async () => {
    assert.equal((await run(['clone', '--file', 'small.profile.yaml', '--to-project', 'platform'])).code, 2);
    assert.equal((await run(['clone', '--to-project', 'platform'], { PALETTE_DEST_API_KEY: globex().apiKey })).code, 2);
  });
});
