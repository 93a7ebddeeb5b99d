import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { validate } from '../../server/src/core/validate.js';
import { emulatorCatalog, type EmulatorCatalog } from '../fixtures/emulator-catalog.js';

/**
 * `/v1/packs/{name}/registries/{uid}` is not paged (FACTS.md §1), so the paged listing the catalog reads is the
 * per-registry pack search (limit ≤ 50). The seed gives Palette Community Registry more than 50 pack names; the
 * packs tested here sort past the first 50, so only a catalog that reads every page knows them.
 */
const community = 'Palette Community Registry';

/**
 * An add-on profile whose single pack names NO registry: the catalog can only find it through the index. (That
 * omission is itself a missing-field, which these tests leave aside.)
 */
function profile(name: string, version: string): string {
  return [
    'metadata:', '  name: second-page', 'spec:', '  version: 1.0.0', '  template:', '    type: add-on', '    cloudType: all', '    packs:',
    `      - name: ${name}`, '        type: oci', '        layer: addon', `        version: ${version}`, '',
  ].join('\n');
}

const catalogCodes = (findings: { code: string }[]) => findings.map((f) => f.code).filter((c) => c !== 'missing-field');

describe('packs beyond the first page of 50 in the registry pack search', () => {
  let ec: EmulatorCatalog;
  let firstPage: string[];
  before(async () => {
    ec = await emulatorCatalog();
    const acme = ec.emulator.tenants.find((t) => t.name === 'acme')!;
    const registries = await (await fetch(`${ec.emulator.url}/v1/registries/metadata`, { headers: { ApiKey: acme.apiKey } })).json() as { items: { uid: string; name: string }[] };
    const uid = registries.items.find((r) => r.name === community)!.uid;
    // What a client that reads only page one would see, asked the way the catalog asks (sorted by name).
    const page = await fetch(`${ec.emulator.url}/v1/packs/search?limit=50`, {
      method: 'POST',
      headers: { ApiKey: acme.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ filter: { registryUid: [uid] }, sort: [{ field: 'name', order: 'asc' }] }),
    });
    const body = await page.json() as { items: { spec: { name: string } }[]; listmeta: { continue: string } };
    assert.notEqual(body.listmeta.continue, '', 'the registry fits one page: the test would prove nothing');
    firstPage = body.items.map((i) => i.spec.name);
    ec.emulator.reset();
  });
  after(async () => {
    await ec.stop();
  });

  test('a pack only on the second page is found without naming its registry, with the right latest version', async () => {
    for (const name of ['upbound-crossplane', 'thanos']) assert.ok(!firstPage.includes(name), `${name} is on page one`);
    const text = profile('upbound-crossplane', '2.1.0-up.2');
    const p = parseProfile(text, 'second-page.yaml');
    const snapshot = await ec.load(packRefs(p));
    const searches = ec.emulator.requestLog.filter((r) => r.path === '/v1/packs/search' && /(^|&)(offset=[1-9]|continue=.)/.test(r.query));
    assert.ok(searches.length >= 1, 'the catalog never asked for a second page');
    const [entry, ...others] = snapshot.packByName('upbound-crossplane') ?? [];
    assert.ok(entry, 'upbound-crossplane is not in the catalog');
    assert.equal(others.length, 0);
    assert.equal(snapshot.registryByUid(entry.registryUid)?.name, community);
    // 2.1.0-up.2 is newer than 2.0.2-up.4 although its pre-release part sorts lower: latest must compare versions.
    assert.equal(entry.latestVersion, '2.1.0-up.2');
    assert.deepEqual(catalogCodes(validate(p, snapshot)), []);
  });

  test('an older version of a second-page pack is known and told about the newer one', async () => {
    const p = parseProfile(profile('upbound-crossplane', '2.0.2-up.4'), 'second-page.yaml');
    const findings = validate(p, await ec.load(packRefs(p)));
    assert.deepEqual(catalogCodes(findings), ['outdated-version']);
    assert.equal(findings.find((f) => f.code === 'outdated-version')?.data?.latest, '2.1.0-up.2');
  });

  test('a version that does not exist on a second-page pack is unknown-version, not unknown-pack', async () => {
    const p = parseProfile(profile('thanos', '99.0.0'), 'second-page.yaml');
    assert.deepEqual(catalogCodes(validate(p, await ec.load(packRefs(p)))), ['unknown-version']);
  });
});
