import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/index.js';
import { SpecValidator } from '../emulator/spec-validator.js';
import { request } from '../emulator/test-request.js';

/** Every response body the client reads must match the official spec subset (PRODUCT.md §9). */
describe('emulator responses validate against the Palette OpenAPI subset', () => {
  let emu: Emulator;
  const spec = new SpecValidator();
  let key = '';
  const call = (method: string, path: string, body?: unknown, projectUid?: string) =>
    request(emu.url, method, path, { key, body, projectUid });

  /** Calls, checks the status, validates the body against `template`'s response schema. */
  async function valid(method: string, path: string, template: string, status: number, body?: unknown, projectUid?: string) {
    const res = await call(method, path, body, projectUid);
    assert.equal(res.status, status, `${method} ${path}: ${res.text.slice(0, 300)}`);
    assert.deepEqual(spec.validate(method, template, status, res.json), [], `${method} ${path} vs ${template}`);
    return res.json as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  before(async () => {
    emu = await startEmulator();
    key = emu.tenants[0].apiKey;
  });
  after(() => emu.stop());

  test('identity, project and registry listings match their schemas', async () => {
    await valid('GET', '/v1/users/info', '/v1/users/info', 200);
    await valid('GET', '/v1/dashboard/projects/metadata', '/v1/dashboard/projects/metadata', 200);
    const regs = await valid('GET', '/v1/registries/metadata', '/v1/registries/metadata', 200);
    assert.ok(regs.items.length >= 4);
  });

  test('every page of pack listings and searches matches its schema', async () => {
    let cont = '';
    let pages = 0;
    do {
      const page = await valid('GET', `/v1/packs?filters=spec.name=kubernetes&continue=${cont}`, '/v1/packs', 200);
      cont = page.listmeta.continue;
      pages++;
    } while (cont);
    assert.ok(pages >= 2);
    let offset = 0;
    for (;;) {
      const page = await valid('POST', `/v1/packs/search?limit=7&offset=${offset}`, '/v1/packs/search', 200, { filter: {} });
      if (!page.listmeta.continue) break;
      offset = page.listmeta.offset;
    }
  });

  test('pack versions, one pack and its readme match their schemas', async () => {
    const regs = await valid('GET', '/v1/registries/metadata', '/v1/registries/metadata', 200);
    const publicRepo = regs.items.find((r: { name: string }) => r.name === 'Public Repo');
    const all = await valid('GET', `/v1/packs/edge-k3s/registries/${publicRepo.uid}?states=active,deprecated,disabled`,
      '/v1/packs/{packName}/registries/{registryUid}', 200);
    const uid = all.tags[0].packUid;
    await valid('GET', `/v1/packs/${uid}`, '/v1/packs/{uid}', 200);
    await valid('GET', `/v1/packs/${uid}/readme`, '/v1/packs/{uid}/readme', 200);
    const thanos = await valid('GET', '/v1/packs?filters=spec.name=thanos', '/v1/packs', 200);
    await valid('GET', `/v1/packs/${thanos.items[0].metadata.uid}`, '/v1/packs/{uid}', 200);
  });

  test('the cluster-profile lifecycle answers match their schemas', async () => {
    const packs = await valid('GET', '/v1/packs?filters=spec.name=hello-universe', '/v1/packs', 200);
    const hello = packs.items.find((i: { spec: { type: string; version: string } }) => i.spec.type === 'oci' && i.spec.version === '1.3.1');
    const project = emu.tenants[0].projects[1].uid;
    const entity = { metadata: { name: 'contract-addon', annotations: { description: 'contract' } }, spec: { version: '1.0.0',
      template: { type: 'add-on', cloudType: 'all', packs: [{ name: 'hello-universe', tag: '1.3.1', type: 'oci',
        registryUid: hello.spec.registryUid, uid: hello.metadata.uid, values: hello.spec.values }] },
      variables: [{ name: 'ns', format: 'string' }] } };
    await valid('POST', '/v1/clusterprofiles/validate/packs', '/v1/clusterprofiles/validate/packs', 200, entity.spec.template, project);
    const { uid } = await valid('POST', '/v1/clusterprofiles?publish=false', '/v1/clusterprofiles', 201, entity, project);
    await valid('GET', `/v1/clusterprofiles/${uid}?includePackMeta=schema,presets`, '/v1/clusterprofiles/{uid}', 200, undefined, project);
    assert.equal((await call('PATCH', `/v1/clusterprofiles/${uid}/publish`, undefined, project)).status, 204);
    await valid('GET', `/v1/clusterprofiles/${uid}`, '/v1/clusterprofiles/{uid}', 200, undefined, project);
    await valid('GET', `/v1/clusterprofiles/${uid}/variables`, '/v1/clusterprofiles/{uid}/variables', 200, undefined, project);
    await valid('POST', '/v1/dashboard/clusterprofiles?limit=1', '/v1/dashboard/clusterprofiles', 200, {}, project);
    await valid('GET', '/v1/dashboard/clusterprofiles/metadata', '/v1/dashboard/clusterprofiles/metadata', 200, undefined, project);
    const exported = await call('GET', `/v1/clusterprofiles/${uid}/export?format=yaml`, undefined, project);
    assert.equal(exported.headers.get('content-type'), 'application/octet-stream');
    const doc = parse(exported.text) as { metadata: { name: string } };
    // The export is the import entity: the same schema must accept it.
    assert.deepEqual(spec.validate('POST', '/v1/clusterprofiles/import/validate', 200, doc), []);
    doc.metadata.name = 'contract-imported';
    await valid('POST', '/v1/clusterprofiles/import/validate', '/v1/clusterprofiles/import/validate', 200, doc, project);
    await valid('POST', '/v1/clusterprofiles/import?publish=true', '/v1/clusterprofiles/import', 201, doc, project);
  });

  test('the validator rejects bodies that break the spec, so the checks above can fail', () => {
    assert.notDeepEqual(spec.validate('GET', '/v1/registries/metadata', 200, { items: [{ uid: 7 }] }), []);
    assert.notDeepEqual(spec.validate('GET', '/v1/packs', 200, { items: [], listmeta: { count: 'many' } }), []);
    assert.notDeepEqual(spec.validate('GET', '/v1/clusterprofiles/{uid}', 200, { spec: { draft: null } }), []);
  });

  test('error bodies match v1Error', async () => {
    const res = await request(emu.url, 'GET', '/v1/users/info');
    assert.equal(res.status, 401);
    assert.deepEqual(spec.validateComponent('v1Error', res.json), []);
  });
});
