/** "Palette: Insert Default Values" for the pack under the cursor (or the code lens's pack). */
import * as vscode from 'vscode';
import { defaultValuesRequest } from '../../../server/src/protocol.js';
import type { DefaultValuesParams, DefaultValuesResult } from '../../../server/src/protocol.js';
import type { AuthoringServer } from './authoring-server.js';

/** The request params from the code lens arguments (uri, packIndex) or the active editor's cursor. */
export function defaultValuesParams(uri: unknown, packIndex: unknown): DefaultValuesParams | undefined {
  if (typeof uri === 'string' && typeof packIndex === 'number') return { uri, packIndex };
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const at = editor.selection.active;
  return { uri: editor.document.uri.toString(), position: { line: at.line, character: at.character } };
}

export async function fetchDefaults(server: AuthoringServer, params: DefaultValuesParams | undefined): Promise<DefaultValuesResult | undefined> {
  if (!params) {
    void vscode.window.showInformationMessage('Put the cursor on a pack of a cluster profile.');
    return undefined;
  }
  try {
    return await server.send(defaultValuesRequest, params);
  } catch (err) {
    void vscode.window.showErrorMessage(`Default values: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

export async function insertDefaultValues(server: AuthoringServer, uri?: unknown, packIndex?: unknown): Promise<boolean> {
  const params = defaultValuesParams(uri, packIndex);
  const result = await fetchDefaults(server, params);
  if (!params || !result) return false;
  if (result.current.trim() !== '') {
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(
      `Replace the values of ${result.packName} with the defaults of ${result.version}? Your changes to its values are lost.`,
      { modal: true },
      replace,
    );
    if (answer !== replace) return false;
  }
  const edit = new vscode.WorkspaceEdit();
  const r = result.edit.range;
  edit.replace(vscode.Uri.parse(params.uri), new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), result.edit.newText);
  return vscode.workspace.applyEdit(edit);
}
