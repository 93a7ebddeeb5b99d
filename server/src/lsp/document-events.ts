/** Open / change / close of text documents drive validation. */
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticsPublisher } from './diagnostics.js';

export function registerDocumentEvents(documents: TextDocuments<TextDocument>, diagnostics: DiagnosticsPublisher): void {
  // TextDocuments raises onDidOpen and then onDidChangeContent for the same open: the first content of a
  // document is validated at once, later edits after the debounce.
  const opened = new Set<string>();
  documents.onDidOpen((e) => opened.add(e.document.uri));
  documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri, opened.delete(e.document.uri)));
  documents.onDidClose((e) => {
    opened.delete(e.document.uri);
    diagnostics.close(e.document.uri);
  });
}
