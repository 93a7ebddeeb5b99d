/**
 * Commands of the Profiles view: open a version (read-only, from Palette), compare it with a local file, delete
 * it after a confirmation that names host, tenant and project.
 */
import * as vscode from 'vscode';
import { deleteProfileRequest, profileLanguageId } from '../../../server/src/protocol.js';
import type { PaletteNode } from '../views/items.js';
import { profileDocUri } from '../views/remote-documents.js';
import type { ViewDeps } from './view-deps.js';

type VersionNode = Extract<PaletteNode, { kind: 'profileVersion' }>;

function remoteUri(node: VersionNode): vscode.Uri {
  return profileDocUri(node.version.uid, node.profile.name, node.version.version);
}

function needNode(node: VersionNode | undefined): node is VersionNode {
  if (node?.kind === 'profileVersion') return true;
  void vscode.window.showInformationMessage('Choose a profile version in the Profiles view.');
  return false;
}

export async function openProfile(node?: VersionNode): Promise<vscode.TextEditor | undefined> {
  if (!needNode(node)) return undefined;
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(remoteUri(node)), { preview: true });
}

/** Palette's version on the left, the local file on the right: the active profile editor, else a file to pick. */
export async function compareProfile(node?: VersionNode, local?: vscode.Uri): Promise<void> {
  if (!needNode(node)) return;
  // Fetched first: a version gone from Palette, or Palette unreachable, is an error message (the command throws)
  // rather than a diff editor with one side that cannot load.
  const remote = await vscode.workspace.openTextDocument(remoteUri(node));
  const active = vscode.window.activeTextEditor?.document;
  const target = local ?? (active?.languageId === profileLanguageId && active.uri.scheme === 'file' ? active.uri :
    (await vscode.window.showOpenDialog({ title: `Compare ${node.profile.name} ${node.version.version} with…`, filters: { 'Palette profile': ['yaml', 'yml', 'json'] } }))?.[0]);
  if (!target) return;
  const title = `${node.profile.name} ${node.version.version} (Palette) ↔ ${vscode.workspace.asRelativePath(target)}`;
  await vscode.commands.executeCommand('vscode.diff', remote.uri, target, title);
}

/** Where a write lands, as confirmations must say: host, tenant and project. */
export function writeTarget(deps: ViewDeps): string {
  const c = deps.connections.active();
  return c ? `project ${c.projectName ?? '(tenant scope)'} of tenant ${c.tenant ?? '(unknown)'} on ${c.host}` : 'the active connection';
}

export async function deleteProfile(deps: ViewDeps, node?: VersionNode): Promise<boolean> {
  if (!needNode(node)) return false;
  const answer = await vscode.window.showWarningMessage(
    `Delete cluster profile ${node.profile.name} version ${node.version.version} from ${writeTarget(deps)}?`,
    { modal: true, detail: 'Palette refuses to delete a profile that clusters use. This cannot be undone.' },
    'Delete',
  );
  if (answer !== 'Delete') return false;
  await deps.server.send(deleteProfileRequest, { uid: node.version.uid });
  deps.log.info(`deleted profile ${node.profile.name} ${node.version.version} (${node.version.uid}) from ${writeTarget(deps)}`);
  deps.profiles.refresh();
  return true;
}
