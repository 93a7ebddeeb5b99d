import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { complete } from '../../server/src/core/complete/index.js';
import type { PackNameOptions } from '../../server/src/core/complete/pack-name.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { withCursor } from '../fixtures/cursor.js';
import { emulatorCatalog, type EmulatorCatalog } from '../fixtures/emulator-catalog.js';
import { edgeProfile } from './complete-profile.js';

/** The edge profile as Palette's JSON export would write it: pretty-printed and minified. */
const edgeJs = parseProfile(edgeProfile).ast.toJS() as { spec: { template: { packs: Record<string, unknown>[] } } };
const pretty = JSON.stringify(edgeJs, null, 2);
const minified = JSON.stringify(edgeJs);
const createForm = readFileSync(resolve(__dirname, '../fixtures/profiles/create-form-addon.profile.json'), 'utf8');

/** `base` with `item` (carrying the ‸ cursor) as the first entry of its packs. */
function withFirstItem(base: string, item: string): string {
  const packs = /"packs": ?\[\n?/.exec(base);
  if (!packs) throw new Error('no packs list');
  const at = packs.index + packs[0].length;
  return base.slice(0, at) + item + base.slice(at);
}

const firstPack = (text: string) => (JSON.parse(text) as typeof edgeJs).spec.template.packs[0];

describe('pack-name completion in JSON profiles fills the item (emulator catalog, tenant acme)', () => {
  let emu: EmulatorCatalog;
  let catalog: CatalogSnapshot;
  before(async () => {
    emu = await emulatorCatalog();
    catalog = await emu.load([...packRefs(parseProfile(edgeProfile)), { name: 'edge-k3s', registryName: 'Public Repo', tag: '1.33.1' }]);
  });
  after(() => emu.stop());

  /** The text after accepting the candidate `label` from `registry`, with its additional edits, as an editor does. */
  function accept(marked: string, label: string, registry: string, o: PackNameOptions = {}): string {
    const { text, offset } = withCursor(marked);
    const chosen = complete(parseProfile(text), offset, catalog, o).find((c) => c.label === label && c.detail?.endsWith(` · ${registry}`));
    assert.ok(chosen, `${label} from ${registry} is offered`);
    const edits = [{ range: chosen.range, newText: chosen.insertText }, ...(chosen.additionalEdits ?? [])].sort((a, b) => b.range[0] - a.range[0]);
    return edits.reduce((out, e) => out.slice(0, e.range[0]) + e.newText + out.slice(e.range[1]), text);
  }

  test('in pretty-printed JSON the fields go one per line at the name’s indentation, with the catalog’s values', () => {
    const accepted = accept(withFirstItem(pretty, '        {\n          "name": "edge-k‸"\n        },\n'), 'edge-k3s', 'Palette Registry');
    assert.deepEqual(firstPack(accepted), { name: 'edge-k3s', type: 'oci', layer: 'k8s', tag: '1.32.3', registry: { metadata: { name: 'Palette Registry' } } });
    // Laid out exactly as the rest of the file: what JSON.stringify with two spaces writes.
    assert.equal(accepted, JSON.stringify(JSON.parse(accepted), null, 2));
    const crlf = accept(withFirstItem(pretty, '        {\n          "name": "edge-k‸"\n        },\n').replace(/\n/g, '\r\n'), 'edge-k3s', 'Palette Registry');
    assert.equal(crlf, accepted.replace(/\n/g, '\r\n'), 'a file with CRLF line breaks keeps them');
  });

  test('with values asked for, the version’s default values are written as a JSON string', () => {
    const accepted = accept(withFirstItem(pretty, '        {\n          "name": "edge-k‸"\n        },\n'), 'edge-k3s', 'Public Repo', { includeValues: true });
    const registryUid = catalog.registries().find((r) => r.name === 'Public Repo')?.uid ?? '';
    const defaults = catalog.versionDetail(registryUid, 'edge-k3s', '1.33.1')?.values;
    assert.ok(defaults?.includes('\n'), 'the catalog has multi-line defaults for edge-k3s 1.33.1');
    assert.deepEqual(firstPack(accepted), { name: 'edge-k3s', type: 'spectro', layer: 'k8s', tag: '1.33.1', registry: { metadata: { name: 'Public Repo' } }, values: defaults });
    assert.equal(accepted, JSON.stringify(JSON.parse(accepted), null, 2));
  });

  test('an item written on one line gets `, "key": value` inline, in a pretty file and in a minified one', () => {
    const inline = accept(withFirstItem(pretty, '        { "name": "edge-k‸" },\n'), 'edge-k3s', 'Public Repo');
    const line = inline.split('\n').find((l) => l.includes('"edge-k3s", "type"'));
    assert.equal(line, '        { "name": "edge-k3s", "type": "spectro", "layer": "k8s", "tag": "1.33.1", "registry": { "metadata": { "name": "Public Repo" } } },');
    assert.deepEqual(firstPack(inline), { name: 'edge-k3s', type: 'spectro', layer: 'k8s', tag: '1.33.1', registry: { metadata: { name: 'Public Repo' } } });

    const min = accept(withFirstItem(minified, '{"name":"edge-k‸"},'), 'edge-k3s', 'Palette Registry');
    assert.deepEqual(firstPack(min), { name: 'edge-k3s', type: 'oci', layer: 'k8s', tag: '1.32.3', registry: { metadata: { name: 'Palette Registry' } } });
    assert.equal(min, JSON.stringify(JSON.parse(min)), 'the file stays minified');
  });

  test('fields the item already has are kept and never written twice, whether more fields follow the name or not', () => {
    const item = '        {\n          "name": "edge-k‸",\n          "tag": "1.32.1",\n          "registry": { "metadata": {} },\n          "values": "cluster: {}\\n"\n        },\n';
    const accepted = accept(withFirstItem(pretty, item), 'edge-k3s', 'Public Repo', { includeValues: true });
    assert.ok(accepted.includes('          "name": "edge-k3s",\n          "type": "spectro",\n          "layer": "k8s",\n          "tag": "1.32.1",\n          "registry": { "metadata": {} },\n          "values": "cluster: {}\\n"\n        },'));
    assert.deepEqual(firstPack(accepted), { name: 'edge-k3s', type: 'spectro', layer: 'k8s', tag: '1.32.1', registry: { metadata: {} }, values: 'cluster: {}\n' });

    const inline = accept(withFirstItem(pretty, '        { "name": "edge-k‸", "tag": "1.32.1" },\n'), 'edge-k3s', 'Palette Registry');
    assert.ok(inline.includes('        { "name": "edge-k3s", "type": "oci", "layer": "k8s", "registry": { "metadata": { "name": "Palette Registry" } }, "tag": "1.32.1" },\n'));

    const full = accept(pretty.replace('"name": "edge-k3s"', '"name": "edge-k‸"'), 'edge-k3s', 'Public Repo', { includeValues: true });
    assert.equal(full, pretty, 'a pack with every field gets only its name');
  });

  test('a create-form JSON profile gets registryUid, at the fixture’s own indentation', () => {
    const accepted = accept(withFirstItem(createForm, '        {\n          "name": "argo-‸"\n        },\n'), 'argo-rollouts', 'Palette Community Registry');
    const communityUid = catalog.registries().find((r) => r.name === 'Palette Community Registry')?.uid;
    const pack = firstPack(accepted);
    assert.equal(pack.registryUid, communityUid);
    assert.deepEqual(Object.keys(pack), ['name', 'type', 'layer', 'tag', 'registryUid']);
    assert.deepEqual([pack.type, pack.layer], ['oci', 'addon']);
    assert.ok(/\n {10}"name": "argo-rollouts",\n {10}"type": "oci",\n {10}"layer": "addon",\n {10}"tag": "[^"]+",\n {10}"registryUid": "\w+"\n {8}\},\n {8}\{\n {10}"name": "hello-universe"/.test(accepted));
  });
});
