import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/index.js';
import { LogMessageNotification } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './lsp-client.js';

const clean = readFileSync(resolve(__dirname, '../fixtures/profiles/layer-infra-clean.profile.yaml'), 'utf8');

describe('language server with a Palette connection in its environment', () => {
  let emulator: Emulator;
  let cacheDir: string;
  before(async () => {
    emulator = await startEmulator();
    cacheDir = mkdtempSync(join(tmpdir(), 'palette-lsp-cache-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  test('catalog findings arrive after the catalog loads, without the user typing again, and the key is never logged', async () => {
    const tenant = emulator.tenants[0];
    const { client } = await LspClient.start({
      env: { PALETTE_HOST: emulator.url, PALETTE_API_KEY: tenant.apiKey, PALETTE_CACHE_DIR: cacheDir },
    });
    const logs: string[] = [];
    client.connection.onNotification(LogMessageNotification.type, (p) => {
      logs.push(p.message);
    });
    try {
      const uri = fileUri('catalog.profile.yaml');
      await client.open(uri, clean);
      // ubuntu-vsphere is not in the emulator's Public Repo: only the catalog can say so.
      const published = await client.waitFor(() => {
        const p = client.published.get(uri);
        return p?.diagnostics.some((d) => d.code === 'unknown-version') ? p : undefined;
      }, 'a catalog diagnostic', 15000);
      assert.equal(published.version, 1, 'published for the version the user has, with no edit in between');
      assert.ok(emulator.requestLog.some((r) => r.path.startsWith('/v1/packs')), 'the server asked the emulator');
      assert.ok(!logs.join('\n').includes(tenant.apiKey) && !client.stderr.includes(tenant.apiKey), 'the API key leaked into a log');
    } finally {
      await client.shutdown();
    }
  });
});
