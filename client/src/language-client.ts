/**
 * Starts the language server (dist/server.mjs) over Node IPC. Credentials reach the server only through its
 * environment (PALETTE_CONNECTION / PALETTE_API_KEY), never in an LSP message.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { connectionEnv, profileLanguageId, serverNodeOptions, settingsSection } from '../../server/src/protocol.js';
import type { ConnectionInfo } from '../../server/src/protocol.js';

/** The active Palette connection and its key, as the connections module resolves them. */
export interface ServerCredentials {
  connection: ConnectionInfo;
  apiKey: string;
}

export interface PaletteLanguageClient {
  client: LanguageClient;
  /**
   * Hook for the connections module: hand over the active connection (or undefined when signed out) and the
   * server restarts with it in its environment.
   */
  setCredentials(credentials: ServerCredentials | undefined): Promise<void>;
}

const languages = [profileLanguageId, 'yaml', 'json'];

export async function startLanguageClient(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  credentials?: ServerCredentials,
): Promise<PaletteLanguageClient> {
  // The client reads this object at every (re)start, so changing it and restarting swaps the credentials.
  // The catalog cache lives in the extension's own storage, per user, never in the workspace.
  const env: Record<string, string | undefined> = { [connectionEnv.cacheDir]: vscode.Uri.joinPath(context.globalStorageUri, 'catalog').fsPath };
  applyCredentials(env, credentials);
  // The ESM entry itself (dist/server.js only forwards to it): one module load less at start.
  const module = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env, execArgv: [...serverNodeOptions] } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: [...serverNodeOptions, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { language, scheme: 'file' },
      { language, scheme: 'untitled' },
    ]),
    synchronize: { configurationSection: settingsSection },
    outputChannel: log,
    // vscode-languageclient 11 traces while this channel's log level is Trace; `palette.trace.server` picks the
    // verbosity. Its own channel keeps message traces out of the Palette log. Keys never travel in LSP messages.
    traceOutputChannel: traceChannel(context),
  };
  // The id `palette` makes the `palette.trace.server` setting apply.
  const client = new LanguageClient('palette', 'Palette', serverOptions, clientOptions);
  await client.start();
  return {
    client,
    async setCredentials(next) {
      applyCredentials(env, next);
      if (client.isRunning()) await client.restart();
    },
  };
}

function traceChannel(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const channel = vscode.window.createOutputChannel('Palette Language Server Trace', { log: true });
  context.subscriptions.push(channel);
  return channel;
}

/** Variables the CLI reads credentials from; the editor's own environment must not leak them to the server. */
const inheritedCredentialVars = ['PALETTE_HOST', 'PALETTE_PROJECT', 'SPECTROCLOUD_APIKEY', 'SPECTROCLOUD_HOST'];

function applyCredentials(env: Record<string, string | undefined>, credentials: ServerCredentials | undefined): void {
  // undefined (not deletion): the client copies the editor's environment first, then this object over it, and
  // Node leaves undefined variables out. The server's connection is the one the user chose in the editor, only.
  for (const name of inheritedCredentialVars) env[name] = undefined;
  env[connectionEnv.connection] = credentials ? JSON.stringify(credentials.connection) : undefined;
  env[connectionEnv.apiKey] = credentials?.apiKey;
}
