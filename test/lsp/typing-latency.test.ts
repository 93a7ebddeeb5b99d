import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileUri, LspClient } from './lsp-client.js';

const clean = readFileSync(resolve(__dirname, '../fixtures/profiles/layer-infra-clean.profile.yaml'), 'utf8');
const typeLine = clean.split('\n').findIndex((l) => l.trim() === 'type: spectro');
const typeAt = { line: typeLine, character: clean.split('\n')[typeLine].indexOf('spectro') };

describe('validation while typing', () => {
  let client: LspClient;

  before(async () => {
    // A long delay: an answer well within it shows the delay was not waited for.
    ({ client } = await LspClient.start({ settings: { validationDelay: 4000 } }));
  });
  after(async () => {
    await client.shutdown();
  });

  test('a keystroke after a pause is validated at once, without waiting for the validation delay', async () => {
    const uri = fileUri('typing-pause.profile.yaml');
    await client.open(uri, clean);
    assert.deepEqual(await client.diagnostics(uri), []);
    await client.change(uri, { start: typeAt, end: { line: typeAt.line, character: typeAt.character + 1 } }, 'S');
    const diagnostics = await client.diagnostics(uri, 2500);
    assert.ok(diagnostics.some((d) => d.code === 'invalid-enum'), JSON.stringify(diagnostics));
  });

  test('keystrokes in quick succession are validated once, for the last of them', async () => {
    const uri = fileUri('typing-burst.profile.yaml');
    await client.changeSettings({ validationDelay: 300 });
    await client.open(uri, clean);
    await client.diagnostics(uri);
    const seen = new Set<number>();
    const collect = () => {
      const v = client.published.get(uri)?.version;
      if (v !== undefined) seen.add(v);
      return seen.has(client.version(uri));
    };
    const first = client.version(uri) + 1;
    for (const ch of 'SPECT') {
      await client.change(uri, { start: typeAt, end: { line: typeAt.line, character: typeAt.character + 1 } }, ch);
    }
    await client.waitFor(collect, 'diagnostics of the last keystroke');
    const last = client.version(uri);
    const between = [...seen].filter((v) => v > first && v < last);
    assert.deepEqual(between, [], `published for intermediate versions ${between.join(', ')}`);
    assert.ok(client.published.get(uri)?.diagnostics.some((d) => d.code === 'invalid-enum'));
  });
});
