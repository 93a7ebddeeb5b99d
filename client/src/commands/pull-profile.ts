/** Pull profile to file: a profile version from Palette, exported as YAML, written where the user says and opened. */
import * as vscode from 'vscode';
import { exportProfileRequest, listProfilesRequest } from '../../../server/src/protocol.js';
import type { ProfileItem } from '../../../server/src/protocol.js';
import type { PaletteNode } from '../views/items.js';
import type { ViewDeps } from './view-deps.js';

type VersionNode = Extract<PaletteNode, { kind: 'profileVersion' }>;

/** From the Profiles view (a version node) or the Command Palette (picks); `target` skips the save dialog. */
export async function pullProfile(deps: ViewDeps, node?: VersionNode, target?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
  const chosen = node ?? (await pickVersion(deps));
  if (!chosen) return undefined;
  const fileName = `${chosen.profile.name}-${chosen.version.version}.profile.yaml`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = typeof target === 'string' ? vscode.Uri.file(target) : target ??
    (await vscode.window.showSaveDialog({ title: 'Pull profile to file', defaultUri: folder && vscode.Uri.joinPath(folder, fileName), filters: { 'Palette profile': ['yaml', 'yml'] } }));
  if (!uri) return undefined;
  const yaml = await deps.server.send(exportProfileRequest, { uid: chosen.version.uid });
  // Through a WorkspaceEdit, so replacing an existing file can be undone like any other edit.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: true, contents: new TextEncoder().encode(yaml) });
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: false }))) throw new Error(`Could not write ${uri.fsPath}.`);
  await vscode.window.showTextDocument(uri);
  return uri;
}

async function pickVersion(deps: ViewDeps): Promise<VersionNode | undefined> {
  const profiles: ProfileItem[] = [];
  let pageToken: string | undefined;
  do {
    const page = await deps.server.send(listProfilesRequest, { pageToken });
    profiles.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  const items = profiles.flatMap((profile) => profile.versions.map((version) => ({ label: profile.name, description: version.version, node: { kind: 'profileVersion' as const, profile, version } })));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('This project has no cluster profiles.');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title: 'Pull which profile version?', matchOnDescription: true }))?.node;
}
