/** Handlers of the authoring commands, keyed by command id, for the table in index.ts. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { addPack } from './add-pack.js';
import { authoringServer } from './authoring-server.js';
import { insertDefaultValues } from './insert-default-values.js';
import { DefaultsDocuments, registerDefaultsDocuments, showDefaultsDiff } from './show-defaults-diff.js';

export const authoringCommandIds = ['palette.packs.add', 'palette.values.insertDefaults', 'palette.values.diffDefaults'] as const;
export type AuthoringCommandId = (typeof authoringCommandIds)[number];

/** The handlers, plus the read-only document provider the diff view needs (push it to subscriptions). */
export function authoringCommands(client: () => Promise<LanguageClient>): { handlers: Record<AuthoringCommandId, (...args: unknown[]) => unknown>; disposable: vscode.Disposable } {
  const server = authoringServer(client);
  const docs = new DefaultsDocuments();
  return {
    handlers: {
      'palette.packs.add': () => addPack(server),
      'palette.values.insertDefaults': (uri, packIndex) => insertDefaultValues(server, uri, packIndex),
      'palette.values.diffDefaults': (uri, packIndex) => showDefaultsDiff(server, docs, uri, packIndex),
    },
    disposable: registerDefaultsDocuments(docs),
  };
}
