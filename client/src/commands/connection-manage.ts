/** Remove, switch and test connections. Each accepts the connection name as an argument instead of a pick. */
import * as vscode from 'vscode';
import { testConnectionRequest } from '../../../server/src/protocol.js';
import type { TestConnectionResult } from '../../../server/src/protocol.js';
import type { ViewDeps } from './view-deps.js';

async function pickName(deps: ViewDeps, title: string): Promise<string | undefined> {
  const active = deps.connections.active()?.name;
  const items = deps.connections.list().map((c) => ({
    label: c.name,
    description: `${c.host} · ${c.projectName ?? 'tenant scope'}`,
    detail: c.name === active ? 'active' : undefined,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('No Palette connection yet.', 'Add Connection').then((a) => a && vscode.commands.executeCommand('palette.connection.add'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title }))?.label;
}

export async function removeConnection(deps: ViewDeps, name?: string): Promise<void> {
  const target = name ?? (await pickName(deps, 'Remove Palette connection'));
  if (!target) return;
  if (!name) {
    const ok = await vscode.window.showWarningMessage(`Remove connection ${target} and delete its API key from the keychain?`, { modal: true }, 'Remove');
    if (ok !== 'Remove') return;
  }
  await deps.connections.remove(target);
  await deps.applyConnection();
}

/** Makes a connection active; a connection whose key is missing (e.g. its host changed) asks for it again. */
export async function switchConnection(deps: ViewDeps, name?: string): Promise<void> {
  const target = name ?? (await pickName(deps, 'Switch Palette connection'));
  const connection = deps.connections.list().find((c) => c.name === target);
  if (!connection) return;
  if (!(await deps.connections.apiKey(connection))) {
    const apiKey = await vscode.window.showInputBox({ title: `API key for ${connection.host}`, password: true, ignoreFocusOut: true });
    if (!apiKey) return;
    await deps.connections.save(connection, apiKey);
  }
  await deps.connections.activate(connection.name);
  await deps.applyConnection();
}

/** Test connection: TLS, auth and project on separate lines; returns the result for callers and tests. */
export async function testConnection(deps: ViewDeps): Promise<TestConnectionResult> {
  const result = await deps.server.request(testConnectionRequest);
  const line = (label: string, c: { ok: boolean; detail: string }) => `${c.ok ? '✓' : '✗'} ${label}: ${c.detail}`;
  const text = [line('TLS', result.tls), line('Auth', result.auth), line('Project', result.project)].join('\n');
  deps.log.info(`test connection:\n${text}`);
  const allOk = result.tls.ok && result.auth.ok && result.project.ok;
  const summary = `Palette connection ${allOk ? 'works' : 'has a problem'} — ${text.split('\n').join('; ')}`;
  void (allOk ? vscode.window.showInformationMessage(summary) : vscode.window.showErrorMessage(summary));
  return result;
}
