/** What the server offers (initialize result) and what it learns of the client. */
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { bumpVersionCommand } from '../protocol.js';

export interface ClientFacts {
  /** The client answers workspace/configuration. */
  canPullConfiguration: boolean;
  /** The client accepts a dynamic registration of workspace/didChangeConfiguration. */
  canRegisterConfigurationChange: boolean;
  /** The client accepts a dynamic registration of file watchers (for `.palette-profile.yaml`). */
  canWatchFiles: boolean;
  folderUris: string[];
}

export function readClient(params: InitializeParams): ClientFacts {
  const workspace = params.capabilities.workspace;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return {
    canPullConfiguration: workspace?.configuration === true,
    canRegisterConfigurationChange: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    canWatchFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    folderUris: folders,
  };
}

export function initializeResult(version: string): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: { label: 'Palette profile' },
      // `.` continues macro paths, `:` and space start a value, `"` opens a JSON value.
      completionProvider: { triggerCharacters: ['.', ':', ' ', '"'] },
      hoverProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [bumpVersionCommand] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'palette-profile-language-server', version },
  };
}
