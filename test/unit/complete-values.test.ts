import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { complete } from '../../server/src/core/complete/index.js';
import type { CompletionCandidate } from '../../server/src/core/complete/index.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { withCursor } from '../fixtures/cursor.js';
import { emulatorCatalog, type EmulatorCatalog } from '../fixtures/emulator-catalog.js';
import { edgeProfile, typed } from './complete-profile.js';

describe('completion inside values and macros (emulator catalog, tenant acme)', () => {
  let emu: EmulatorCatalog;
  let catalog: CatalogSnapshot;
  before(async () => {
    emu = await emulatorCatalog();
    catalog = await emu.load(packRefs(parseProfile(edgeProfile)));
  });
  after(() => emu.stop());

  function at(marked: string): CompletionCandidate[] {
    const { text, offset } = withCursor(marked);
    return complete(parseProfile(text), offset, catalog);
  }
  const labels = (marked: string) => at(marked).map((c) => c.label);

  test('keys at the root of values come from the defaults, minus the ones already written', () => {
    assert.deepEqual(labels(typed('        values: |\n          cluster:', '        values: |\n          ‸\n          cluster:')), ['stages']);
  });

  test('keys inside cluster.config (a YAML string inside values) complete on a blank line, with their defaults', () => {
    const items = at(typed('              flannel-backend: none\n', '              flannel-backend: none\n\n              ‸\n'));
    assert.deepEqual(items.slice(0, 5).map((c) => [c.label, c.detail]), [
      ['no-flannel', 'default: true'],
      ['disable-network-policy', 'default: true'],
      ['disable', 'default: [ 4 items ]'],
      ['cluster-cidr', 'default: "192.168.0.0/16"'],
      ['service-cidr', 'default: "192.169.0.0/16"'],
    ]);
    assert.ok(!items.some((c) => c.label === 'flannel-backend'), 'a key already written is not offered again');
    assert.equal(items.find((c) => c.label === 'cluster-cidr')?.insertText, 'cluster-cidr: "192.168.0.0/16"');
    assert.equal(items.find((c) => c.label === 'disable')?.insertText, 'disable:');
  });

  test('a half-typed key inside values replaces the typed prefix', () => {
    const { text, offset } = withCursor(typed('            system.registry: ttl.sh', '            system.registry: ttl.sh\n            system.k8‸'));
    const items = complete(parseProfile(text), offset, catalog);
    const k8s = items.find((c) => c.label === 'system.k8sDistribution');
    assert.deepEqual(k8s?.range, [offset - 'system.k8'.length, offset]);
    assert.equal(k8s?.detail, 'default: "k3s"');
    assert.ok(!items.some((c) => c.label === 'system.uri' || c.label === 'system.registry'));
  });

  test('values written as a JSON string complete keys in the decoded text, escaped for the string', () => {
    const json = JSON.stringify(parseProfile(edgeProfile).ast.toJS(), null, 2);
    const marked = json.replace('system.registry: ttl.sh\\n', 'system.registry: ttl.sh\\n  system.repo‸\\n');
    const items = at(marked);
    assert.deepEqual(items.map((c) => c.label), ['system.repo', 'system.k8sDistribution', 'system.osName', 'system.peVersion', 'system.customTag', 'system.osVersion']);
    assert.equal(items[0]?.insertText, 'system.repo: ubuntu');
    const uri = at(json.replace('system.registry: ttl.sh\\n', 'system.registry: ttl.sh\\n  system.repo: x\\n  ‸\\n').replace('system.uri', 'system.other'));
    assert.equal(uri.find((c) => c.label === 'system.uri')?.insertText?.slice(0, 31), 'system.uri: \\"{{ .spectro.pack.');
  });

  test('variable names complete after {{ .spectro.var.', () => {
    const items = at(typed('flannel-backend: none', 'flannel-backend: \'{{ .spectro.var.‸ }}\''));
    assert.deepEqual(items.map((c) => [c.label, c.detail]), [['podCidr', 'format: ipv4cidr'], ['clusterName', 'profile variable']]);
  });

  test('system macro names complete after {{ .spectro.system., replacing the dotted prefix', () => {
    const { text, offset } = withCursor(typed('flannel-backend: none', 'flannel-backend: "{{ .spectro.system.kubernetes.v‸"'));
    const items = complete(parseProfile(text), offset, catalog);
    assert.equal(items.length, 24);
    assert.deepEqual(items.slice(0, 3).map((c) => c.label), ['user.name', 'user.uid', 'user.email']);
    assert.deepEqual(items.find((c) => c.label === 'kubernetes.version')?.range, [offset - 'kubernetes.v'.length, offset]);
  });

  test('pack macros complete the profile pack names, then the keys of that pack values', () => {
    assert.deepEqual(labels(typed('flannel-backend: none', 'flannel-backend: "{{ .spectro.pack.‸"')), ['edge-native-byoi', 'edge-k3s']);
    assert.deepEqual(labels(typed('flannel-backend: none', 'flannel-backend: "{{ .spectro.pack.edge-native-byoi.options.‸"')), [
      'edge-native-byoi.options.system.uri',
      'edge-native-byoi.options.system.registry',
    ]);
  });

  test('nothing is offered outside any completion context', () => {
    assert.deepEqual(labels(typed('  name: edge-infra', '  name: edge-infra‸')), []);
  });
});
