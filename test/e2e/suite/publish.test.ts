import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { createPaletteClient } from '../../../server/src/palette/client.js';
import type { PublishResult } from '../../../server/src/protocol.js';
import { activePalette, connectTo, disconnect, openFixture } from './workspace-files.js';

const connectionName = 'acme-publish';
const createPath = '/v1/clusterprofiles';

/** Re-asks an async probe until it yields, with a deadline (the server may still be restarting). */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('Publish in VS Code against the emulator', () => {
  let emu: Emulator;
  const acme = () => emu.tenants[0];
  const defaultProject = () => acme().projects.find((p) => p.name === 'Default')!;

  /** What Palette holds in acme's Default project, read through the API client (not through the extension). */
  async function versionsInPalette(name: string): Promise<string[]> {
    const client = createPaletteClient({ host: emu.url, apiKey: acme().apiKey, projectUid: defaultProject().uid });
    try {
      const all = await client.listProfiles({});
      return all.filter((p) => p.metadata?.name === name).map((p) => p.specSummary?.version ?? '?').sort();
    } finally {
      await client.close();
    }
  }

  const publish = (editor: vscode.TextEditor, extra: { acceptBump?: boolean } = {}) =>
    vscode.commands.executeCommand<PublishResult | undefined>('palette.profile.publish', { uri: editor.document.uri.toString(), yes: true, ...extra });

  suiteSetup(async () => {
    emu = await startEmulator();
    const api = await activePalette();
    await connectTo(api, { name: connectionName, host: emu.url, apiKey: acme().apiKey, projectName: 'Default' });
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(connectionName);
    await emu.stop();
  });

  test('a profile shows a "Publish to <connection>" code lens on its name line that runs Publish Profile on it', async () => {
    const editor = await openFixture('publish/shop-addons.profile.yaml');
    const uri = editor.document.uri;
    const lens = await eventually('the Publish code lens', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return lenses.find((l) => l.command?.command === 'palette.profile.publish');
    });
    assert.equal(lens.command?.title, `Publish to ${connectionName}`);
    assert.equal(lens.range.start.line, 1);
    assert.deepEqual(lens.command?.arguments, [{ uri: uri.toString() }]);
  });

  test('publishing creates the profile in the connection\'s tenant and project, and names host · tenant · project', async () => {
    const editor = await openFixture('publish/shop-addons.profile.yaml');
    const result = await publish(editor);
    assert.equal(result?.status, 'published', JSON.stringify(result));
    assert.match(result.target, /127\.0\.0\.1:\d+ · tenant acme · project Default/);
    assert.deepEqual(await versionsInPalette('shop-addons'), ['1.0.0']);
    const created = emu.requestLog.filter((r) => r.method === 'POST' && r.path === createPath && r.status === 201);
    assert.equal(created.length, 1);
    assert.equal(created[0].projectUid, defaultProject().uid);
  });

  test('publishing the edited file again takes the next version into the editor and creates it beside the first', async () => {
    const editor = await openFixture('publish/shop-addons.profile.yaml');
    const text = editor.document.getText();
    const at = text.indexOf('add-ons for the shop clusters');
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'add-ons'.length)), 'Add-ons (v2)'));
    const result = await publish(editor, { acceptBump: true });
    assert.equal(result?.status, 'published', JSON.stringify(result));
    assert.equal(result.version, '1.0.1');
    assert.match(editor.document.getText(), /^ {2}version: 1\.0\.1$/m);
    assert.deepEqual(await versionsInPalette('shop-addons'), ['1.0.0', '1.0.1']);
  });

  test('publishing a file with errors is blocked with its line and sends no create to Palette', async () => {
    const editor = await openFixture('publish/broken.profile.yaml');
    const before = emu.requestLog.length;
    const result = await publish(editor);
    assert.equal(result?.status, 'blocked', JSON.stringify(result));
    assert.ok(result.problems.some((p) => p.line === 7), JSON.stringify(result.problems));
    assert.ok(!emu.requestLog.slice(before).some((r) => r.method === 'POST' && r.path === createPath), 'a create reached Palette');
    assert.deepEqual(await versionsInPalette('shop-broken'), []);
  });
});
