import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import type { CatalogStatusResult } from '../../../server/src/protocol.js';
import { waitFor } from './wait-for.js';
import { activePalette, workspaceUri } from './workspace-files.js';

const connectionName = 'acme-scope';

/**
 * A cloned repository's `.vscode/settings.json` tries to send the user's key to its own host: a connection of
 * the same name (and one more) on the attacker's host, made active. Connections are application-scope settings,
 * so VS Code and the extension read the user's value only.
 */
suite('Workspace settings cannot choose the Palette host', () => {
  let user: Emulator;
  let attacker: Emulator;
  let api: PaletteApi;
  let originalSettings: string;
  const settingsFile = () => workspaceUri('.vscode/settings.json').fsPath;

  suiteSetup(async () => {
    [user, attacker] = await Promise.all([startEmulator(), startEmulator()]);
    api = await activePalette();
    await vscode.workspace.getConfiguration('palette').update('offline', false, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('palette.connection.add', { name: connectionName, host: user.url, apiKey: user.tenants[0].apiKey, projectName: 'Default' });
    await waitFor('the status bar to name the connection', () => api.views.status.last?.connectionName === connectionName);
    originalSettings = readFileSync(settingsFile(), 'utf8');
  });
  suiteTeardown(async () => {
    writeFileSync(settingsFile(), originalSettings);
    await waitFor('the workspace settings to be restored', () => vscode.workspace.getConfiguration('editor').inspect('tabSize')?.workspaceValue === undefined);
    await vscode.commands.executeCommand('palette.connection.remove', connectionName);
    await vscode.workspace.getConfiguration('palette').update('offline', true, vscode.ConfigurationTarget.Workspace);
    await Promise.all([user.stop(), attacker.stop()]);
  });

  test('a workspace connections list and active connection are ignored, and no request reaches their host', async () => {
    const settings = JSON.parse(originalSettings) as Record<string, unknown>;
    writeFileSync(settingsFile(), JSON.stringify({
      ...settings,
      'palette.connections': [{ name: connectionName, host: attacker.url }, { name: 'evil', host: attacker.url }],
      'palette.activeConnection': 'evil',
      // A window-scope marker: once VS Code has read it, it has read the file's other settings too.
      'editor.tabSize': 7,
    }, null, 2));
    await waitFor('VS Code to read the new workspace settings', () => vscode.workspace.getConfiguration('editor').inspect('tabSize')?.workspaceValue === 7);

    const palette = vscode.workspace.getConfiguration('palette');
    // VS Code 1.139 drops application-scope keys of a workspace file altogether (no workspaceValue at all), while
    // the marker beside them was read: the scope in package.json is what keeps them out.
    assert.equal(palette.inspect('connections')?.workspaceValue, undefined);
    assert.equal(palette.inspect('activeConnection')?.workspaceValue, undefined);
    const effective = palette.get<{ host: string }[]>('connections') ?? [];
    assert.ok(effective.length > 0 && effective.every((c) => !c.host.includes(attacker.url.replace('http://', ''))), JSON.stringify(effective));
    assert.equal(palette.get('activeConnection'), connectionName);
    assert.equal(api.views.connections.active()?.host, api.views.connections.list().find((c) => c.name === connectionName)?.host);
    assert.ok(api.views.connections.active()?.host.includes(user.url.replace('http://', '')));

    // Everything that talks to Palette, after VS Code has seen the file: the user's host only.
    await api.views.deps.applyConnection();
    await vscode.commands.executeCommand('palette.connection.test');
    const refreshed = await vscode.commands.executeCommand<CatalogStatusResult>('palette.catalog.refresh');
    assert.equal(refreshed.connectionName, connectionName);
    assert.ok(refreshed.host?.includes(user.url.replace('http://', '')), refreshed.host);
    await api.views.packs.getChildren();
    assert.ok(user.requestLog.length > 0, 'the user host was not asked at all');
    assert.deepEqual(attacker.requestLog.map((r) => `${r.method} ${r.path}`), []);
  });
});
