/**
 * Wires the Palette side bar: connections → server credentials, the Packs and Profiles views, read-only remote
 * documents, the status bar and the connection/catalog/view commands. extension.ts calls this once.
 */
import * as vscode from 'vscode';
import type { CommandHandler, CommandHandlers } from '../commands/index.js';
import { commandIds } from '../commands/index.js';
import { viewCommands } from '../commands/view-commands.js';
import { addToActiveProfile, copyValues } from '../commands/pack-actions.js';
import { selectProject } from '../commands/select-project.js';
import type { ViewDeps } from '../commands/view-deps.js';
import type { Connections } from '../connections.js';
import type { PaletteLanguageClient } from '../language-client.js';
import { StatusBar } from '../status-bar.js';
import { PacksView } from './packs-view.js';
import { PaletteServer } from './palette-server.js';
import { ProfilesView } from './profiles-view.js';
import { registerRemoteDocuments } from './remote-documents.js';

export interface PaletteViews {
  packs: PacksView;
  profiles: ProfilesView;
  status: StatusBar;
  connections: Connections;
  deps: ViewDeps;
}

export function registerPaletteViews(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  connections: Connections,
  started: Promise<PaletteLanguageClient>,
  /** Handlers of commands other modules own (publish, clone); merged with these. */
  otherCommands: Partial<CommandHandlers> | Record<string, CommandHandler> = {},
): PaletteViews {
  const server = new PaletteServer(async () => (await started).client);
  const packs = new PacksView(server);
  const profiles = new ProfilesView(server);
  const status = new StatusBar(connections, server, log);
  const packsView = vscode.window.createTreeView('palette.packs', { treeDataProvider: packs, showCollapseAll: true });
  packs.view = packsView;
  const profilesView = vscode.window.createTreeView('palette.profiles', { treeDataProvider: profiles, showCollapseAll: true });
  context.subscriptions.push(connections, server, packs, profiles, status, packsView, profilesView, registerRemoteDocuments(server));

  // Serialised: two quick changes must not restart the server twice at once.
  let applying = Promise.resolve();
  let applied: string | undefined;
  const applyConnection = (): Promise<void> => {
    applying = applying.then(async () => {
      const client = await started;
      const credentials = await connections.forServer();
      // Compared in memory only; the key is part of it so a re-entered key restarts the server too.
      const fingerprint = JSON.stringify(credentials ?? null);
      if (fingerprint !== applied) {
        applied = fingerprint;
        await client.setCredentials(credentials);
      }
      await vscode.commands.executeCommand('setContext', 'palette.signedIn', !!credentials);
      server.notifyRestarted();
      packs.refresh();
      profiles.refresh();
      await status.update();
    }).catch((err: unknown) => log.error(`applying the Palette connection: ${err instanceof Error ? err.message : String(err)}`));
    return applying;
  };

  const deps: ViewDeps = { connections, server, applyConnection, packs, profiles, status, log };
  const handlers: Record<string, CommandHandler | undefined> = { ...viewCommands(deps), ...projectAndPackCommands(deps), ...otherCommands };
  // Ids of the table plus any a caller brings along, so no handler is dropped for want of a table entry.
  for (const id of new Set<string>([...commandIds, ...Object.keys(otherCommands)])) {
    const handler = handlers[id];
    if (!handler) continue;
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        // VS Code shows the thrown message to the user; the log keeps which command it was.
        log.error(`${id}: ${err instanceof Error ? err.message : String(err)}`);
        throw err;
      }
    }));
  }

  context.subscriptions.push(
    connections.onDidChange(() => void applyConnection()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void applyConnection()),
  );
  void started.then(async () => {
    applied = JSON.stringify((await connections.forServer()) ?? null);
    await vscode.commands.executeCommand('setContext', 'palette.signedIn', applied !== 'null');
    await status.update();
  }, () => undefined);
  return { packs, profiles, status, connections, deps };
}

function projectAndPackCommands(deps: ViewDeps): Record<string, CommandHandler> {
  return {
    'palette.connection.selectProject': (args) => selectProject(deps, args && typeof args === 'object' && 'projectName' in args ? args : undefined),
    'palette.packs.addToProfile': (node) => addToActiveProfile(deps, node),
    'palette.packs.copyValues': (node) => copyValues(deps, node),
  };
}
