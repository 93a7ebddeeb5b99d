/** How the authoring commands reach the language server: typed requests on the current client. */
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RequestParam, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export interface AuthoringServer {
  send<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
  request<R>(type: RequestType0<R, void>): Promise<R>;
}

export function authoringServer(client: () => Promise<LanguageClient>): AuthoringServer {
  return {
    // RequestParam<P> is P for every non-null P; TypeScript cannot see that for a generic P.
    send: async (type, params) => (await client()).sendRequest(type, params as RequestParam<typeof params>),
    request: async (type) => (await client()).sendRequest(type),
  };
}
