/** The status-bar item: connection · project · catalog age, or offline; a click switches the connection. */
import * as vscode from 'vscode';
import { catalogStatusRequest } from '../../server/src/protocol.js';
import type { CatalogStatusResult } from '../../server/src/protocol.js';
import { statusText } from './commands/connection-model.js';
import type { Connections } from './connections.js';
import type { PaletteServer } from './views/palette-server.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('palette.status', vscode.StatusBarAlignment.Left, 10);
  private readonly timer: ReturnType<typeof setInterval>;
  /** The last status the server reported (tests and commands read it). */
  last: CatalogStatusResult | undefined;

  /** What the status bar shows now (tests read it; the item itself is VS Code's). */
  get text(): string {
    return this.item.text;
  }

  constructor(
    private readonly connections: Connections,
    private readonly server: PaletteServer,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.item.name = 'Palette connection';
    this.item.command = 'palette.connection.switch';
    this.item.show();
    this.show(undefined);
    // The age advances on its own; once a minute is as fine as the text shows it.
    this.timer = setInterval(() => void this.update(), 60_000);
  }

  /** Asks the server for the catalog status; a failure leaves the connection part standing. */
  async update(status?: CatalogStatusResult): Promise<void> {
    try {
      this.show(status ?? (await this.server.request(catalogStatusRequest)));
    } catch (err) {
      this.log.warn(`status: ${err instanceof Error ? err.message : String(err)}`);
      this.show(undefined);
    }
  }

  private show(status: CatalogStatusResult | undefined): void {
    this.last = status;
    const active = this.connections.active();
    const text = statusText({ connection: active?.name, project: active?.projectName, offline: status?.offline, ageMs: status?.ageMs, loading: status?.loading });
    // Certificate checks off is the user's explicit choice, and it must stay in sight for as long as it holds.
    this.item.text = active?.insecure ? `${text} $(warning) insecure TLS` : text;
    this.item.backgroundColor = active?.insecure ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString('', true);
    if (active) {
      tooltip.appendMarkdown(`**${active.name}** — ${active.host}\n\nProject: ${active.projectName ?? 'tenant scope'}`);
      if (active.insecure) tooltip.appendMarkdown('\n\n$(warning) **insecure TLS**: certificate verification is off for this connection (`insecure: true`).');
      if (status) tooltip.appendMarkdown(`\n\nCatalog: ${status.source}${status.lastError ? ` — last error: ${status.lastError}` : ''}`);
    } else {
      tooltip.appendMarkdown('Not signed in. Click to add a Palette connection.');
    }
    this.item.tooltip = tooltip;
    this.item.command = active ? 'palette.connection.switch' : 'palette.connection.add';
  }

  dispose(): void {
    clearInterval(this.timer);
    this.item.dispose();
  }
}
