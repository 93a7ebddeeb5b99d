/**
 * The palette/* requests of the views and catalog commands (protocol.ts). Each answers from the catalog or the
 * Palette client of the connection the server was started with; every failure becomes one clear message.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';
import { PaletteError } from '../palette/client.js';
import type { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import { registerCatalogRequests } from './palette-requests-catalog.js';
import { registerConnectionRequests } from './palette-requests-connection.js';
import { registerProfileRequests } from './palette-requests-profiles.js';
import { PaletteSession, UserFacingError } from './palette-requests-session.js';
import type { PaletteSessionDeps } from './palette-requests-session.js';

export interface PaletteRequestDeps extends PaletteSessionDeps {
  connection: Connection;
  /** The client changed settings (offline): forget cached settings and re-validate. */
  onSettingsChanged(): void;
}

/**
 * Registers typed handlers whose errors reach the client as one message (logged here too). Handlers are
 * registered by method name: protocol.ts's RequestType comes from the client's copy of the protocol package, a
 * different version than the server library's, so the two class types do not match.
 */
export interface Handle {
  on<P, R>(type: RequestType<P, R, void>, handler: (params: P) => Promise<R>): void;
  on0<R>(type: RequestType0<R, void>, handler: () => Promise<R>): void;
}

export function registerPaletteRequests(deps: PaletteRequestDeps): PaletteSession {
  const session = new PaletteSession(deps);
  const answer = <P, R>(method: string, handler: (params: P) => Promise<R>) => async (params: P): Promise<R | ResponseError<void>> => {
    try {
      return await handler(params);
    } catch (err) {
      const message = messageOf(err);
      deps.log(`${method}: ${message}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, message);
    }
  };
  const handle: Handle = {
    on: (type, handler) => deps.connection.onRequest(type.method, answer(type.method, handler)),
    on0: (type, handler) => deps.connection.onRequest(type.method, answer(type.method, () => handler())),
  };
  registerCatalogRequests(handle, session, deps.onSettingsChanged);
  registerProfileRequests(handle, session);
  registerConnectionRequests(handle, session);
  return session;
}

/** PaletteError messages name method, path and Palette's reason, never a header or a query string. */
export function messageOf(err: unknown): string {
  if (err instanceof UserFacingError || err instanceof PaletteError) return err.message;
  return `Unexpected failure: ${err instanceof Error ? err.message : String(err)}`;
}
