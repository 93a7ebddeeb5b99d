import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import type { ProgressToken, WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import type { PublishResult } from '../../server/src/protocol.js';
import { catalogSettled } from './catalog-settled.js';
import { startServerOnEmulator, type EmulatorServer } from './emulator-server.js';
import { repoRoot } from './ensure-built.js';
import { fileUri } from './lsp-client.js';

const appliance = readFileSync(resolve(repoRoot, 'examples/edge-k3s-appliance.profile.yaml'), 'utf8');
type Progress = { token: ProgressToken; value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd };

describe('palette/publish over LSP reports work-done progress on the client’s token (emulator, tenant acme)', () => {
  let server: EmulatorServer;
  /** The $/progress notifications on the tokens the tests use, in arrival order. */
  const progress: Progress[] = [];
  before(async () => {
    server = await startServerOnEmulator();
    for (const token of ['publish-appliance', 7, 'publish-refused']) {
      server.client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        progress.push({ token, value });
      });
    }
  });
  after(() => server.stop());

  /** Profiles of tenant acme as Palette's dashboard lists them, over HTTP. */
  async function profilesOnEmulator(): Promise<{ metadata: { name: string; uid: string }; specSummary: { version: string } }[]> {
    const acme = server.emulator.tenants.find((t) => t.name === 'acme')!;
    const r = await fetch(`${server.emulator.url}/v1/dashboard/clusterprofiles`, { method: 'POST', headers: { ApiKey: acme.apiKey, 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(r.status, 200);
    return ((await r.json()) as { items: { metadata: { name: string; uid: string }; specSummary: { version: string } }[] }).items;
  }

  const publish = (uri: string, workDoneToken: ProgressToken) => server.client.connection.sendRequest<PublishResult>('palette/publish', { uri, workDoneToken });
  const of = (token: ProgressToken) => progress.filter((p) => p.token === token).map((p) => p.value);

  test('publishing the appliance example shows begin, one report per step and end on the token, then the profile is on Palette', async () => {
    const uri = fileUri('edge-k3s-appliance.profile.yaml');
    await server.client.open(uri, appliance);
    const result = await publish(uri, 'publish-appliance');
    // The server ends the progress before it answers, and messages arrive in order: nothing is left to wait for.
    const host = new URL(server.emulator.url).host;
    assert.deepEqual(of('publish-appliance'), [
      { kind: 'begin', title: 'Publishing profile', message: 'Connecting to Palette', cancellable: true },
      { kind: 'report', message: `Resolving 3 packs in ${host}` },
      { kind: 'report', message: 'Validating packs with Palette' },
      { kind: 'report', message: 'Checking that edge-k3s-appliance 1.2.0 is free' },
      { kind: 'report', message: 'Creating and publishing edge-k3s-appliance 1.2.0' },
      { kind: 'end' },
    ]);
    assert.equal(result.status, 'published');
    assert.deepEqual([result.name, result.version, result.problems], ['edge-k3s-appliance', '1.2.0', []]);
    assert.match(result.target, new RegExp(`^${host.replace(/\./g, '\\.')} · tenant acme`));

    const stored = (await profilesOnEmulator()).filter((p) => p.metadata.name === 'edge-k3s-appliance');
    assert.deepEqual(stored.map((p) => [p.metadata.uid, p.specSummary.version]), [[result.uid, '1.2.0']]);
    const acme = server.emulator.tenants.find((t) => t.name === 'acme')!;
    const got = (await (await fetch(`${server.emulator.url}/v1/clusterprofiles/${result.uid}`, { headers: { ApiKey: acme.apiKey } })).json()) as {
      status: { isPublished: boolean };
      spec: { published?: { packs: { name: string; tag: string }[] } };
    };
    assert.equal(got.status.isPublished, true);
    assert.deepEqual(got.spec.published?.packs.map((p) => [p.name, p.tag]), [['edge-native-byoi', '2.1.0'], ['edge-k3s', '1.32.3'], ['cni-calico', '3.30.3']]);
  });

  test('a profile Palette refuses ends its progress after the pack check, answers rejected and creates nothing', async () => {
    // The user turned the local check down to a warning; Palette still demands every default key.
    await server.client.changeSettings({ ...server.client.settings, rules: { 'values-incomplete': 'warning' } });
    const partial = appliance.replace('name: edge-k3s-appliance', 'name: edge-k3s-partial').replace('              ipamType: "calico-ipam"\n', '');
    assert.notEqual(partial, appliance.replace('name: edge-k3s-appliance', 'name: edge-k3s-partial'), 'the example still has ipamType');
    const uri = fileUri('edge-k3s-partial.profile.yaml');
    await server.client.open(uri, partial);
    const shown = await catalogSettled(server.client, uri);
    assert.deepEqual(shown.filter((d) => d.code === 'values-incomplete').map((d) => d.severity), [2], 'the editor shows the missing key as a warning');
    const logged = server.emulator.requestLog.length;

    const result = await publish(uri, 7);
    assert.equal(result.status, 'rejected');
    assert.deepEqual(result.problems.map((p) => p.subject), ['cni-calico']);
    assert.match(result.problems[0]?.message ?? '', /ipamType/);
    assert.deepEqual(of(7).map((v) => v.kind), ['begin', 'report', 'report', 'end']);
    assert.equal((of(7)[2] as WorkDoneProgressReport).message, 'Validating packs with Palette');

    const sent = server.emulator.requestLog.slice(logged).map((q) => `${q.method} ${q.path}`);
    assert.ok(sent.includes('POST /v1/clusterprofiles/validate/packs'), 'Palette was asked');
    assert.ok(!sent.includes('POST /v1/clusterprofiles'), 'no create was sent');
    assert.ok(!(await profilesOnEmulator()).some((p) => p.metadata.name === 'edge-k3s-partial'));
  });

  test('when Palette refuses the create itself the request fails with its message and the progress still ends', async () => {
    const uri = fileUri('edge-k3s-refused.profile.yaml');
    await server.client.open(uri, appliance.replace('name: edge-k3s-appliance', 'name: edge-k3s-refused'));
    server.emulator.addFault({ method: 'POST', path: '/v1/clusterprofiles', kind: 'status', status: 403, times: 1 });
    try {
      const failed = await publish(uri, 'publish-refused').then(
        () => assert.fail('the publish succeeded'),
        (err: unknown) => (err instanceof Error ? err.message : String(err)),
      );
      assert.match(failed, /403/);
      const acme = server.emulator.tenants.find((t) => t.name === 'acme')!;
      assert.ok(!failed.includes(acme.apiKey), 'the message carries no API key');
    } finally {
      server.emulator.clearFaults();
    }
    const steps = of('publish-refused');
    assert.deepEqual(steps.map((v) => v.kind), ['begin', 'report', 'report', 'report', 'report', 'end']);
    assert.equal((steps[4] as WorkDoneProgressReport).message, 'Creating and publishing edge-k3s-refused 1.2.0');
    assert.ok(!(await profilesOnEmulator()).some((p) => p.metadata.name === 'edge-k3s-refused'));
  });
});
