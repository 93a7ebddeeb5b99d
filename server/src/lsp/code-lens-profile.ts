/**
 * Profile-level code lens adapter: "Publish to <connection>" runs the client's palette.profile.publish on this
 * document (its dry run and confirmation still come first). The connection name comes from the environment the
 * client started the server with; the server restarts when it changes, so reading it once is enough.
 */
import type { CodeLens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ProfileLens } from '../core/code-lens-profile.js';
import { connectionEnv, publishCommand } from '../protocol.js';

/** The name of the client's connection (PALETTE_CONNECTION JSON); undefined for a CLI-style or absent one. */
export function connectionNameOf(env: NodeJS.ProcessEnv): string | undefined {
  try {
    const name = (JSON.parse(env[connectionEnv.connection] || '{}') as { name?: unknown }).name;
    return typeof name === 'string' && name.trim() ? name.trim() : undefined;
  } catch {
    // A malformed variable means no named connection; the lens then says "Publish…".
    return undefined;
  }
}

export function toPublishLens(doc: TextDocument, lens: ProfileLens, connectionName: string | undefined): CodeLens {
  const at = doc.positionAt(lens.offset);
  const title = connectionName ? `Publish to ${connectionName}` : 'Publish…';
  return { range: { start: at, end: at }, command: { title, command: publishCommand, arguments: [{ uri: doc.uri }] } };
}
