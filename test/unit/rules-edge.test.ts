import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, at, findings, fixes, profileYaml, realValues } from './rules-profile-builder.js';
import type { PackSpec } from './rules-profile-builder.js';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';

const templatedUri = /system\.uri: ".*"/;

function byoi(uriLine?: string, options: Record<string, string> = {}): PackSpec {
  let values = realValues('edge-native-byoi-2.1.0');
  if (uriLine !== undefined) values = values.replace(templatedUri, uriLine);
  for (const [key, value] of Object.entries(options)) values = values.replace(new RegExp(`${key.replace('.', '\\.')}: .*`), `${key}: ${value}`);
  return { name: 'edge-native-byoi', layer: 'os', tag: '2.1.0', version: '2.1.0', values };
}

function k8s(name: string, version: string, tag = version): PackSpec {
  return { name, layer: 'k8s', tag, version, values: realValues(name === 'edge-k8s' ? 'edge-k8s-1.29.x-docs-example' : 'edge-k3s-1.25.2') };
}

const calico: PackSpec = { name: 'cni-calico', layer: 'cni', tag: '3.25.x', version: '3.25.1', values: realValues('cni-calico-3.25.1') };
const edgeCodes = (text: string) => findings(text).filter((f) => f.code.startsWith('provider-image'));

describe('provider-image-mismatch', () => {
  test('the real BYOS Edge OS 2.1.0 template with edge-k3s and calico is clean', () => {
    assert.deepEqual(edgeCodes(profileYaml([byoi(), k8s('edge-k3s', '1.25.2'), calico])), []);
  });

  test('a literal CanvOS uri for another Kubernetes version is reported on the version characters', () => {
    const text = profileYaml([byoi('system.uri: "ttl.sh/ubuntu:k3s-1.25.2-v4.2.3-demo"'), k8s('edge-k3s', '1.27.5'), calico]);
    const found = edgeCodes(text);
    assert.deepEqual(found.map((f) => f.code), ['provider-image-mismatch']);
    assert.equal(at(text, found[0]!), '1.25.2');
    assert.equal(found[0]!.data?.k8sVersion, '1.27.5');
  });

  test('both quick fixes leave the profile aligned', () => {
    const text = profileYaml([byoi('system.uri: "ttl.sh/ubuntu:k3s-1.25.2-v4.2.3-demo"'), k8s('edge-k3s', '1.27.5'), calico]);
    const [finding] = edgeCodes(text);
    const offered = fixes(text, finding!);
    assert.equal(offered.length, 2);
    for (const fix of offered) {
      const fixed = applyEdits(text, fix.edits);
      assert.deepEqual(edgeCodes(fixed), [], fix.title);
    }
    const packSide = applyEdits(text, offered[1]!.edits);
    assert.match(packSide, /tag: 1\.25\.2\n\s+version: 1\.25\.2/);
  });

  test('a templated uri whose distribution option does not fit the k8s pack is reported on the option value', () => {
    const text = profileYaml([byoi(undefined, { 'system.k8sDistribution': 'rke2' }), k8s('edge-k3s', '1.25.2'), calico]);
    const found = edgeCodes(text);
    assert.equal(found.length, 1);
    assert.equal(at(text, found[0]!), 'rke2');
    const fixed = applyEdits(text, fixes(text, found[0]!)[0]!.edits);
    assert.match(fixed, /system\.k8sDistribution: k3s/);
    assert.deepEqual(edgeCodes(fixed), []);
  });

  test('kubeadm-fips images with an -rc PE version fit an edge-k8s layer', () => {
    const text = profileYaml([byoi('system.uri: "reg.example.com/edge/ubuntu:kubeadm-fips-1.29.0-v4.10.0-rc.2"'), k8s('edge-k8s', '1.29.0'), calico]);
    assert.deepEqual(edgeCodes(text), []);
    const wrong = text.replace('kubeadm-fips-1.29.0', 'kubeadm-fips-1.28.3');
    assert.deepEqual(edgeCodes(wrong).map((f) => at(wrong, f)), ['1.28.3']);
  });

  test('agent mode (system.uri "NA") needs no provider image and reports nothing', () => {
    const text = profileYaml([byoi('system.uri: "NA"'), k8s('edge-k3s', '1.27.5'), calico]);
    assert.deepEqual(edgeCodes(text), []);
  });

  test('a floating k8s tag without a concrete version is not guessed without a catalog', () => {
    const pack = { ...k8s('edge-k3s', '1.27.5'), tag: '1.27.x', version: undefined };
    const text = profileYaml([byoi('system.uri: "ttl.sh/ubuntu:k3s-1.25.2-v4.2.3-demo"'), pack, calico]);
    assert.deepEqual(edgeCodes(text), []);
  });

  test('with a catalog, a floating k8s tag resolves to its newest version before comparing', () => {
    const versions = ['1.27.3', '1.27.5', '1.28.1'].map((v) => ({ tag: v, version: v, packUid: v }));
    const catalog: CatalogSnapshot = { ...emptyCatalog, state: 'complete', packByName: (n) => (n === 'edge-k3s' ? [{ name: n, registryUid: 'r', versions }] : []) };
    const pack = { ...k8s('edge-k3s', '1.27.5'), tag: '1.27.x', version: undefined };
    const text = profileYaml([byoi('system.uri: "ttl.sh/ubuntu:k3s-1.27.3-v4.2.3-demo"'), pack, calico]);
    const found = validate(parseProfile(text), catalog).filter((f) => f.code === 'provider-image-mismatch');
    assert.deepEqual(found.map((f) => [at(text, f), f.data?.k8sVersion]), [['1.27.3', '1.27.5']]);
  });
});

describe('provider-image-format', () => {
  test('a tag outside the CanvOS scheme is reported on the tag characters', () => {
    const text = profileYaml([byoi('system.uri: "ttl.sh/ubuntu:latest"'), k8s('edge-k3s', '1.25.2'), calico]);
    const found = edgeCodes(text);
    assert.deepEqual(found.map((f) => [f.code, f.severity, at(text, f)]), [['provider-image-format', 'warning', 'latest']]);
  });

  test('an empty customTag in the stock template leaves a trailing dash, and the fix removes it', () => {
    const text = profileYaml([byoi(undefined, { 'system.customTag': '""' }), k8s('edge-k3s', '1.25.2'), calico]);
    const found = edgeCodes(text);
    assert.deepEqual(found.map((f) => [f.code, at(text, f)]), [['provider-image-format', '-']]);
    const fixed = applyEdits(text, fixes(text, found[0]!)[0]!.edits);
    assert.match(fixed, /peVersion }}"\n/);
    assert.deepEqual(edgeCodes(fixed), []);
  });

  test('a literal uri ending with a dash is reported on that dash', () => {
    const text = profileYaml([byoi('system.uri: "ttl.sh/ubuntu:k3s-1.25.2-v4.2.3-"'), k8s('edge-k3s', '1.25.2'), calico]);
    const [finding] = edgeCodes(text);
    assert.equal(finding?.range[1], text.indexOf('v4.2.3-"') + 7);
    assert.deepEqual(edgeCodes(applyEdits(text, fixes(text, finding!)[0]!.edits)), []);
  });
});
