/**
 * Palette: Clone Profile to Another Tenant / Project. Runs the bundled CLI's clone in a child process: the two API
 * keys travel by environment only (never in an LSP message, which the trace setting could log). Preflight report
 * first (opened as a read-only markdown document), then a modal naming host, tenant and project, then the import.
 */
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import type { Connections } from '../connections.js';

/** Tests pass these to skip prompts. `yes` confirms the import (and accepts review items). */
export interface CloneArgs {
  uid?: string;
  file?: string;
  destination?: string;
  project?: string;
  yes?: boolean;
}

export interface CloneRun {
  code: number;
  report: string;
  imported: boolean;
}

function cli(cliPath: string, args: string[], env: Record<string, string>, cancel: vscode.CancellationToken): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    // ELECTRON_RUN_AS_NODE: in desktop VS Code the extension host's execPath is Electron, not Node.
    const child = execFile(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env, ELECTRON_RUN_AS_NODE: '1' } }, (error, out, err) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : error ? 2 : 0, out, err });
    });
    cancel.onCancellationRequested(() => child.kill());
  });
}

async function pickDestination(connections: Connections, args: CloneArgs) {
  const list = connections.list();
  const name = args.destination ?? (await vscode.window.showQuickPick(list.map((c) => ({ label: c.name, description: `${c.host}${c.tenant ? ` · ${c.tenant}` : ''}` })), { title: 'Clone to which connection?' }))?.label;
  const dest = list.find((c) => c.name === name);
  if (!dest) return undefined;
  const project = args.project ?? (await vscode.window.showInputBox({ title: `Project in ${dest.name}`, value: dest.projectName ?? '', prompt: 'Empty for tenant scope' }));
  return project === undefined ? undefined : { dest, project };
}

/** Source: a Profiles-view node or uid (active connection), a file argument, or the active editor's file. */
function sourceArgs(arg: unknown, args: CloneArgs): string[] {
  // A Profiles-view version node is { kind: 'profileVersion', version: { uid } } (views/items.ts).
  const node = arg as { kind?: string; version?: { uid?: string } } | undefined;
  const uid = args.uid ?? (node?.kind === 'profileVersion' ? node.version?.uid : undefined);
  if (uid) return ['--from-uid', uid];
  const file = args.file ?? (arg instanceof vscode.Uri ? arg.fsPath : vscode.window.activeTextEditor?.document.uri.fsPath);
  if (!file) throw new Error('Pick a profile in the Profiles view or open a profile file to clone.');
  return ['--file', file];
}

export async function cloneProfileCommand(connections: Connections, cliPath: string, arg?: unknown): Promise<CloneRun | undefined> {
  // Restricted mode makes no network call with the user's keys, whatever the command.
  if (!vscode.workspace.isTrusted) throw new Error('Clone is not available in Restricted Mode: trust this workspace to use your Palette connections.');
  const args: CloneArgs = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && ('destination' in arg || 'yes' in arg) ? (arg as CloneArgs) : {};
  const source = sourceArgs(arg, args);
  const picked = await pickDestination(connections, args);
  if (!picked) return undefined;
  const destKey = await connections.apiKey(picked.dest);
  if (!destKey) throw new Error(`No API key stored for ${picked.dest.name}: add the connection again.`);
  const src = await connections.credentials();
  // Both sides' TLS settings travel with their keys; the editor's own credential variables must not stand in
  // for a connection the user did not choose.
  const env: Record<string, string> = { PALETTE_DEST_API_KEY: destKey, PALETTE_HOST: src?.connection.host ?? '', PALETTE_API_KEY: src?.apiKey ?? '',
    PALETTE_PROJECT: src?.connection.projectName ?? '', PALETTE_CONNECTION: '', SPECTROCLOUD_APIKEY: '', SPECTROCLOUD_HOST: '',
    PALETTE_CA_FILE: src?.connection.caFile ?? '', PALETTE_INSECURE: src?.connection.insecure ? '1' : '',
    PALETTE_DEST_CA_FILE: picked.dest.caFile ?? '', PALETTE_DEST_INSECURE: picked.dest.insecure ? '1' : '' };
  const target = ['--to-host', picked.dest.host, ...(picked.project ? ['--to-project', picked.project] : [])];
  const title = 'Palette: clone preflight';
  const pre = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_p, cancel) => cli(cliPath, ['clone', ...source, ...target, '--dry-run'], env, cancel));
  if (!pre.out.includes('# Clone preflight')) throw new Error(pre.err.trim() || 'The clone preflight failed.');
  const report = pre.out.slice(pre.out.indexOf('# Clone preflight'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: report, language: 'markdown' }), { preview: true });
  if (report.includes('**Cannot import**')) {
    void vscode.window.showWarningMessage('Clone blocked: see the preflight report. Nothing was imported.');
    return { code: pre.code, report, imported: false };
  }
  const destination = /- Destination: (.*)/.exec(report)?.[1] ?? picked.dest.host;
  const go = pre.code === 0 ? 'Import' : 'Accept and Import';
  const ok = args.yes ? go : await vscode.window.showWarningMessage(`Import into ${destination}?`, { modal: true, detail: pre.code === 0 ? 'The preflight is clean.' : 'The preflight lists items to review.' }, go);
  if (ok !== go) return { code: pre.code, report, imported: false };
  const done = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Palette: importing into ${destination}`, cancellable: false },
    (_p, cancel) => cli(cliPath, ['clone', ...source, ...target, '--yes'], env, cancel));
  if (done.code !== 0) throw new Error(done.err.trim().split('\n').pop() || 'The import failed; nothing was left in the destination.');
  void vscode.window.showInformationMessage(done.out.trim().split('\n').pop() ?? 'Imported.');
  return { code: done.code, report, imported: true };
}
