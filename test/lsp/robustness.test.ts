/**
 * The language server under editor load: 200 open documents, 1,000 rapid incremental edits, stale requests
 * cancelled, and diagnostics that never go back to an older version of a document.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { fileUri, LspClient } from './lsp-client.js';

const clean = readFileSync(resolve(__dirname, '../fixtures/profiles/layer-infra-clean.profile.yaml'), 'utf8');
const broken = clean.replace('type: spectro', 'type: Spectro');

/** What a fresh validation of `text` says, as the server would publish it (code and position). */
function expected(text: string): string[] {
  const doc = TextDocument.create('file:///x', 'palette-profile', 1, text);
  return validate(parseProfile(text)).map((f) => `${f.code} ${JSON.stringify(doc.positionAt(f.range[0]))}`).sort();
}

describe('language server robustness', () => {
  let client: LspClient;
  /** Every publish in arrival order, per uri. */
  const history = new Map<string, number[]>();

  before(async () => {
    ({ client } = await LspClient.start({ settings: { validationDelay: 5 } }));
    client.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      history.set(p.uri, [...(history.get(p.uri) ?? []), p.version ?? -1]);
      client.published.set(p.uri, p);
      (client as unknown as { notify(): void }).notify();
    });
  });
  after(async () => {
    await client.shutdown();
  });

  test('200 open documents all get their own diagnostics', async () => {
    const uris = Array.from({ length: 200 }, (_, i) => fileUri(`many-${i}.profile.yaml`));
    await Promise.all(uris.map((uri, i) => client.open(uri, i % 2 ? broken : clean)));
    for (const [i, uri] of uris.entries()) {
      const codes = (await client.diagnostics(uri, 30_000)).map((d) => d.code);
      assert.deepEqual(codes, i % 2 ? ['invalid-enum'] : [], uri);
    }
  });

  test('after 1,000 rapid edits the diagnostics match a fresh validation of the final text, and never went back a version', async () => {
    const uris = Array.from({ length: 4 }, (_, i) => fileUri(`typing-${i}.profile.yaml`));
    for (const uri of uris) await client.open(uri, clean);
    const line = clean.split('\n').findIndex((l) => l.includes('type: spectro'));
    const col = clean.split('\n')[line].indexOf('spectro');
    for (let k = 0; k < 1000; k++) {
      const uri = uris[k % uris.length];
      const j = Math.floor(k / uris.length);
      // Type two characters, delete one, into a pack's type: the texts end differently broken per document.
      const at = { line, character: col + (k % uris.length) };
      if (j % 3 !== 2) await client.change(uri, { start: at, end: at }, 'xX'[j % 2]);
      else await client.change(uri, { start: at, end: { line, character: at.character + 1 } }, '');
    }
    for (const uri of uris) {
      const diagnostics = await client.diagnostics(uri, 30_000);
      const got = diagnostics.map((d) => `${String(d.code)} ${JSON.stringify(d.range.start)}`).sort();
      assert.deepEqual(got, expected(client.text(uri)), uri);
      assert.ok(got.length > 0 && client.text(uri) !== clean, 'the edits left the document broken');
      const versions = history.get(uri) ?? [];
      assert.ok(versions.every((v, i) => i === 0 || v >= versions[i - 1]), `${uri} published versions ${versions.join(',')}`);
      assert.equal(versions[versions.length - 1], client.version(uri));
    }
  });

  test('several changes per notification inside values blocks (line breaks, other packs) give a fresh validation\'s diagnostics', async () => {
    const original = readFileSync(resolve(__dirname, '../../examples/vsphere-infra.profile.yaml'), 'utf8');
    const uri = fileUri('typing-values.profile.yaml');
    await client.open(uri, original);
    await client.diagnostics(uri);
    let seed = 12_345;
    const next = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
    // Mostly characters that change what the values parse to, so a misplaced change shows in the diagnostics.
    const pieces = ['{', '}', '"', "'", ': ', '- ', '[', '\n', '#', 'k: 1', 'x'];
    let text = original;
    let version = client.version(uri);
    let syntax = 0;
    for (let round = 0; round < 60; round++) {
      const changes: Array<{ range: Range; text: string }> = [];
      // Two to five changes, each in the text the ones before it left (as the protocol orders them): every other
      // round all in one pack (its values are re-read on their own), else in any pack.
      const onePack = round % 2 === 0 ? Math.floor(next() * 1000) : undefined;
      for (let k = 2 + Math.floor(next() * 4); k > 0; k--) {
        const doc = TextDocument.create(uri, 'palette-profile', 1, text);
        const blocks = parseProfile(text).packs.flatMap((p) => (p.values ? [p.values.contentRange] : []));
        const [cs, ce] = blocks[(onePack ?? Math.floor(next() * 1000)) % blocks.length];
        // Past the block's first line (it fixes the indentation) and past a non-blank line's indentation: the
        // changes edit values, never where a block ends.
        const from = text.indexOf('\n', cs) + 1;
        const o = from + Math.floor(next() * Math.max(1, ce - 4 - from));
        const lineStart = text.lastIndexOf('\n', o - 1) + 1;
        const lineEnd = text.indexOf('\n', o);
        const textStart = lineStart + /^ */.exec(text.slice(lineStart, lineEnd))![0].length;
        const at = textStart < lineEnd ? Math.max(o, textStart + 1) : lineEnd;
        const remove = next() < 0.3 && /^\S{3}/.test(text.slice(at, at + 3)) ? 1 + Math.floor(next() * 3) : 0;
        const piece = pieces[Math.floor(next() * pieces.length)];
        // A line break keeps the line's indentation, as an editor does.
        const insert = piece === '\n' ? `\n${' '.repeat(textStart - lineStart)}` : piece;
        changes.push({ range: { start: doc.positionAt(at), end: doc.positionAt(at + remove) }, text: insert });
        text = text.slice(0, at) + insert + text.slice(at + remove);
      }
      version++;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      const expectedVersion = version;
      const diagnostics = await client.waitFor(() => {
        const p = client.published.get(uri);
        return p && p.version === expectedVersion ? p.diagnostics : undefined;
      }, `diagnostics of version ${version}`);
      const got = diagnostics.map((d) => `${String(d.code)} ${JSON.stringify(d.range.start)}`).sort();
      assert.deepEqual(got, expected(text), `round ${round}: ${JSON.stringify(changes)}`);
      if (got.some((g) => g.startsWith('values-syntax'))) syntax++;
    }
    assert.ok(syntax > 10, `the changes broke some values YAML in only ${syntax} rounds`);
  });

  test('a cancelled request answers RequestCancelled or a result, and the server keeps answering', async () => {
    const uri = fileUri('cancel.profile.yaml');
    await client.open(uri, broken);
    const diagnostics = await client.diagnostics(uri);
    const range = diagnostics[0].range;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const source = new CancellationTokenSource();
        const pending = client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } }, source.token);
        source.cancel();
        try {
          return Array.isArray(await pending) ? 'result' : 'other';
        } catch (error) {
          return (error as { code?: number }).code === -32800 ? 'cancelled' : `error ${String(error)}`;
        }
      }),
    );
    assert.ok(outcomes.every((o) => o === 'result' || o === 'cancelled'), outcomes.join(', '));
    const actions = await client.codeActions(uri, range, diagnostics);
    assert.ok(actions.some((a) => a.title.length > 0), 'a quick fix after the cancellations');
  });

  test('an edit that jumps versions is taken as the newest text', async () => {
    const uri = fileUri('jump.profile.yaml');
    await client.open(uri, broken);
    await client.diagnostics(uri);
    const line = broken.split('\n').findIndex((l) => l.includes('type: Spectro'));
    const col = broken.split('\n')[line].indexOf('Spectro');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 57 },
      contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: 's' }],
    });
    const published = await client.waitFor(() => {
      const p = client.published.get(uri);
      return p && p.version === 57 ? p : undefined;
    }, 'diagnostics of version 57');
    assert.deepEqual(published.diagnostics, []);
  });
});
