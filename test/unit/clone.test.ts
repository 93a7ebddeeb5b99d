import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient, type PaletteClient } from '../../server/src/palette/client.js';
import { importClone, preflightClone, type CloneRequest } from '../../server/src/publish/clone.js';
import { renderPreflightReport } from '../../server/src/publish/preflight-report.js';
import { publishProfile } from '../../server/src/publish/publish.js';
import { addonProfile, requestFor } from './publish-helpers.js';

describe('Clone between emulator tenants', () => {
  let emu: Emulator;
  let acme: PaletteClient;
  let globex: PaletteClient;
  const names = async (c: PaletteClient) => (await c.listProfiles({})).map((p) => `${p.metadata?.name}@${p.specSummary?.version}`);
  const publishInAcme = async (withArgo: boolean) => {
    const outcome = await publishProfile(acme, requestFor(addonProfile({ withArgo })));
    assert.ok(outcome.status === 'published');
    return outcome.uid;
  };
  const request = (uid: string): CloneRequest => ({ source: { client: acme, uid }, destination: globex, destinationLabel: 'emulator · globex · Default' });

  before(async () => {
    emu = await startEmulator();
    acme = createPaletteClient({ host: emu.url, apiKey: emu.tenants[0].apiKey, retryBaseMs: 10 });
    globex = createPaletteClient({ host: emu.url, apiKey: emu.tenants[1].apiKey, retryBaseMs: 10 });
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await Promise.all([acme.close(), globex.close()]);
    await emu.stop();
  });

  test('a pack the destination lacks is reported as missing, and nothing is imported', async () => {
    const plan = await preflightClone(request(await publishInAcme(true)));
    const argo = plan.report.packs.find((p) => p.name === 'argo-cd');
    assert.equal(argo?.status, 'missing');
    assert.equal(plan.report.packs.find((p) => p.name === 'hello-universe')?.status, 'remapped');
    assert.equal(plan.report.clean, false);
    assert.match(renderPreflightReport(plan.report), /\| argo-cd \| 3\.26\.7 \| .* \| \*\*MISSING\*\* \|/);
    await assert.rejects(importClone(request(''), plan, { accept: true }), /cannot import: pack argo-cd/);
    assert.deepEqual(await names(globex), []);
    assert.ok(!emu.requestLog.some((r) => r.path === '/v1/clusterprofiles/import'));
  });

  test('a clean preflight imports into the destination with its own registry uid and reads it back', async () => {
    const plan = await preflightClone(request(await publishInAcme(false)));
    assert.equal(plan.report.clean, true, renderPreflightReport(plan.report));
    const result = await importClone(request(''), plan);
    assert.deepEqual(await names(globex), ['shop-addons@1.0.0']);
    const back = await globex.getProfile(result.uid);
    const packs = (back.spec as { published: { packs: { name: string; registryUid: string }[] } }).published.packs;
    const registries = await globex.listRegistries();
    assert.equal(registries.find((r) => r.uid === packs[0].registryUid)?.name, 'Palette Community Registry');
  });

  test('a name and version that already exist in the destination block the import', async () => {
    const plan = await preflightClone(request(await publishInAcme(false)));
    await importClone(request(''), plan);
    const again = await preflightClone(request((await acme.listProfiles({}))[0].metadata!.uid!));
    assert.match(again.report.blocking.join('\n'), /already exists in the destination/);
  });

  test('a 500 during import leaves nothing in the destination', async () => {
    const plan = await preflightClone(request(await publishInAcme(false)));
    emu.addFault({ method: 'POST', path: '/v1/clusterprofiles/import', kind: 'status', status: 500 });
    await assert.rejects(importClone(request(''), plan, { settleMs: 0 }), /HTTP 500/);
    assert.deepEqual(await names(globex), []);
  });

  test('a failure reading the import back removes the imported profile again', async () => {
    const plan = await preflightClone(request(await publishInAcme(false)));
    emu.addFault({ method: 'GET', path: /^\/v1\/clusterprofiles\/[0-9a-f]+$/, kind: 'status', status: 404 });
    await assert.rejects(importClone(request(''), plan), /404/);
    emu.clearFaults();
    assert.deepEqual(await names(globex), []);
    assert.ok(emu.requestLog.some((r) => r.method === 'DELETE' && r.tenant === 'globex'));
  });

  test('sensitive variables and a literal BYOOS image are listed for review, so the import needs acceptance', async () => {
    const text = addonProfile({ withArgo: false }).replace(
      '    packs:\n',
      '    packs:\n      - name: edge-native-byoi\n        type: spectro\n        layer: os\n        version: 2.1.0\n        tag: 2.1.0\n' +
        '        registry:\n          metadata:\n            name: Public Repo\n        values: |\n          options:\n' +
        '            system.uri: "registry.acme.internal/edge/ubuntu:k3s-1.30.5-v4.5.0-demo"\n',
    ) + '  variables:\n    - name: token\n      isSensitive: true\n      defaultValue: "*****"\n';
    const req = requestFor(text);
    const plan = await preflightClone({ source: { input: req.input, label: 'shop.profile.yaml' }, destination: globex, destinationLabel: 'globex' });
    assert.equal(plan.report.blocking.length, 0, plan.report.blocking.join('\n'));
    assert.match(plan.report.byoos.join('\n'), /registry\.acme\.internal/);
    assert.match(plan.report.masked.join('\n'), /variable token is sensitive/);
    await assert.rejects(importClone({ source: { input: req.input, label: 'x' }, destination: globex, destinationLabel: 'globex' }, plan), /accept/);
    assert.deepEqual(await names(globex), []);
  });
});
