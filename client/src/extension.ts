/** Extension entry: activate / deactivate only. */
import * as vscode from 'vscode';
import { authoringCommands } from './commands/authoring-commands.js';
import { cloneProfileCommand } from './commands/clone.js';
import { publishProfileCommand } from './commands/publish.js';
import type { PublishArgs } from './commands/publish.js';
import { startLanguageClient } from './language-client.js';
import type { PaletteLanguageClient } from './language-client.js';
import { registerProfileDetection } from './profile-detection.js';
import { Connections } from './connections.js';
import { registerPaletteViews } from './views/register-views.js';
import type { PaletteViews } from './views/register-views.js';

/** What activate returns: tests (and other extensions) wait on `ready` before talking to the server. */
export interface PaletteApi {
  /** Resolves when the language server is running. */
  ready: Promise<void>;
  /** The Packs and Profiles tree providers, connections and status bar (tests query the trees through these). */
  views: PaletteViews;
  /** Folder of this extension's log files (the Palette output channel writes there). */
  logUri: vscode.Uri;
  /** This extension's global storage (the catalog cache lives under it). */
  globalStorageUri: vscode.Uri;
}

let server: PaletteLanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PaletteApi {
  const log = vscode.window.createOutputChannel('Palette', { log: true });
  context.subscriptions.push(log);
  registerProfileDetection(context, log);
  const connections = new Connections(context.secrets);
  // The server starts with the active connection already in its environment: no restart right after activation.
  const started = connections.forServer().then((credentials) => startLanguageClient(context, log, credentials));
  const authoring = authoringCommands(async () => (await started).client);
  context.subscriptions.push(authoring.disposable);
  const publishing = {
    'palette.profile.publish': (arg?: unknown) => publishProfileCommand(async () => (await started).client, arg as PublishArgs | vscode.Uri | undefined),
    'palette.profile.clone': (arg?: unknown) => cloneProfileCommand(connections, context.asAbsolutePath('dist/cli.js'), arg),
  };
  const views = registerPaletteViews(context, log, connections, started, { ...authoring.handlers, ...publishing });
  const ready = started.then(
    (running) => {
      server = running;
    },
    (err: unknown) => {
      log.error(`language server did not start: ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    },
  );
  return { ready, views, logUri: context.logUri, globalStorageUri: context.globalStorageUri };
}

export async function deactivate(): Promise<void> {
  await server?.client.stop();
  server = undefined;
}
