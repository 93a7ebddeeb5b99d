/** What the command handlers of connections, catalog and views receive from extension.ts. */
import type * as vscode from 'vscode';
import type { Connections } from '../connections.js';
import type { StatusBar } from '../status-bar.js';
import type { PacksView } from '../views/packs-view.js';
import type { PaletteServer } from '../views/palette-server.js';
import type { ProfilesView } from '../views/profiles-view.js';

export interface ViewDeps {
  connections: Connections;
  server: PaletteServer;
  /** Hands the active connection to the server (restarting it) and reloads views and status; resolves after. */
  applyConnection(): Promise<void>;
  packs: PacksView;
  profiles: ProfilesView;
  status: StatusBar;
  log: vscode.LogOutputChannel;
}
