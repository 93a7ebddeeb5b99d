import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './lsp-client.js';

const clean = readFileSync(resolve(__dirname, '../fixtures/profiles/layer-infra-clean.profile.yaml'), 'utf8');
/** The clean infra profile with the k8s pack's `type: spectro` miscapitalised (line 17, 0-based 16). */
const brokenType = clean.replace('  - name: kubernetes\n        type: spectro', '  - name: kubernetes\n        type: Spectro');

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(diagnostics, null, 1)}`);
  return found[0];
}

describe('language server over stdio', () => {
  let client: LspClient;
  let init: InitializeResult;

  before(async () => {
    ({ client, init } = await LspClient.start());
  });
  after(async () => {
    await client.shutdown();
  });

  test('announces incremental sync, quick fixes and document symbols', () => {
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.ok(caps.documentSymbolProvider);
  });

  test('a clean profile gets an empty diagnostics list for its version', async () => {
    const uri = fileUri('clean.profile.yaml');
    await client.open(uri, clean);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  test('a wrong pack type is reported at its exact characters with code, source and docs link', async () => {
    const uri = fileUri('broken-type.profile.yaml');
    await client.open(uri, brokenType);
    const d = only(await client.diagnostics(uri), 'invalid-enum');
    assert.deepEqual(d.range, { start: { line: 16, character: 14 }, end: { line: 16, character: 21 } });
    assert.equal(d.source, 'palette');
    assert.equal(d.severity, 1);
    assert.match(d.codeDescription?.href ?? '', /#invalid-enum$/);
  });

  test('the diagnostic clears after the user types the fix (incremental change)', async () => {
    const uri = fileUri('typed-fix.profile.yaml');
    await client.open(uri, brokenType);
    only(await client.diagnostics(uri), 'invalid-enum');
    await client.change(uri, { start: { line: 16, character: 14 }, end: { line: 16, character: 15 } }, 's');
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.equal(client.text(uri), clean);
  });

  test('applying the offered quick fix leaves a clean document', async () => {
    const uri = fileUri('quick-fix.profile.yaml');
    await client.open(uri, brokenType);
    const d = only(await client.diagnostics(uri), 'invalid-enum');
    const actions = await client.codeActions(uri, d.range, [d]);
    const fix = actions.find((a) => a.kind === 'quickfix');
    assert.ok(fix, `no quick fix in ${JSON.stringify(actions)}`);
    const change = fix.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change, 'the fix is a versioned text document edit');
    assert.deepEqual(change.textDocument, { uri, version: client.version(uri) });
    await client.applyEdits(uri, change.edits as never);
    assert.equal(client.text(uri), clean);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  test('document symbols list the packs under their layers', async () => {
    const uri = fileUri('symbols.profile.yaml');
    await client.open(uri, clean);
    const symbols = await client.documentSymbols(uri);
    assert.ok(symbols);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [
        ['os', ['ubuntu-vsphere']],
        ['k8s', ['kubernetes']],
        ['cni', ['cni-calico']],
        ['csi', ['csi-vsphere-csi']],
      ],
    );
    const k8s = symbols[1].children![0];
    assert.deepEqual(k8s.selectionRange, { start: { line: 15, character: 14 }, end: { line: 15, character: 24 } });
  });

  test('a plain YAML file whose content is a profile is validated', async () => {
    const uri = fileUri('plain.yaml');
    await client.open(uri, brokenType, 'yaml');
    only(await client.diagnostics(uri), 'invalid-enum');
  });

  test('a plain YAML file that is not a profile gets no diagnostics', async () => {
    const other = fileUri('other.yaml');
    await client.open(other, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', 'yaml');
    // Open a profile after it: once its diagnostics arrive, the earlier document has been handled too.
    const marker = fileUri('after-other.profile.yaml');
    await client.open(marker, clean);
    await client.diagnostics(marker);
    assert.equal(client.published.has(other), false);
  });

  test('a JSON profile is validated at exact positions', async () => {
    const uri = fileUri('broken.json');
    const json = JSON.stringify({ metadata: { name: 'x' }, spec: { version: '1.0.0', template: { type: 'add-on', cloudType: 'all', packs: [{ name: 'a', type: 'Helm', layer: 'addon', version: '1.0.0', registry: { metadata: { name: 'Bitnami' } } }] } } }, null, 2);
    await client.open(uri, json, 'json');
    const d = only(await client.diagnostics(uri), 'invalid-enum');
    const line = json.split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), '"Helm"');
  });
});

describe('language server settings', () => {
  test('a rule severity setting changes the published diagnostic, and "off" removes it', async () => {
    const { client } = await LspClient.start({ settings: { rules: { 'invalid-enum': 'warning' } } });
    try {
      const uri = fileUri('severity.profile.yaml');
      await client.open(uri, brokenType);
      assert.equal(only(await client.diagnostics(uri), 'invalid-enum').severity, 2);
      const before = client.published.get(uri);
      await client.changeSettings({ validationDelay: 10, rules: { 'invalid-enum': 'off' } });
      const after = await client.waitFor(() => {
        const p = client.published.get(uri);
        return p !== before ? p : undefined;
      }, 're-validation after the settings change');
      assert.deepEqual(after.diagnostics, []);
    } finally {
      await client.shutdown();
    }
  });
});
