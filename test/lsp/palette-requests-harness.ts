/** Starts the real server bundle with a connection to the emulator in its environment, as the VS Code client does. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator, EmulatorTenant } from '../emulator/index.js';
import { LspClient } from './lsp-client.js';

export interface PaletteServer {
  client: LspClient;
  /** Every window/logMessage line the server sent. */
  logs: string[];
  request<R>(method: string, params?: unknown): Promise<R>;
  /** The message of the error the request fails with (fails the test when it succeeds). */
  failure(method: string, params?: unknown): Promise<string>;
}

export async function startPaletteServer(
  emu: Emulator,
  o: { tenant: EmulatorTenant; apiKey?: string; projectName?: string; settings?: Record<string, unknown> },
): Promise<PaletteServer> {
  const project = o.tenant.projects.find((p) => p.name === (o.projectName ?? 'Default'));
  const connection = { name: `${o.tenant.name}-emu`, host: emu.url, projectName: o.projectName ?? 'Default', projectUid: project?.uid };
  const env = {
    PALETTE_CONNECTION: JSON.stringify(connection),
    PALETTE_API_KEY: o.apiKey ?? o.tenant.apiKey,
    PALETTE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'palette-lsp-cache-')),
    PALETTE_HOST: undefined,
    SPECTROCLOUD_APIKEY: undefined,
  };
  const { client } = await LspClient.start({ env, settings: o.settings });
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  const request = <R>(method: string, params?: unknown) => client.connection.sendRequest<R>(method, params);
  const failure = async (method: string, params?: unknown) => {
    const outcome = await request(method, params).then(
      (value) => ({ value }),
      (err: unknown) => ({ err }),
    );
    if ('value' in outcome) throw new Error(`${method} succeeded: ${JSON.stringify(outcome.value)}`);
    return outcome.err instanceof Error ? outcome.err.message : String(outcome.err);
  };
  return { client, logs, request, failure };
}
