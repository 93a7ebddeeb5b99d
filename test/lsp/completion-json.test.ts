import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol/node';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { withCursor } from '../fixtures/cursor.js';
import { edgeProfile } from '../unit/complete-profile.js';
import { startServerOnEmulator, type EmulatorServer } from './emulator-server.js';
import { applyEdits, fileUri } from './lsp-client.js';

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('pack-name completion in a JSON profile over LSP against the emulator', () => {
  let server: EmulatorServer;
  before(async () => {
    server = await startServerOnEmulator();
  });
  after(() => server.stop());

  test('accepting a pack name in a new JSON item fills type, layer, tag and registry as valid JSON', async () => {
    const { client } = server;
    const pretty = JSON.stringify(parseProfile(edgeProfile).ast.toJS(), null, 2);
    const { text, offset } = withCursor(pretty.replace('"packs": [\n', '"packs": [\n        {\n          "name": "edge-k‸"\n        },\n'));
    const uri = fileUri('completion-json.profile.json');
    await client.open(uri, text);
    assert.ok((await client.diagnostics(uri)).some((d) => d.code === 'missing-field'), 'the item with only a name lacks fields');
    // The catalog loads in the background, a registry at a time: the first answers may not have the pack yet.
    let chosen: CompletionItem | undefined;
    const deadline = Date.now() + 10_000;
    while (!chosen && Date.now() < deadline) {
      const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionAt(text, offset) })) as CompletionList | null;
      chosen = list?.items.find((i) => i.label === 'edge-k3s' && i.detail?.endsWith(' · Palette Registry'));
    }
    assert.ok(chosen, 'edge-k3s from Palette Registry is offered');
    const accepted = applyEdits(text, [chosen.textEdit as TextEdit, ...(chosen.additionalTextEdits ?? [])]);
    const packs = (JSON.parse(accepted) as { spec: { template: { packs: unknown[] } } }).spec.template.packs;
    assert.deepEqual(packs[0], { name: 'edge-k3s', type: 'oci', layer: 'k8s', tag: '1.32.3', registry: { metadata: { name: 'Palette Registry' } } });
    assert.equal(accepted, JSON.stringify(JSON.parse(accepted), null, 2), 'laid out like the rest of the file');

    await client.applyEdits(uri, [chosen.textEdit as TextEdit, ...(chosen.additionalTextEdits ?? [])]);
    const codes = (await client.diagnostics(uri)).map((d) => d.code);
    assert.ok(!codes.includes('yaml-syntax') && !codes.includes('missing-field'), `the server finds the item complete and valid: ${codes.join(', ')}`);
  });
});
