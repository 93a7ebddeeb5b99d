/**
 * initialize / initialized and the workspace notifications that invalidate validation inputs: configuration
 * changes, `.palette-profile.yaml` changes, workspace folders added or removed.
 */
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';
import { initializeResult, readClient } from './initialize.js';
import type { ClientFacts } from './initialize.js';
import { repoConfigFileName } from './repo-config.js';
import type { RepoConfig } from './repo-config.js';
import type { SettingsSource } from './settings.js';

export interface LifecycleDeps {
  connection: Connection;
  /** Filled in on initialize; read by the others afterwards. */
  facts: ClientFacts;
  settings: SettingsSource;
  repoConfig: RepoConfig;
  version: string;
  /** Something other than the text changed: re-validate every open document. */
  onInputsChanged(): void;
}

export function registerLifecycle(deps: LifecycleDeps): void {
  const { connection, facts, settings, repoConfig } = deps;

  connection.onInitialize((params) => {
    Object.assign(facts, readClient(params));
    repoConfig.load(facts.folderUris);
    return initializeResult(deps.version);
  });

  connection.onInitialized(() => {
    if (facts.canRegisterConfigurationChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'palette' });
    }
    if (facts.canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${repoConfigFileName}` }],
      });
    }
    if (facts.folderUris.length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        facts.folderUris = [...facts.folderUris.filter((u) => !removed.has(u)), ...event.added.map((f) => f.uri)];
        repoConfig.load(facts.folderUris);
        deps.onInputsChanged();
      });
    }
  });

  connection.onDidChangeConfiguration(() => {
    settings.reset();
    deps.onInputsChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((c) => c.uri.endsWith(`/${repoConfigFileName}`))) return;
    repoConfig.load(facts.folderUris);
    deps.onInputsChanged();
  });
}
