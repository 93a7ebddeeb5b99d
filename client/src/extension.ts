/** Extension entry: activate / deactivate only. */
import * as vscode from 'vscode';
import { startLanguageClient } from './language-client.js';
import type { PaletteLanguageClient } from './language-client.js';
import { registerProfileDetection } from './profile-detection.js';

/** What activate returns: tests (and other extensions) wait on `ready` before talking to the server. */
export interface PaletteApi {
  /** Resolves when the language server is running. */
  ready: Promise<void>;
}

let server: PaletteLanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PaletteApi {
  const log = vscode.window.createOutputChannel('Palette', { log: true });
  context.subscriptions.push(log);
  registerProfileDetection(context, log);
  const ready = startLanguageClient(context, log).then(
    (started) => {
      server = started;
    },
    (err: unknown) => {
      log.error(`language server did not start: ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    },
  );
  return { ready };
}

export async function deactivate(): Promise<void> {
  await server?.client.stop();
  server = undefined;
}
