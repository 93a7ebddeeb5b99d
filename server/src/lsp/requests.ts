/** Requests answered from the analysis of the current text: code actions and document symbols. */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './analysis.js';
import { codeActions } from './code-actions.js';
import { documentSymbols } from './document-symbols.js';
import type { WorkspaceInputs } from './workspace-inputs.js';

export interface RequestDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  inputs: WorkspaceInputs;
}

export function registerRequests(deps: RequestDeps): void {
  const { connection, documents, analyzer, inputs } = deps;

  async function current(uri: string) {
    if (!documents.get(uri)) return undefined;
    const { inputs: now } = await inputs.forDocument(uri);
    // Re-read after the await: the answer must describe the text the client has now.
    const doc = documents.get(uri);
    const analysis = doc && analyzer.analyze(doc, now);
    return doc && analysis ? { doc, analysis, catalog: now.catalog } : undefined;
  }

  connection.onCodeAction(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? codeActions(found.doc, found.analysis, found.catalog, params) : [];
  });

  connection.onDocumentSymbol(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? documentSymbols(found.doc, found.analysis.profile) : null;
  });
}
