import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { goldenDiff, listCases, readExpected, readProfile } from '../fixtures/golden.js';
import { LspClient } from './lsp-client.js';

const severityName: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

describe('golden profile corpus (language server)', () => {
  let client: LspClient;
  before(async () => {
    ({ client } = await LspClient.start());
  });
  after(async () => {
    await client.shutdown();
  });

  for (const c of listCases()) {
    test(`${c.name} publishes exactly its expected diagnostics`, async () => {
      const uri = pathToFileURL(c.profilePath).href;
      await client.open(uri, readProfile(c));
      const diagnostics = await client.diagnostics(uri);
      const actual = diagnostics
        .map((d) => ({ d, text: `${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName[d.severity ?? 1]} ${String(d.code)}` }))
        .sort((a, b) => a.d.range.start.line - b.d.range.start.line || a.d.range.start.character - b.d.range.start.character || a.text.localeCompare(b.text))
        .map((x) => x.text);
      assert.equal(goldenDiff(readExpected(c), actual), '');
      await client.close(uri);
    });
  }
});
