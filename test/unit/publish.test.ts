import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient, type PaletteClient } from '../../server/src/palette/client.js';
import { publishProfile } from '../../server/src/publish/publish.js';
import { addonProfile, requestFor } from './publish-helpers.js';

describe('Publish against the emulator', () => {
  let emu: Emulator;
  let client: PaletteClient;
  const acme = () => emu.tenants[0];
  const creates = () => emu.requestLog.filter((r) => r.method === 'POST' && r.path === '/v1/clusterprofiles');
  const stored = async (name: string) =>
    (await client.listProfiles({ filter: { profileName: { eq: name } } })).map((p) => p.specSummary?.version).sort();

  before(async () => {
    emu = await startEmulator();
    client = createPaletteClient({ host: emu.url, apiKey: acme().apiKey, retryBaseMs: 10 });
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await client.close();
    await emu.stop();
  });

  test('a clean file is created and published with pack uids resolved in the tenant', async () => {
    const outcome = await publishProfile(client, requestFor(addonProfile()));
    assert.equal(outcome.status, 'published');
    assert.ok(outcome.status === 'published' && outcome.uid);
    const profile = await client.getProfile(outcome.uid);
    const spec = profile.spec as { published?: { packs: { name: string; packUid: string }[] }; draft?: unknown };
    assert.deepEqual(spec.published?.packs.map((p) => p.name), ['argo-cd', 'hello-universe']);
    assert.ok(spec.published?.packs.every((p) => p.packUid.length > 0));
    assert.equal(spec.draft, undefined);
    const body = JSON.parse(creates()[0].body ?? '{}') as { spec: { template: { packs: { uid: string; registryUid: string }[] } } };
    assert.ok(body.spec.template.packs.every((p) => p.uid && p.registryUid));
    assert.equal(creates()[0].query, 'publish=true');
  });

  test('publishing the same name and version again suggests the next patch and creates nothing', async () => {
    await publishProfile(client, requestFor(addonProfile()));
    const again = await publishProfile(client, requestFor(addonProfile()));
    assert.equal(again.status, 'version-exists');
    assert.ok(again.status === 'version-exists' && again.suggestedVersion === '1.0.1');
    assert.equal(creates().length, 1);
    const bumped = await publishProfile(client, requestFor(addonProfile(), { version: '1.0.1' }));
    assert.equal(bumped.status, 'published');
    assert.deepEqual(await stored('shop-addons'), ['1.0.0', '1.0.1']);
  });

  test('a file with local errors is blocked before any request', async () => {
    const broken = addonProfile().replace('type: add-on', 'type: addonz');
    const outcome = await publishProfile(client, requestFor(broken));
    assert.equal(outcome.status, 'blocked');
    assert.ok(outcome.status === 'blocked' && outcome.errors.some((e) => e.line === 7));
    assert.equal(emu.requestLog.length, 0);
  });

  test('a pack version the tenant lacks is rejected before create, naming the pack', async () => {
    const outcome = await publishProfile(client, requestFor(addonProfile().replace('version: 1.3.1', 'version: 9.9.9')));
    assert.equal(outcome.status, 'rejected');
    assert.ok(outcome.status === 'rejected' && outcome.problems[0].message.includes('9.9.9'));
    assert.equal(creates().length, 0);
  });

  test('a dry run checks everything and creates nothing', async () => {
    const outcome = await publishProfile(client, requestFor(addonProfile(), { dryRun: true }));
    assert.equal(outcome.status, 'ready');
    assert.equal(creates().length, 0);
    assert.ok(emu.requestLog.some((r) => r.path === '/v1/clusterprofiles/validate/packs'));
    assert.ok(emu.requestLog.some((r) => r.path === '/v1/clusterprofiles/validate/name'));
  });

  test('a create that times out but landed is found by name and version, not created twice', async () => {
    const slow = createPaletteClient({ host: emu.url, apiKey: acme().apiKey, timeoutMs: 300 });
    try {
      emu.addFault({ method: 'POST', path: '/v1/clusterprofiles', kind: 'latency', ms: 800, times: 1 });
      const outcome = await publishProfile(slow, requestFor(addonProfile(), { settleMs: 5000 }));
      assert.equal(outcome.status, 'published');
      assert.ok(outcome.status === 'published' && outcome.recovered);
      assert.equal(creates().length, 1);
      assert.deepEqual(await stored('shop-addons'), ['1.0.0']);
    } finally {
      await slow.close();
    }
  });

  test('a create that failed with 500 is tried again once and leaves exactly one profile', async () => {
    emu.addFault({ method: 'POST', path: '/v1/clusterprofiles', kind: 'status', status: 500, times: 1 });
    const outcome = await publishProfile(client, requestFor(addonProfile(), { settleMs: 0 }));
    assert.equal(outcome.status, 'published');
    assert.equal(creates().length, 2);
    assert.deepEqual(await stored('shop-addons'), ['1.0.0']);
  });

  test('a second 500 fails the publish and leaves nothing behind', async () => {
    emu.addFault({ method: 'POST', path: '/v1/clusterprofiles', kind: 'status', status: 500 });
    await assert.rejects(publishProfile(client, requestFor(addonProfile(), { settleMs: 0 })), /HTTP 500/);
    assert.deepEqual(await stored('shop-addons'), []);
  });
});
