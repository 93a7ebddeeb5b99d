import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import { profileLanguageId } from '../../../server/src/protocol.js';
import { activePalette, diagnosticsAppear, workspaceUri } from './workspace-files.js';

/** A profile whose version ("1.0") is not strict semver, written here: other suites edit and may save the fixtures. */
const brokenProfile = 'metadata:\n  name: untrusted-check\nspec:\n  version: "1.0"\n  template:\n    type: add-on\n    cloudType: all\n    packs: []\n';

const connectionName = 'acme-untrusted';

/** Runs the named command as a user would; a refusal is an acceptable answer, a request to Palette is not. */
async function tryCommand(id: string, ...args: unknown[]): Promise<void> {
  try {
    await vscode.commands.executeCommand(id, ...args);
  } catch {
    // Refused in restricted mode (or for want of a connection the server may use): fine.
  }
}

/**
 * `node test/e2e/run-exthost.mjs --untrusted` (scripts/test-all.sh stage e2e-untrusted) opens the workspace with
 * workspace trust on and never grants it. Normal runs trust the workspace, so this suite skips itself there.
 */
suite('Restricted mode: an untrusted workspace validates without any network call', () => {
  let emu: Emulator;
  let api: PaletteApi;

  suiteSetup(async function () {
    if (process.env.PALETTE_E2E_UNTRUSTED !== '1') this.skip();
    emu = await startEmulator();
    api = await activePalette();
  });
  suiteTeardown(async () => {
    if (!emu) return;
    await api.views.connections.remove(connectionName);
    await emu.stop();
  });

  test('the workspace is untrusted, a connection with a key exists, diagnostics appear and Palette hears nothing', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    // A signed-in user: the connection and its key as Add Connection stores them (user settings, SecretStorage).
    await api.views.connections.save({ name: connectionName, host: emu.url, projectName: 'Default', projectUid: emu.tenants[0].projects[0].uid }, emu.tenants[0].apiKey);
    await api.views.connections.activate(connectionName);
    assert.equal(await api.views.connections.apiKey(api.views.connections.active()!), emu.tenants[0].apiKey);
    // Online, as far as settings go: only the missing trust keeps the extension off the network.
    await vscode.workspace.getConfiguration('palette').update('offline', false, vscode.ConfigurationTarget.Global);
    try {
      await api.views.deps.applyConnection();
      const document = await vscode.workspace.openTextDocument({ language: profileLanguageId, content: brokenProfile });
      await vscode.window.showTextDocument(document);
      await diagnosticsAppear(document.uri, 'invalid-profile-version');

      // Everything a user might click that talks to Palette.
      await tryCommand('palette.connection.test');
      await tryCommand('palette.catalog.refresh');
      await api.views.packs.getChildren().catch(() => []);
      await api.views.profiles.getChildren().catch(() => []);
      await tryCommand('palette.profile.publish', { uri: workspaceUri('publish/shop-addons.profile.yaml').toString(), yes: true });
      // The diagnostics still come from a live server after all that.
      await diagnosticsAppear(document.uri, 'invalid-profile-version');
      assert.deepEqual(emu.requestLog.map((r) => `${r.method} ${r.path}`), []);
    } finally {
      await vscode.workspace.getConfiguration('palette').update('offline', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Clone Profile in an untrusted workspace is refused and sends nothing', async () => {
    const args = { file: workspaceUri('publish/shop-addons.profile.yaml').fsPath, destination: connectionName, project: 'Default', yes: true };
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('palette.profile.clone', args)), /Restricted Mode/);
    assert.deepEqual(emu.requestLog.map((r) => `${r.method} ${r.path}`), []);
  });
});
