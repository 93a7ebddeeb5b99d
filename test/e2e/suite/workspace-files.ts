/** The fixture workspace (test/e2e/workspace, copied per run) as the tests open it. */
import * as vscode from 'vscode';
import type { PaletteApi } from '../../../client/src/extension.js';
import { waitFor } from './wait-for.js';

export const extensionId = 'palette-profiles.palette-profiles';

/** The extension, activated, once its language client is ready. */
export async function activePalette(): Promise<PaletteApi> {
  const extension = vscode.extensions.getExtension<PaletteApi>(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not installed`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

/** Adds a connection to an emulator tenant and goes online, as a user would, then waits for the status bar. */
export async function connectTo(api: PaletteApi, connection: { name: string; host: string; apiKey: string; projectName?: string }): Promise<void> {
  await vscode.workspace.getConfiguration('palette').update('offline', false, vscode.ConfigurationTarget.Workspace);
  await vscode.commands.executeCommand('palette.connection.add', connection);
  await waitFor('the status bar to name the connection', () => api.views.status.last?.connectionName === connection.name);
}

/** Removes the connection and goes back offline, where every suite starts. */
export async function disconnect(name: string): Promise<void> {
  await vscode.commands.executeCommand('palette.connection.remove', name);
  await vscode.workspace.getConfiguration('palette').update('offline', true, vscode.ConfigurationTarget.Workspace);
}

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e workspace is not open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture in an editor, as a user would by clicking it. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** VS Code reports a diagnostic code either bare or as { value, target }. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** The extension's diagnostics for `uri` with rule `code`, as the Problems panel has them. */
export function paletteDiagnostics(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'palette' && codeOf(d) === code);
}

/** Waits until the language server has published at least one `code` diagnostic for `uri`. */
export function diagnosticsAppear(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic[]> {
  return waitFor(`a '${code}' diagnostic on ${uri.path}`, () => {
    const found = paletteDiagnostics(uri, code);
    return found.length > 0 && found;
  });
}

/** Waits until no `code` diagnostic is left for `uri`. */
export function diagnosticsClear(uri: vscode.Uri, code: string): Promise<true> {
  return waitFor(`the '${code}' diagnostics on ${uri.path} to clear`, () => paletteDiagnostics(uri, code).length === 0);
}
