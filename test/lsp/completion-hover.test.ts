import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, CompletionItem, CompletionList, Hover, InlayHint, TextEdit } from 'vscode-languageserver-protocol/node';
import { withCursor } from '../fixtures/cursor.js';
import { typed } from '../unit/complete-profile.js';
import { startServerOnEmulator, type EmulatorServer } from './emulator-server.js';
import type { LspClient } from './lsp-client.js';
import { applyEdits, fileUri } from './lsp-client.js';

/** Re-asks until the answer is there (the catalog loads in the background), with a deadline. */
async function until<T>(probe: () => Promise<T | null | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('completion, hover, inlay hints and code lens over LSP against the emulator', () => {
  let server: EmulatorServer;
  let client: LspClient;
  let opened = 0;

  before(async () => {
    server = await startServerOnEmulator();
    ({ client } = server);
  });
  after(() => server.stop());

  async function openMarked(marked: string) {
    const { text, offset } = withCursor(marked);
    const uri = fileUri(`authoring-${opened++}.profile.yaml`);
    await client.open(uri, text);
    return { uri, text, position: positionAt(text, offset) };
  }

  /** Completion labels once the catalog has loaded what the profile names (the first answers may be empty). */
  async function labelsAt(marked: string): Promise<CompletionItem[]> {
    const { uri, position } = await openMarked(marked);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionList | null;
      const items = list?.items ?? [];
      if ((items.length > 0 && !list?.isIncomplete) || Date.now() > deadline) return [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      await new Promise((r) => setImmediate(r));
    }
  }

  test('tags of the pack come newest first with latest and recommended labelled', async () => {
    const items = await labelsAt(typed('tag: 1.32.3', 'tag: ‸'));
    assert.deepEqual(items.slice(0, 5).map((i) => [i.label, i.detail ?? '']), [
      ['1.33.x', '→ 1.33.1'],
      ['1.33.1', 'latest'],
      ['1.32.x', '→ 1.32.3'],
      ['1.32.3', 'recommended'],
      ['1.32.1', ''],
    ]);
    assert.deepEqual(items.find((i) => i.label === '1.28.4')?.tags, [1]);
  });

  test('a half-typed pack name lists the packs that fit, and accepting one fills the item', async () => {
    const { uri, text, position } = await openMarked(typed('  variables:', '      - name: edge-k‸\n  variables:'));
    let items: CompletionItem[] = [];
    const deadline = Date.now() + 10_000;
    while (items.length === 0 && Date.now() < deadline) {
      const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionList;
      items = list.items.filter((i) => i.label.startsWith('edge-k'));
    }
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [
      ['edge-k3s', 'Palette Optimized K3s · 1.33.1 · Public Repo'],
      ['edge-k3s', 'Palette Optimized K3s · 1.32.3 · Palette Registry'],
      ['edge-k8s', 'Palette eXtended Kubernetes Edge (PXK-E) · 1.32.3 · Public Repo'],
    ]);
    const first = items[0] as CompletionItem;
    const accepted = applyEdits(text, [first.textEdit as TextEdit, ...(first.additionalTextEdits ?? [])]);
    assert.match(accepted, /- name: edge-k3s\n {8}type: spectro\n {8}layer: k8s\n {8}tag: 1\.33\.1\n {8}registry:\n {10}metadata:\n {12}name: Public Repo\n {2}variables:/);
  });

  test('values keys inside cluster.config complete on a blank line with their defaults', async () => {
    const items = await labelsAt(typed('              flannel-backend: none\n', '              flannel-backend: none\n\n              ‸\n'));
    assert.deepEqual(items.slice(0, 3).map((i) => [i.label, i.detail]), [
      ['no-flannel', 'default: true'],
      ['disable-network-policy', 'default: true'],
      ['disable', 'default: [ 4 items ]'],
    ]);
  });

  test('layers, registry names in an unclosed flow map, variables and system macros complete', async () => {
    assert.deepEqual((await labelsAt(typed('layer: k8s', 'layer: ‸'))).map((i) => i.label), ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon']);
    assert.deepEqual((await labelsAt(typed('{ metadata: { name: Public Repo } }', '{ metadata: { name: ‸'))).map((i) => i.label), ['Public Repo', 'Palette Registry']);
    assert.deepEqual((await labelsAt(typed('flannel-backend: none', "flannel-backend: '{{ .spectro.var.‸ }}'"))).map((i) => i.label), ['podCidr', 'clusterName']);
    const system = await labelsAt(typed('flannel-backend: none', 'flannel-backend: "{{ .spectro.system.‸"'));
    assert.deepEqual(system.slice(0, 2).map((i) => i.label), ['user.name', 'user.uid']);
  });

  test('hover on a pack name and on a macro gives exact markdown', async () => {
    const { uri, position } = await openMarked(typed('- name: edge-k3s', '- name: edge-‸k3s'));
    const hover = await until(() => client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>, 'pack hover');
    assert.deepEqual(hover.contents, {
      kind: 'markdown',
      value: '**Palette Optimized K3s** `edge-k3s`\n\nLayer: k8s · Registry: Public Repo · Latest: 1.33.1 · Cloud types: edge-native\n\nedge-k3s 1.32.3 (Public Repo).',
    });
    const macro = await openMarked(typed('{{ .spectro.system.kubernetes', '{{ .spectro.system.kuber‸netes'));
    const macroHover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: macro.uri }, position: macro.position })) as Hover;
    assert.deepEqual(macroHover.contents, { kind: 'markdown', value: 'System macro `kubernetes.version`\n\nResolves to `1.32.3` (k8s layer `edge-k3s`).' });
  });

  test('inlay hints show the resolved provider image; code lens offers publish, latest, defaults and diff', async () => {
    const { uri, text } = await openMarked(typed('tag: 1.32.3', 'tag: 1.32.3‸'));
    const range = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range })) as InlayHint[];
    const lines = text.split('\n');
    const uriLine = lines.findIndex((l) => l.includes('system.uri:'));
    // After the closing quote of the uri, at the end of its line.
    assert.deepEqual(hints.map((h) => [h.label, h.position]), [['→ ttl.sh:1.32.3', { line: uriLine, character: lines[uriLine]?.length }]]);
    const lenses = await until(async () => {
      const found = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
      return found.length === 7 ? found : undefined;
    }, 'seven code lenses');
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]), [
      [1, 'Publish…', 'palette.profile.publish'],
      [8, 'latest 2.1.0 ✓', ''],
      [8, 'defaults', 'palette.values.insertDefaults'],
      [8, 'diff vs defaults', 'palette.values.diffDefaults'],
      [19, 'latest 1.33.1', 'palette.packs.bumpVersion'],
      [19, 'defaults', 'palette.values.insertDefaults'],
      [19, 'diff vs defaults', 'palette.values.diffDefaults'],
    ]);
  });

  test('palette/defaultValues answers the defaults, the current values and the insert edit', async () => {
    const { uri, text } = await openMarked(typed('tag: 1.32.3', 'tag: 1.32.3‸'));
    const result = (await client.connection.sendRequest('palette/defaultValues', { uri, packIndex: 1 })) as { packName: string; version: string; defaults: string; current: string; edit: TextEdit };
    assert.equal(result.packName, 'edge-k3s');
    assert.equal(result.version, '1.32.3');
    assert.match(result.defaults, /^cluster:\n {2}config: \|\n/);
    assert.equal(result.current, 'cluster:\n  config: |\n    flannel-backend: none\n');
    const after = applyEdits(text, [result.edit]);
    assert.ok(after.includes('        values: |\n          cluster:\n            config: |\n              # disable the built in cni\n'));
    assert.ok(after.endsWith('  variables:\n    - name: podCidr\n      format: ipv4cidr\n    - name: clusterName\n'));
  });
});
