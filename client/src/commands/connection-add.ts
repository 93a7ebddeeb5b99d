/**
 * Palette: Add Connection. Asks name, host, API key (password box, straight to SecretStorage) and an optional CA
 * file, starts the server with it, tests it, then lets the user choose the project by name. An argument object
 * answers the prompts (tests and scripted set-up); the key still goes to SecretStorage only.
 */
import * as vscode from 'vscode';
import { listProjectsRequest, testConnectionRequest } from '../../../server/src/protocol.js';
import type { TestConnectionResult } from '../../../server/src/protocol.js';
import { canonicalHost, nameProblem } from './connection-model.js';
import type { StoredConnection } from './connection-model.js';
import type { ViewDeps } from './view-deps.js';

export interface AddConnectionArgs {
  name: string;
  host: string;
  apiKey: string;
  /** Chosen by name from the tenant's projects; omitted = tenant scope. */
  projectName?: string;
  caFile?: string;
}

export async function addConnection(deps: ViewDeps, args?: AddConnectionArgs): Promise<StoredConnection | undefined> {
  const input = args ?? (await ask(deps));
  if (!input) return undefined;
  const problem = nameProblem(input.name);
  if (problem) throw new Error(problem);
  const draft: StoredConnection = { name: input.name.trim(), host: canonicalHost(input.host), caFile: input.caFile || undefined };
  await deps.connections.save(draft, input.apiKey);
  await deps.connections.activate(draft.name);
  await deps.applyConnection();
  const test = await deps.server.request(testConnectionRequest);
  if (!test.tls.ok || !test.auth.ok) throw new Error(`Connection ${draft.name} saved, but ${failure(test)}`);
  const projects = await deps.server.request(listProjectsRequest);
  const project = args ? projects.find((p) => p.name === args.projectName) : await pickProject(projects);
  if (args?.projectName && !project) throw new Error(`Project ${args.projectName} not found (projects: ${projects.map((p) => p.name).join(', ')})`);
  const final: StoredConnection = { ...draft, tenant: test.tenant, projectName: project?.name, projectUid: project?.uid };
  await deps.connections.save(final, undefined);
  await deps.applyConnection();
  deps.log.info(`connection ${final.name}: ${final.host}, tenant ${final.tenant ?? '?'}, project ${final.projectName ?? '(tenant scope)'}`);
  if (!args) void vscode.window.showInformationMessage(`Palette: connected to ${final.host} as ${final.name} (project ${final.projectName ?? 'tenant scope'}).`);
  return final;
}

function failure(test: TestConnectionResult): string {
  return test.tls.ok ? `the API key was refused: ${test.auth.detail}` : `the host could not be reached: ${test.tls.detail}`;
}

async function ask(deps: ViewDeps): Promise<AddConnectionArgs | undefined> {
  const taken = new Set(deps.connections.list().map((c) => c.name));
  const name = await vscode.window.showInputBox({
    title: 'Add Palette connection (1/4)',
    prompt: 'A name for this connection',
    placeHolder: 'acme-prod',
    validateInput: (v) => nameProblem(v) ?? (taken.has(v.trim()) ? 'A connection of that name exists; it will be replaced' : undefined),
  });
  if (!name) return undefined;
  const host = await vscode.window.showInputBox({
    title: 'Add Palette connection (2/4)',
    prompt: 'Palette API host (https)',
    value: 'api.spectrocloud.com',
    validateInput: (v) => hostProblem(v),
  });
  if (!host) return undefined;
  const apiKey = await vscode.window.showInputBox({ title: 'Add Palette connection (3/4)', prompt: `API key for ${host} (stored in the OS keychain only)`, password: true, ignoreFocusOut: true });
  if (!apiKey) return undefined;
  const caFile = await vscode.window.showInputBox({ title: 'Add Palette connection (4/4)', prompt: 'CA certificate file for a self-hosted Palette (optional, empty for none)', ignoreFocusOut: true });
  if (caFile === undefined) return undefined;
  return { name, host, apiKey, caFile };
}

function hostProblem(value: string): string | undefined {
  try {
    canonicalHost(value);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

async function pickProject(projects: { name: string; uid: string }[]): Promise<{ name: string; uid: string } | undefined> {
  const tenantScope = { label: '$(organization) Tenant scope (no project)', project: undefined };
  const items = [...projects.map((p) => ({ label: p.name, description: p.uid, project: p })), tenantScope];
  const picked = await vscode.window.showQuickPick(items, { title: 'Choose the project', ignoreFocusOut: true });
  return picked?.project;
}
