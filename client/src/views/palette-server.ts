/**
 * The language server as the views and commands talk to it: typed palette/* requests (protocol.ts) on whichever
 * client is current (the connections module restarts it), and an event after every restart.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RequestParam, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export class PaletteServer implements vscode.Disposable {
  private readonly restarted = new vscode.EventEmitter<void>();
  /** The server restarted (new connection, key or offline state): views reload. */
  readonly onDidRestart = this.restarted.event;

  constructor(private readonly client: () => Promise<LanguageClient>) {}

  async request<R>(type: RequestType0<R, void>): Promise<R> {
    return (await this.client()).sendRequest(type);
  }

  async send<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    // RequestParam<P> is P for every non-null P; TypeScript cannot see that for a generic P.
    return (await this.client()).sendRequest(type, params as RequestParam<P>);
  }

  notifyRestarted(): void {
    this.restarted.fire();
  }

  dispose(): void {
    this.restarted.dispose();
  }
}

/** The message of a failed request: the server already made it one sentence without secrets. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
