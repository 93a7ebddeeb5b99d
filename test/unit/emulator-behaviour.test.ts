import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/index.js';
import { request } from '../emulator/test-request.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the Palette emulator behaves like Palette where the product depends on it', () => {
  let emu: Emulator;
  let acme = '';
  let globex = '';
  const call = async (method: string, path: string, o: { key?: string; body?: unknown; projectUid?: string } = {}) => {
    const res = await request(emu.url, method, path, { key: acme, ...o });
    return { ...res, json: res.json as Json };
  };
  const registryUid = async (name: string, key = acme) =>
    (await call('GET', '/v1/registries/metadata', { key })).json.items.find((r: Json) => r.name === name).uid as string;
  /** The complete default values, so the values check passes. */
  const defaults = async (name: string, version: string, registry: string) =>
    (await call('GET', `/v1/packs?filters=spec.name=${name}ANDspec.version=${version}ANDspec.registryUid=${registry}`)).json.items[0];
  const addon = async (name: string, version = '1.0.0') => {
    const reg = await registryUid('Palette Community Registry');
    const pack = await defaults('hello-universe', '1.3.1', reg);
    return { metadata: { name }, spec: { version, template: { type: 'add-on', cloudType: 'all', packs: [
      { name: 'hello-universe', tag: '1.3.1', type: 'oci', registryUid: reg, values: pack.spec.values }] } } };
  };

  before(async () => {
    emu = await startEmulator();
    acme = emu.tenants[0].apiKey;
    globex = emu.tenants[1].apiKey;
  });
  beforeEach(() => emu.reset());
  after(() => emu.stop());

  test('a request without or with a wrong ApiKey gets 401 with a v1Error body', async () => {
    for (const key of [undefined, 'emu-wrong-key']) {
      const res = await request(emu.url, 'GET', '/v1/users/info', { key });
      assert.equal(res.status, 401);
      assert.equal((res.json as Json).code, 'Unauthorized');
    }
  });

  test('a pack with more than 50 versions pages out every version exactly once, by continue and by offset', async () => {
    const byContinue: string[] = [];
    let cont = '';
    do {
      const page = await call('GET', `/v1/packs?filters=spec.name=kubernetes&limit=50&continue=${cont}`);
      assert.ok(page.json.items.length <= 50);
      byContinue.push(...page.json.items.map((i: Json) => i.spec.version));
      cont = page.json.listmeta.continue;
    } while (cont);
    const byOffset: string[] = [];
    for (let offset = 0, more = true; more;) {
      const page = await call('GET', `/v1/packs?filters=spec.name=kubernetes&limit=20&offset=${offset}`);
      byOffset.push(...page.json.items.map((i: Json) => i.spec.version));
      offset = page.json.listmeta.offset;
      more = page.json.listmeta.continue !== '';
    }
    assert.ok(byContinue.length > 50);
    assert.equal(new Set(byContinue).size, byContinue.length);
    assert.deepEqual(byOffset, byContinue);
    const first = await call('GET', '/v1/packs?filters=spec.name=kubernetes&limit=500');
    assert.equal(first.json.items.length, 50, 'limit above 50 is clamped on /v1/packs');
    assert.equal(first.json.listmeta.count, byContinue.length);
    assert.equal((await call('POST', '/v1/dashboard/clusterprofiles?limit=51', { body: {} })).status, 400);
  });

  test('tenants share registry names but not registry or pack uids, and globex lacks argo-cd', async () => {
    assert.notEqual(emu.tenants[0].uid, emu.tenants[1].uid);
    assert.notEqual(await registryUid('Public Repo', acme), await registryUid('Public Repo', globex));
    const search = (key: string) => call('POST', '/v1/packs/search', { key, body: { filter: { name: { eq: 'argo-cd' } } } });
    assert.equal((await search(acme)).json.items.length, 1);
    assert.equal((await search(globex)).json.items.length, 0);
    const hello = async (key: string) => (await call('POST', '/v1/packs/search', { key,
      body: { filter: { name: { eq: 'hello-universe' } } } })).json.items[0].spec.registries[0].latestPackUid;
    assert.notEqual(await hello(acme), await hello(globex));
  });

  test('the request log records method, path, tenant, project, status and the raw ApiKey header', async () => {
    const project = emu.tenants[0].projects[0].uid;
    await call('GET', '/v1/users/info?x=1', { projectUid: project });
    const entry = emu.requestLog.at(-1)!;
    assert.deepEqual([entry.method, entry.path, entry.query, entry.tenant, entry.projectUid, entry.status],
      ['GET', '/v1/users/info', 'x=1', 'acme', project, 200]);
    assert.equal(entry.headers.apikey, acme);
  });

  test('a project uid the key cannot see is refused', async () => {
    const res = await call('POST', '/v1/dashboard/clusterprofiles', { body: {}, projectUid: emu.tenants[1].projects[0].uid });
    assert.equal(res.status, 403);
  });

  test('creating the same name and version twice answers 409 ClusterProfileAlreadyExists', async () => {
    const entity = await addon('dup');
    assert.equal((await call('POST', '/v1/clusterprofiles', { body: entity })).status, 201);
    const again = await call('POST', '/v1/clusterprofiles', { body: entity });
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'ClusterProfileAlreadyExists');
    assert.equal((await call('GET', '/v1/clusterprofiles/validate/name?name=dup&version=1.0.0')).status, 409);
    assert.equal((await call('GET', '/v1/clusterprofiles/validate/name?name=dup&version=1.0.1')).status, 204);
  });

  test('publishing removes the draft and published packs carry packUid', async () => {
    const { uid } = (await call('POST', '/v1/clusterprofiles', { body: await addon('pub') })).json;
    assert.ok((await call('GET', `/v1/clusterprofiles/${uid}`)).json.spec.draft);
    assert.equal((await call('PATCH', `/v1/clusterprofiles/${uid}/publish`)).status, 204);
    const spec = (await call('GET', `/v1/clusterprofiles/${uid}`)).json.spec;
    assert.equal(spec.draft ?? null, null);
    assert.match(spec.published.packs[0].packUid, /^[0-9a-f]{24}$/);
    assert.equal(spec.published.packs[0].uid, undefined);
  });

  test('a floating tag such as 1.32.x or LTS__22.4.x resolves to the newest version of its line', async () => {
    const reg = await registryUid('Public Repo');
    const packs = [['edge-k3s', '1.32.x', '1.32.3', 'k8s'], ['ubuntu-edge', 'LTS__22.4.x', '22.04', 'os']];
    for (const [name, tag, version, layer] of packs) {
      const entity = { metadata: { name: `float-${name}` }, spec: { version: '1.0.0', template: { type: 'infra',
        cloudType: 'edge-native', packs: [{ name, tag, type: 'spectro', layer, registryUid: reg }] } } };
      const { uid } = (await call('POST', '/v1/clusterprofiles?publish=true', { body: entity })).json;
      const pack = (await call('GET', `/v1/clusterprofiles/${uid}`)).json.spec.published.packs[0];
      assert.deepEqual([pack.tag, pack.version], [tag, version]);
    }
  });

  test('a pack type that differs from its registry type is rejected with Palette\'s message', async () => {
    const entity = await addon('mismatch');
    entity.spec.template.packs[0].type = 'spectro';
    const res = await call('POST', '/v1/clusterprofiles', { body: entity });
    assert.equal(res.status, 400);
    assert.equal(res.json.message, "PackType 'spectro' is not matching with registry type 'oci'");
  });

  test('values missing a default key are rejected naming the key', async () => {
    const entity = await addon('partial');
    entity.spec.template.packs[0].values = 'manifests:\n  hello-universe:\n    namespace: demo\n';
    const res = await call('POST', '/v1/clusterprofiles', { body: entity });
    assert.equal(res.status, 400);
    assert.match(res.json.message, /^Parameter pack\.content\.images value is required$/);
  });

  test('a profile exported from acme imports into globex by registry name, and a missing pack is reported', async () => {
    const { uid } = (await call('POST', '/v1/clusterprofiles?publish=true', { body: await addon('moving') })).json;
    const exported = JSON.parse((await call('GET', `/v1/clusterprofiles/${uid}/export`)).text);
    const checked = await call('POST', '/v1/clusterprofiles/import/validate', { key: globex, body: exported });
    const dest = await registryUid('Palette Community Registry', globex);
    assert.equal(checked.json.spec.template.packs[0].registry.metadata.uid, dest);
    const imported = await call('POST', '/v1/clusterprofiles/import?publish=true', { key: globex, body: exported });
    assert.equal(imported.status, 201);
    const got = (await call('GET', `/v1/clusterprofiles/${imported.json.uid}`, { key: globex })).json;
    assert.equal(got.spec.published.packs[0].registryUid, dest);
    exported.spec.template.packs[0].name = 'argo-cd';
    exported.metadata.name = 'moving-2';
    const missing = await call('POST', '/v1/clusterprofiles/import/validate', { key: globex, body: exported });
    assert.deepEqual(missing.json.spec.template.packs[0].registry.matchingRegistries, []);
    assert.equal((await call('POST', '/v1/clusterprofiles/import', { key: globex, body: exported })).status, 400);
  });
});
