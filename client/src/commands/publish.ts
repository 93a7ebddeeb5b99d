/**
 * Palette: Publish Profile — dry run (local errors, packs, Palette's checks) → modal confirmation naming host,
 * tenant and project → create and publish, with progress and cancel. A taken version is offered as an edit.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import { publishRequest } from '../../../server/src/protocol.js';
import type { PublishResult } from '../../../server/src/protocol.js';

/** Tests pass these to skip prompts: `yes` confirms, `acceptBump` takes the suggested version. */
export interface PublishArgs {
  uri?: string;
  yes?: boolean;
  acceptBump?: boolean;
}

let tokens = 0;

async function run(client: LanguageClient, uri: string, dryRun: boolean, title: string): Promise<PublishResult> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, cancel) => {
    const workDoneToken = `palette-publish-${++tokens}`;
    const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
      if (v.kind !== 'end' && v.message) progress.report({ message: v.message });
    });
    try {
      return await client.sendRequest(publishRequest, { uri, dryRun, workDoneToken }, cancel);
    } finally {
      sub.dispose();
    }
  });
}

function problemsText(r: PublishResult): string {
  const lines = r.problems.slice(0, 5).map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.subject ? `${p.subject}: ` : ''}${p.message}`);
  return lines.join('\n') + (r.problems.length > 5 ? `\n… and ${r.problems.length - 5} more` : '');
}

async function acceptBump(r: PublishResult, uri: string, args: PublishArgs): Promise<boolean> {
  if (!r.versionEdit || !r.suggestedVersion) return false;
  const bump = `Use ${r.suggestedVersion}`;
  const choice = args.acceptBump ? bump : await vscode.window.showWarningMessage(
    `${r.name} ${r.version} already exists in ${r.target}.`, { modal: true, detail: `Change spec.version to the next free version, ${r.suggestedVersion}, and publish that?` }, bump);
  if (choice !== bump) return false;
  const edit = new vscode.WorkspaceEdit();
  const { start, end } = r.versionEdit.range;
  edit.replace(vscode.Uri.parse(uri), new vscode.Range(start.line, start.character, end.line, end.character), r.versionEdit.newText);
  return vscode.workspace.applyEdit(edit);
}

/** Returns the final result (tests read it); undefined when the user stopped. */
export async function publishProfileCommand(client: () => Promise<LanguageClient>, arg?: vscode.Uri | PublishArgs): Promise<PublishResult | undefined> {
  const args: PublishArgs = arg instanceof vscode.Uri ? { uri: arg.toString() } : (arg ?? {});
  const uri = args.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
  if (!uri) throw new Error('Open a profile file to publish it.');
  const lc = await client();
  let check = await run(lc, uri, true, 'Palette: checking the profile');
  if (check.status === 'version-exists' && (await acceptBump(check, uri, args))) check = await run(lc, uri, true, 'Palette: checking the profile');
  if (check.status === 'blocked' || check.status === 'rejected') {
    const what = check.status === 'blocked' ? 'has errors; nothing was sent to Palette' : 'was refused; nothing was created';
    void vscode.window.showErrorMessage(`The profile ${what}.\n${problemsText(check)}`);
    return check;
  }
  if (check.status !== 'ready') return check;
  const go = 'Publish';
  const confirmed = args.yes ? go : await vscode.window.showWarningMessage(
    `Publish ${check.name} ${check.version}?`, { modal: true, detail: `Target: ${check.target}` }, go);
  if (confirmed !== go) return undefined;
  const done = await run(lc, uri, false, `Palette: publishing ${check.name} ${check.version}`);
  if (done.status === 'published') {
    const reveal = 'Show in Profiles';
    void vscode.window.showInformationMessage(`Published ${done.name} ${done.version} to ${done.target} (uid ${done.uid}).`, reveal).then((c) => {
      if (c === reveal) void vscode.commands.executeCommand('palette.profiles.refresh').then(() => vscode.commands.executeCommand('palette.profiles.focus'));
    });
  } else if (done.problems.length > 0) {
    void vscode.window.showErrorMessage(`Publishing failed.\n${problemsText(done)}`);
  }
  return done;
}
