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

describe('completion of pack and template fields (emulator catalog, tenant acme)', () => {
  let emu: EmulatorCatalog;
  let catalog: CatalogSnapshot;
  before(async () => {
    emu = await emulatorCatalog();
    catalog = await emu.load(packRefs(parseProfile(edgeProfile)));
  });
  after(() => emu.stop());

  function at(marked: string): { items: CompletionCandidate[]; text: string; offset: number } {
    const { text, offset } = withCursor(marked);
    return { items: complete(parseProfile(text), offset, catalog), text, offset };
  }
  const labels = (marked: string) => at(marked).items.map((c) => c.label);

  test('pack names are filtered by the item layer, the profile cloud type and the registry, with display name and latest', () => {
    const { items } = at(typed('- name: edge-k3s', '- name: ed‸'));
    assert.deepEqual(items.map((c) => [c.label, c.detail]), [
      ['edge-k3s', 'Palette Optimized K3s · 1.33.1 · Public Repo'],
      ['edge-k8s', 'Palette eXtended Kubernetes Edge (PXK-E) · 1.32.3 · Public Repo'],
    ]);
  });

  test('a pack name typed in a new item offers every registry holding it and fills type, layer, tag and registry', () => {
    const marked = typed('  variables:', '      - name: edge-k‸\n  variables:');
    const { items: all, text } = at(marked);
    // The editor filters by the typed prefix; the server returns every pack that fits the item and profile.
    const items = all.filter((c) => c.label.startsWith('edge-k'));
    assert.ok(all.some((c) => c.label === 'cni-calico') && !all.some((c) => c.label === 'kubernetes'), 'kubernetes does not support edge-native');
    assert.deepEqual(items.map((c) => c.detail), [
      'Palette Optimized K3s · 1.33.1 · Public Repo',
      'Palette Optimized K3s · 1.32.3 · Palette Registry',
      'Palette eXtended Kubernetes Edge (PXK-E) · 1.32.3 · Public Repo',
    ]);
    const second = items[1] as CompletionCandidate;
    const edit = second.additionalEdits?.[0];
    assert.ok(edit);
    const accepted = text.slice(0, second.range[0]) + second.insertText + text.slice(second.range[1], edit.range[0]) + edit.newText + text.slice(edit.range[1]);
    assert.match(accepted, /- name: edge-k3s\n {8}type: oci\n {8}layer: k8s\n {8}tag: 1\.32\.3\n {8}registry:\n {10}metadata:\n {12}name: Palette Registry\n {2}variables:/);
    assert.equal(parseProfile(accepted).syntaxErrors.length, 0);
  });

  test('tags come newest first, floating tags above their versions, disabled hidden, latest and recommended labelled', () => {
    const { items } = at(typed('tag: 1.32.3', 'tag: ‸'));
    assert.deepEqual(items.slice(0, 8).map((c) => [c.label, c.detail ?? '']), [
      ['1.33.x', '→ 1.33.1'],
      ['1.33.1', 'latest'],
      ['1.32.x', '→ 1.32.3'],
      ['1.32.3', 'recommended'],
      ['1.32.1', ''],
      ['1.31.x', '→ 1.31.6'],
      ['1.31.6', ''],
      ['1.31.2', ''],
    ]);
    const all = items.map((c) => c.label);
    assert.ok(!all.includes('1.22.13') && !all.includes('1.23.12'), 'disabled versions are hidden');
    const deprecated = items.find((c) => c.label === '1.28.4');
    assert.equal(deprecated?.deprecated, true);
    assert.equal(deprecated?.detail, 'deprecated');
  });

  test('the version field offers concrete versions only, newest first', () => {
    const marked = typed('tag: 1.32.3\n', 'tag: 1.32.x\n        version: 1.3‸\n');
    assert.deepEqual(labels(marked).slice(0, 4), ['1.33.1', '1.32.3', '1.32.1', '1.31.6']);
  });

  test('a half-typed tag still lists versions: the typed prefix is replaced', () => {
    const { items, offset } = at(typed('tag: 1.32.3', 'tag: 1.3‸'));
    assert.equal(items[0]?.label, '1.33.x');
    assert.deepEqual(items[0]?.range, [offset - 3, offset]);
  });

  test('type and layer complete from the enums, the catalog value preselected', () => {
    const layer = at(typed('layer: k8s', 'layer: ‸')).items;
    assert.deepEqual(layer.map((c) => c.label), ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon']);
    assert.deepEqual(layer.filter((c) => c.preselect).map((c) => c.label), ['k8s']);
    const type = at(typed('type: spectro\n        layer: k8s', 'type: ‸\n        layer: k8s')).items;
    assert.deepEqual(type.map((c) => c.label), ['spectro', 'helm', 'manifest', 'oci']);
    assert.deepEqual(type.filter((c) => c.preselect).map((c) => c.label), ['spectro']);
  });

  test('profile type and cloud type complete in the template', () => {
    assert.deepEqual(at(typed('type: infra', 'type: ‸')).items.map((c) => [c.label, c.detail]), [
      ['cluster', 'Full'],
      ['infra', 'Infrastructure'],
      ['add-on', 'Add-on'],
      ['system', 'System'],
    ]);
    assert.deepEqual(labels(typed('cloudType: edge-native', 'cloudType: edge‸')).slice(0, 3), ['all', 'aws', 'azure']);
  });

  test('a key with no value and no space yet gets the value with a leading space', () => {
    const { items } = at(typed('layer: k8s', 'layer:‸'));
    assert.equal(items[0]?.insertText, ' kernel');
  });

  test('registry names complete inside an unclosed flow map, only registries holding the pack', () => {
    const { items } = at(typed('{ metadata: { name: Public Repo } }', '{ metadata: { name: ‸'));
    assert.deepEqual(items.map((c) => [c.label, c.detail]), [
      ['Public Repo', 'pack · edge-k3s 1.33.1'],
      ['Palette Registry', 'oci · edge-k3s 1.32.3'],
    ]);
  });

  test('registry names complete in the block form of registry.metadata', () => {
    assert.deepEqual(labels(typed('            name: Public Repo', '            name: P‸')), ['Public Repo', 'Palette Registry']);
  });

  test('completion still works with a YAML syntax error elsewhere in the document', () => {
    const broken = typed('  name: edge-infra', '  name: "edge-infra\n  description: [unclosed');
    assert.ok(parseProfile(broken).syntaxErrors.length > 0);
    const marked = typed('tag: 1.32.3', 'tag: ‸', broken);
    assert.deepEqual(labels(marked).slice(0, 2), ['1.33.x', '1.33.1']);
  });

  test('the JSON form completes tags inside the quotes without adding quotes', () => {
    const json = JSON.stringify(parseProfile(edgeProfile).ast.toJS(), null, 2);
    const marked = json.replace('"tag": "1.32.3"', '"tag": "1.3‸"');
    const { items } = at(marked);
    assert.deepEqual(items.slice(0, 2).map((c) => c.insertText), ['1.33.x', '1.33.1']);
  });
});
