import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { codeLenses } from '../../server/src/core/code-lens.js';
import { hoverAt } from '../../server/src/core/hover/index.js';
import { inlayHints } from '../../server/src/core/inlay-hints.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { withCursor } from '../fixtures/cursor.js';
import { emulatorCatalog, type EmulatorCatalog } from '../fixtures/emulator-catalog.js';
import { edgeProfile, typed } from './complete-profile.js';

describe('hover, inlay hints and code lens (emulator catalog, tenant acme)', () => {
  let emu: EmulatorCatalog;
  let catalog: CatalogSnapshot;
  before(async () => {
    emu = await emulatorCatalog();
    catalog = await emu.load(packRefs(parseProfile(edgeProfile)));
  });
  after(() => emu.stop());

  const hover = (marked: string) => {
    const { text, offset } = withCursor(marked);
    return hoverAt(parseProfile(text), offset, catalog)?.markdown;
  };

  test('hover on a pack name shows display name, layer, registry, latest, cloud types and the README excerpt', () => {
    assert.equal(hover(typed('- name: edge-k3s', '- name: edge-‸k3s')), '**Palette Optimized K3s** `edge-k3s`\n\nLayer: k8s · Registry: Public Repo · Latest: 1.33.1 · Cloud types: edge-native\n\nedge-k3s 1.32.3 (Public Repo).');
  });

  test('hover on a tag shows what it resolves to and the latest version', () => {
    assert.equal(hover(typed('tag: 1.32.3', 'tag: 1.32‸.x')), '**edge-k3s** 1.32.x → 1.32.3\n\nLatest: 1.33.1 · Registry: Public Repo');
    assert.equal(hover(typed('tag: 1.32.3', 'tag: 1.28.4‸')), '**edge-k3s** 1.28.4\n\nStatus: deprecated · Latest: 1.33.1 · Registry: Public Repo');
  });

  test('hover on a values key shows its path and the pack default, inside cluster.config too', () => {
    assert.equal(hover(typed('flannel-backend: none', 'flannel-back‸end: none')), '`cluster.config.flannel-backend`\n\nDefault: "none"');
    assert.equal(hover(typed('system.registry: ttl.sh', 'system.reg‸istry: ttl.sh')), '`options.system.registry`\n\nDefault: "spectrocloud"');
  });

  test('hover on macros resolves pack references and the Kubernetes version, and shows variable definitions', () => {
    assert.equal(hover(typed('{{ .spectro.pack.edge-native-byoi', '{{ .spectro.pack.edge-‸native-byoi')), 'Pack reference `edge-native-byoi` → `options.system.registry`\n\nResolves to `ttl.sh`.');
    assert.equal(hover(typed('{{ .spectro.system.kubernetes', '{{ .spectro.system.kuber‸netes')), 'System macro `kubernetes.version`\n\nResolves to `1.32.3` (k8s layer `edge-k3s`).');
    const withVar = typed('flannel-backend: none', "flannel-backend: '{{ .spectro.var.pod‸Cidr }}'");
    assert.equal(hover(withVar), 'Variable `podCidr` (format: ipv4cidr)\n\n```yaml\nname: podCidr\n      format: ipv4cidr\n```');
  });

  test('inlay hints name the registry of a registryUid and show the resolved provider image', () => {
    const uid = catalog.registryByName('Public Repo')?.uid ?? '';
    const text = edgeProfile.replace('registry: { metadata: { name: Public Repo } }', `registryUid: ${uid}`);
    const profile = parseProfile(text);
    const hints = inlayHints(profile, catalog);
    assert.deepEqual(hints.map((h) => [h.kind, h.label]), [
      ['provider-image', '→ ttl.sh:1.32.3'],
      ['registry-name', 'Public Repo'],
    ]);
    const registryHint = hints[1];
    assert.equal(text.slice(registryHint!.offset - uid.length, registryHint!.offset), uid);
    assert.equal(text[hints[0]!.offset - 1], '"');
  });

  test('code lens per known pack: latest version, with bump edits when behind that keep a floating tag floating', () => {
    const text = typed('tag: 1.32.3', 'tag: 1.32.x\n        version: 1.32.3');
    const lenses = codeLenses(parseProfile(text), catalog);
    assert.deepEqual(lenses.map((l) => [l.packIndex, l.latest, l.bump?.map((e) => [text.slice(e.range[0], e.range[1]), e.newText])]), [
      [0, '2.1.0', undefined],
      [1, '1.33.1', [['1.32.x', '1.33.x'], ['1.32.3', '1.33.1']]],
    ]);
  });
});
