import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { validate } from '../../server/src/core/validate.js';
import { emptyCatalog, type CatalogSnapshot } from '../../server/src/core/catalog.js';
import { emulatorCatalog, type EmulatorCatalog } from '../fixtures/emulator-catalog.js';

/**
 * An add-on profile: hello-universe 1.3.1 (Community registry; its defaults have manifests.hello-universe.port) with
 * `helloValues` (undefined = no values block), and a manifest layer whose values hold `macro`.
 */
function profile(helloValues: string | undefined, macro: string): string {
  const block = (text: string) => ['        values: |', ...text.split('\n').filter((l) => l !== '').map((l) => `          ${l}`)];
  return [
    'metadata:', '  name: macro-defaults', 'spec:', '  version: 1.0.0', '  template:', '    type: add-on', '    cloudType: all', '    packs:',
    '      - name: hello-universe', '        type: oci', '        layer: addon', '        registry:', '          metadata:',
    '            name: Palette Community Registry', '        version: 1.3.1',
    ...(helloValues === undefined ? [] : block(helloValues)),
    '      - name: app-config', '        type: manifest', '        layer: addon', ...block(`port: "${macro}"`),
    '',
  ].join('\n');
}

const partial = 'manifests:\n  hello-universe:\n    namespace: hello-universe\n';
const portMacro = '{{ .spectro.pack.hello-universe.manifests.hello-universe.port }}';
const bogusMacro = '{{ .spectro.pack.hello-universe.manifests.hello-universe.bogus }}';

function macroFindings(text: string, catalog: CatalogSnapshot) {
  return validate(parseProfile(text, 'macros.yaml'), catalog).filter((f) => f.code === 'unknown-macro');
}

describe('unknown-macro reads the pack\'s default values from the catalog before reporting', () => {
  let ec: EmulatorCatalog;
  before(async () => {
    ec = await emulatorCatalog();
  });
  after(async () => {
    await ec.stop();
  });
  const load = async (text: string) => ec.load(packRefs(parseProfile(text, 'macros.yaml')));

  test('a path the profile leaves out but the pack version defaults to is not reported; without a catalog it still is', async () => {
    const text = profile(partial, portMacro);
    assert.deepEqual(macroFindings(text, await load(text)), []);
    const bare = macroFindings(text, emptyCatalog);
    assert.equal(bare.length, 1);
    assert.equal(text.slice(bare[0].range[0], bare[0].range[1]), 'manifests.hello-universe.port');
  });

  test('a path in neither the profile values nor the defaults is reported on the path, saying both were checked', async () => {
    const text = profile(partial, bogusMacro);
    const [finding, ...rest] = macroFindings(text, await load(text));
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.range[0], finding.range[1]), 'manifests.hello-universe.bogus');
    assert.equal(finding.data?.checkedDefaults, true);
    assert.match(finding.message, /default values \(1\.3\.1\)/);
  });

  test('a pack without a values block is judged by its defaults when the catalog has them, and left alone otherwise', async () => {
    const withPort = profile(undefined, portMacro);
    const withBogus = profile(undefined, bogusMacro);
    assert.deepEqual(macroFindings(withPort, await load(withPort)), []);
    assert.equal(macroFindings(withBogus, await load(withBogus)).length, 1);
    assert.deepEqual(macroFindings(withBogus, emptyCatalog), []);
  });

  test('a version the catalog does not have keeps the profile-only judgement', async () => {
    const text = profile(partial, portMacro).replace('version: 1.3.1', 'version: 9.9.9');
    const codes = validate(parseProfile(text, 'macros.yaml'), await load(text)).map((f) => f.code);
    assert.ok(codes.includes('unknown-version'), codes.join(', '));
    assert.equal(codes.filter((c) => c === 'unknown-macro').length, 1);
  });
});
