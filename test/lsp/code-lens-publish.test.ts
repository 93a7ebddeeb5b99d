import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './lsp-client.js';

const yamlProfile = `# shop add-ons
metadata:
  name: shop-addons
spec:
  version: 1.0.0
  template:
    type: add-on
    cloudType: all
    packs: []
`;

const jsonProfile = JSON.stringify({ metadata: { name: 'shop-json' }, spec: { version: '1.0.0', template: { type: 'add-on', packs: [] } } }, null, 2);

async function lensesOf(client: LspClient, uri: string, text: string, languageId?: string): Promise<CodeLens[]> {
  await client.open(uri, text, languageId);
  return ((await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[] | null) ?? [];
}

const summary = (lenses: CodeLens[]) => lenses.map((l) => [l.range.start.line, l.range.start.character, l.command?.title, l.command?.command, l.command?.arguments]);

// No API key: the server makes no request, so these lenses come without any catalog (no per-pack lenses).
describe('the Publish code lens over LSP', () => {
  describe('with a named connection', () => {
    let client: LspClient;
    before(async () => {
      const connection = JSON.stringify({ name: 'acme-prod', host: 'https://palette.invalid' });
      ({ client } = await LspClient.start({ env: { PALETTE_CONNECTION: connection, PALETTE_API_KEY: '', PALETTE_HOST: '' } }));
    });
    after(() => client.shutdown());

    test('a YAML profile gets "Publish to acme-prod" on its metadata.name line, running palette.profile.publish on it', async () => {
      const uri = fileUri('lens-shop.profile.yaml');
      assert.deepEqual(summary(await lensesOf(client, uri, yamlProfile)), [[2, 2, 'Publish to acme-prod', 'palette.profile.publish', [{ uri }]]]);
    });

    test('a JSON profile gets the lens on its "name" line', async () => {
      const uri = fileUri('lens-shop.profile.json');
      assert.deepEqual(summary(await lensesOf(client, uri, jsonProfile)), [[2, 4, 'Publish to acme-prod', 'palette.profile.publish', [{ uri }]]]);
    });

    test('a document that is not a profile yet gets no Publish lens', async () => {
      assert.deepEqual(await lensesOf(client, fileUri('lens-empty.profile.yaml'), 'metadata:\n  name: draft\n'), []);
    });
  });

  test('without a named connection the lens says "Publish…"', async () => {
    const { client } = await LspClient.start({ env: { PALETTE_CONNECTION: '', PALETTE_API_KEY: '', PALETTE_HOST: '' } });
    try {
      const uri = fileUri('lens-unnamed.profile.yaml');
      assert.deepEqual(summary(await lensesOf(client, uri, yamlProfile)), [[2, 2, 'Publish…', 'palette.profile.publish', [{ uri }]]]);
    } finally {
      await client.shutdown();
    }
  });
});
