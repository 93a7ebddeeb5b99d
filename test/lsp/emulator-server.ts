/** The built language server connected to a fresh emulator as tenant acme, with its own empty catalog cache. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { LspClient } from './lsp-client.js';

export interface EmulatorServer {
  emulator: Emulator;
  client: LspClient;
  stop(): Promise<void>;
}

export async function startServerOnEmulator(): Promise<EmulatorServer> {
  const emulator = await startEmulator();
  const cacheDir = mkdtempSync(join(tmpdir(), 'palette-lsp-'));
  const acme = emulator.tenants.find((t) => t.name === 'acme')!;
  // Blank the variables a developer's shell may carry, so the server uses exactly this connection.
  const env = { PALETTE_HOST: emulator.url, PALETTE_API_KEY: acme.apiKey, PALETTE_CACHE_DIR: cacheDir, PALETTE_PROJECT: '', PALETTE_CONNECTION: '' };
  const { client } = await LspClient.start({ env });
  return {
    emulator,
    client,
    async stop() {
      await client.shutdown();
      await emulator.stop();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
