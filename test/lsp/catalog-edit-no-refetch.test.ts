import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { packCentralValues, yamlProfile } from '../unit/values-merge-profile.js';
import { catalogSettled, goldenLines } from './catalog-settled.js';
import { startServerOnEmulator, type EmulatorServer } from './emulator-server.js';
import type { Emulator } from '../emulator/index.js';
import type { LspClient } from './lsp-client.js';
import { fileUri } from './lsp-client.js';
import type { CatalogStatusResult } from '../../server/src/protocol.js';

const thanos = { name: 'thanos', version: '17.6.0', registry: 'Palette Community Registry', type: 'oci', layer: 'addon' };
// thanos 17.6.0 with its complete defaults (5,697 lines): clean against the catalog but for the outdated hint.
const text = yamlProfile(thanos, packCentralValues('thanos-17.6.0'));

function positionOf(source: string, offset: number): { line: number; character: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('editing a pack\'s values in the language server', () => {
  let server: EmulatorServer;
  let emulator: Emulator;
  let client: LspClient;
  before(async () => {
    server = await startServerOnEmulator();
    ({ emulator, client } = server);
  });
  after(() => server.stop());

  test('re-validates against the cached catalog without a single new request to Palette', async () => {
    const uri = fileUri('thanos-edit.profile.yaml');
    await client.open(uri, text);
    const first = goldenLines(await catalogSettled(client, uri));
    assert.ok(emulator.requestLog.some((r) => r.path.startsWith('/v1/packs/thanos/registries/')), 'thanos versions were fetched');
    assert.ok(!first.some((l) => l.endsWith('values-unknown-key')), first.join('\n'));
    const requestsBefore = emulator.requestLog.length;

    // A key the defaults do not have, typed inside the values block: only the catalog's defaults can flag it.
    const anchor = '\n              global:\n';
    assert.ok(text.includes(anchor));
    const start = positionOf(text, text.indexOf(anchor) + anchor.length);
    const version = await client.change(uri, { start, end: start }, '                imageRegistyr: ""\n');
    const after = await client.waitFor(() => {
      const p = client.published.get(uri);
      return p && p.version === version ? p.diagnostics : undefined;
    }, `diagnostics of v${version}`, 10_000);
    const unknownKey = after.find((d) => d.code === 'values-unknown-key');
    assert.ok(unknownKey, goldenLines(after).join('\n'));
    assert.equal(unknownKey.range.start.line, start.line);
    assert.ok(!after.some((d) => d.code === 'catalog-unavailable'), 'the edit lost the catalog data');

    // Whatever the edit set off has finished before the log is read: a fetch would keep the catalog loading.
    const deadline = Date.now() + 10_000;
    while ((await client.connection.sendRequest<CatalogStatusResult>('palette/catalogStatus')).loading) {
      assert.ok(Date.now() < deadline, 'the catalog kept loading after the edit');
    }
    assert.deepEqual(emulator.requestLog.slice(requestsBefore).map((r) => `${r.method} ${r.path}`), []);
  });
});
