import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { packEntryEdit } from '../../server/src/core/pack-entry/insert-entry.js';
import type { PackChoice } from '../../server/src/core/pack-entry/render-entry.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { edgeProfile } from './complete-profile.js';

const calico: PackChoice = { name: 'cni-calico', type: 'spectro', layer: 'cni', tag: '3.30.3', registryName: 'Public Repo', registryUid: 'r1', packUid: 'p1', values: 'manifests:\n  calico:\n    enabled: true\n' };

function apply(text: string, choice: PackChoice): string {
  const edit = packEntryEdit(parseProfile(text), choice);
  assert.ok(edit);
  return text.slice(0, edit.range[0]) + edit.newText + text.slice(edit.range[1]);
}

describe('complete pack entries at the right layer position', () => {
  test('a cni pack goes after the k8s layer in the export form, with its values as a block', () => {
    const out = apply(edgeProfile, calico);
    assert.ok(out.includes('              flannel-backend: none\n      - name: cni-calico\n        type: spectro\n        layer: cni\n        tag: 3.30.3\n        registry:\n          metadata:\n            name: Public Repo\n        values: |\n          manifests:\n            calico:\n              enabled: true\n  variables:'));
    const parsed = parseProfile(out);
    assert.deepEqual(parsed.packs.map((p) => p.name?.value), ['edge-native-byoi', 'edge-k3s', 'cni-calico']);
    assert.equal(parsed.packs[2]?.values?.text, calico.values);
  });

  test('an os pack goes before the k8s layer', () => {
    const out = apply(edgeProfile, { ...calico, name: 'ubuntu-edge', layer: 'os', tag: '22.04', values: undefined });
    assert.deepEqual(parseProfile(out).packs.map((p) => p.name?.value), ['edge-native-byoi', 'ubuntu-edge', 'edge-k3s']);
    assert.ok(out.includes('      - name: ubuntu-edge\n        type: spectro\n        layer: os\n        tag: "22.04"\n'));
  });

  test('the JSON form gets a JSON object in the document indentation, create form by registryUid', () => {
    const json = JSON.stringify(parseProfile(edgeProfile.replace(/registry:\n {10}metadata:\n {12}name: Public Repo/, 'registryUid: r1').replace('registry: { metadata: { name: Public Repo } }', 'registryUid: r1')).ast.toJS(), null, 2);
    const out = apply(json, { ...calico, values: undefined });
    const parsed = JSON.parse(out) as { spec: { template: { packs: Array<Record<string, unknown>> } } };
    assert.deepEqual(parsed.spec.template.packs[2], { name: 'cni-calico', type: 'spectro', layer: 'cni', tag: '3.30.3', uid: 'p1', registryUid: 'r1' });
    assert.ok(out.includes('\n        },\n        {\n          "name": "cni-calico",\n          "type": "spectro",'));
  });
});
