/**
 * Packs view actions on a version: "Add to Active Profile" (the server renders a complete entry — name, type,
 * layer, tag, registry, default values — at the position of its layer; applied as one undoable WorkspaceEdit)
 * and "Copy Values" (the version's default values.yaml to the clipboard).
 */
import * as vscode from 'vscode';
import { packDefaultsRequest, packEntryRequest, profileLanguageId } from '../../../server/src/protocol.js';
import type { PaletteNode } from '../views/items.js';
import type { ViewDeps } from './view-deps.js';

type VersionNode = Extract<PaletteNode, { kind: 'packVersion' | 'packDoc' }>;

function versionNode(node: unknown): VersionNode | undefined {
  const n = node as PaletteNode | undefined;
  return n?.kind === 'packVersion' || n?.kind === 'packDoc' ? n : undefined;
}

/**
 * The profile editor the user means: the active one when it is a profile, otherwise the first visible profile
 * (opening a pack's default values makes that read-only document active, with the profile still beside it).
 */
export function activeProfileEditor(): vscode.TextEditor | undefined {
  const isProfile = (e: vscode.TextEditor | undefined) => e?.document.languageId === profileLanguageId && e.document.uri.scheme !== 'palette-profile-remote';
  const active = vscode.window.activeTextEditor;
  return isProfile(active) ? active : vscode.window.visibleTextEditors.find(isProfile);
}

/** Resolves to true when the entry was inserted; false (with a message) when there is nothing to add it to. */
export async function addToActiveProfile(deps: ViewDeps, node: unknown): Promise<boolean> {
  const target = versionNode(node);
  if (!target) {
    void vscode.window.showInformationMessage('Choose a pack version in the Packs view.');
    return false;
  }
  const editor = activeProfileEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Open a cluster profile (.profile.yaml) to add the pack to.');
    return false;
  }
  const { pack, version } = target;
  const document = editor.document;
  const lsp = await deps.server.send(packEntryRequest, { uri: document.uri.toString(), name: pack.name, registryUid: pack.registryUid, tag: version.tag, includeValues: true });
  const range = new vscode.Range(lsp.range.start.line, lsp.range.start.character, lsp.range.end.line, lsp.range.end.character);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, lsp.newText);
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) throw new Error(`Could not insert the pack entry into ${document.uri.path}; try again.`);
  deps.log.info(`added ${pack.name} ${version.tag} to ${document.uri.path} at line ${range.start.line + 1}`);
  await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, selection: new vscode.Range(range.start, range.start) });
  return true;
}

/** Copies the version's default values; resolves to the text copied (undefined when there was no version). */
export async function copyValues(deps: ViewDeps, node: unknown): Promise<string | undefined> {
  const target = versionNode(node);
  if (!target) {
    void vscode.window.showInformationMessage('Choose a pack version in the Packs view.');
    return undefined;
  }
  const { pack, version } = target;
  const values = await deps.server.send(packDefaultsRequest, { registryUid: pack.registryUid, name: pack.name, version: version.version });
  await vscode.env.clipboard.writeText(values);
  const lines = values ? values.split('\n').length : 0;
  deps.log.info(`copied the default values of ${pack.name} ${version.version} (${lines} lines) to the clipboard`);
  void vscode.window.setStatusBarMessage(`Palette: copied the default values of ${pack.name} ${version.version}`, 4000);
  return values;
}
