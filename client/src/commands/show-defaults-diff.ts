/**
 * "Palette: Diff Values vs Defaults": a diff view of the pack version's default values (left) against the
 * profile's values for that pack (right), both as read-only `palette-defaults:` documents.
 */
import * as vscode from 'vscode';
import type { AuthoringServer } from './authoring-server.js';
import { defaultValuesParams, fetchDefaults } from './insert-default-values.js';

export const defaultsScheme = 'palette-defaults';

/** Read-only documents served from memory; the diff command fills them. */
export class DefaultsDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

export function registerDefaultsDocuments(docs: DefaultsDocuments): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(defaultsScheme, docs);
}

export async function showDefaultsDiff(server: AuthoringServer, docs: DefaultsDocuments, uri?: unknown, packIndex?: unknown): Promise<boolean> {
  const result = await fetchDefaults(server, defaultValuesParams(uri, packIndex));
  if (!result) return false;
  const base = `/${result.packName}/${result.version}`;
  const left = vscode.Uri.from({ scheme: defaultsScheme, path: `${base}/defaults.yaml` });
  const right = vscode.Uri.from({ scheme: defaultsScheme, path: `${base}/profile.yaml` });
  docs.set(left, result.defaults);
  docs.set(right, result.current);
  await vscode.commands.executeCommand('vscode.diff', left, right, `${result.packName} ${result.version}: defaults ↔ profile`);
  return true;
}
