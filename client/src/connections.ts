/**
 * Named Palette connections: the list and the active name are user (application-scope) settings, so a workspace
 * cannot point a key at another host; API keys live in SecretStorage only, under a key of name + host.
 */
import * as vscode from 'vscode';
import type { ConnectionInfo } from '../../server/src/protocol.js';
import { readConnections, secretKeyFor, withConnection } from './commands/connection-model.js';
import type { StoredConnection } from './commands/connection-model.js';
import type { ServerCredentials } from './language-client.js';

const section = 'palette';

export class Connections implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the active connection, its settings or its key changed: the server restarts with them. */
  readonly onDidChange = this.changed.event;
  private readonly watch: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.watch = vscode.Disposable.from(
      vscode.workspace.onDidChangeConfiguration((e) => {
        // http.proxy: VS Code's proxy applies to the server's Palette requests too (it restarts with the new one).
        if (e.affectsConfiguration(`${section}.connections`) || e.affectsConfiguration(`${section}.activeConnection`) || e.affectsConfiguration('http.proxy')) this.changed.fire();
      }),
      // Trusting the workspace hands the server its connection (restricted mode gave it none).
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
    );
  }

  /** Only the user's value counts: application-scope settings are never read from a workspace. */
  list(): StoredConnection[] {
    return readConnections(vscode.workspace.getConfiguration(section).inspect('connections')?.globalValue);
  }

  active(): StoredConnection | undefined {
    const name = vscode.workspace.getConfiguration(section).inspect<string>('activeConnection')?.globalValue;
    return this.list().find((c) => c.name === name);
  }

  async apiKey(c: StoredConnection): Promise<string | undefined> {
    return this.secrets.get(secretKeyFor(c));
  }

  /** The active connection with its key, or undefined when signed out or its key is missing. */
  async credentials(): Promise<ServerCredentials | undefined> {
    const c = this.active();
    const apiKey = c && (await this.apiKey(c));
    return c && apiKey ? { connection: toInfo(c), apiKey } : undefined;
  }

  /** Credentials for the server: none in an untrusted workspace (restricted mode makes no network calls). */
  async forServer(): Promise<ServerCredentials | undefined> {
    return vscode.workspace.isTrusted ? this.credentials() : undefined;
  }

  /** Saves (or replaces) a connection and its key; the key of a previous host of the same name is deleted. */
  async save(c: StoredConnection, apiKey: string | undefined): Promise<void> {
    const previous = this.list().find((x) => x.name === c.name);
    if (apiKey) await this.secrets.store(secretKeyFor(c), apiKey);
    if (previous && previous.host !== c.host) await this.secrets.delete(secretKeyFor(previous));
    await this.write(withConnection(this.list(), c));
  }

  async remove(name: string): Promise<void> {
    const gone = this.list().find((c) => c.name === name);
    if (!gone) return;
    await this.secrets.delete(secretKeyFor(gone));
    if (this.active()?.name === name) await this.activate(undefined);
    await this.write(this.list().filter((c) => c.name !== name));
  }

  async activate(name: string | undefined): Promise<void> {
    await vscode.workspace.getConfiguration(section).update('activeConnection', name, vscode.ConfigurationTarget.Global);
  }

  dispose(): void {
    this.watch.dispose();
    this.changed.dispose();
  }

  private async write(list: StoredConnection[]): Promise<void> {
    await vscode.workspace.getConfiguration(section).update('connections', list, vscode.ConfigurationTarget.Global);
  }
}

function toInfo(c: StoredConnection): ConnectionInfo {
  const proxy = vscode.workspace.getConfiguration('http').get<string>('proxy') || undefined;
  return { name: c.name, host: c.host, projectName: c.projectName, projectUid: c.projectUid, caFile: c.caFile, insecure: c.insecure, proxy };
}
