/**
 * Palette: Select Project. Picks a project by name from the active connection's tenant and stores it on the
 * connection; saving the connection restarts the server with the new scope, and the views and status bar reload.
 * `{ projectName }` answers the pick (tests, scripts); an empty name means tenant scope.
 */
import * as vscode from 'vscode';
import { listProjectsRequest } from '../../../server/src/protocol.js';
import type { ProjectItem } from '../../../server/src/protocol.js';
import type { StoredConnection } from './connection-model.js';
import type { ViewDeps } from './view-deps.js';

export interface SelectProjectArgs {
  /** The project's name as Palette shows it; '' selects tenant scope. */
  projectName: string;
}

/** Resolves to the saved connection, or undefined when signed out or the pick was dismissed. */
export async function selectProject(deps: ViewDeps, args?: SelectProjectArgs): Promise<StoredConnection | undefined> {
  const active = deps.connections.active();
  if (!active) {
    void vscode.window.showInformationMessage('No active Palette connection.', 'Add Connection').then((a) => a && vscode.commands.executeCommand('palette.connection.add'));
    return undefined;
  }
  const projects = await deps.server.request(listProjectsRequest);
  const choice = args ? byName(projects, args.projectName) : await pick(projects, active);
  if (!choice) return undefined;
  const project = choice.project;
  const next: StoredConnection = { ...active, projectName: project?.name, projectUid: project?.uid };
  if (next.projectUid === active.projectUid && next.projectName === active.projectName) return active;
  // Saving fires the connections' change event; applyConnection is serialised, so awaiting it here resolves
  // only after the server restarted with the new project and the views were told to reload.
  await deps.connections.save(next, undefined);
  await deps.applyConnection();
  deps.log.info(`connection ${next.name}: project ${next.projectName ?? '(tenant scope)'}`);
  return next;
}

interface Choice {
  /** undefined = tenant scope. */
  project: ProjectItem | undefined;
}

function byName(projects: ProjectItem[], name: string): Choice {
  if (!name) return { project: undefined };
  const project = projects.find((p) => p.name === name) ?? projects.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (!project) throw new Error(`Project ${name} not found (projects: ${projects.map((p) => p.name).join(', ') || 'none'})`);
  return { project };
}

async function pick(projects: ProjectItem[], active: StoredConnection): Promise<Choice | undefined> {
  const current = (p: ProjectItem | undefined) => (p ? p.uid === active.projectUid : !active.projectUid);
  const items = [
    ...projects.map((p) => ({ label: p.name, description: current(p) ? 'current' : undefined, detail: p.uid, choice: { project: p } })),
    { label: '$(organization) Tenant scope (no project)', description: current(undefined) ? 'current' : undefined, detail: undefined, choice: { project: undefined } },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Select project of ${active.name} (${active.tenant ?? active.host})`, matchOnDetail: true });
  return picked?.choice;
}
