import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { createPaletteClient, type PaletteClient } from '../../../server/src/palette/client.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import type { PaletteNode } from '../../../client/src/views/items.js';
import { waitFor } from './wait-for.js';
import { activePalette, connectTo, disconnect, workspaceUri } from './workspace-files.js';

type VersionNode = Extract<PaletteNode, { kind: 'profileVersion' }>;

const connectionName = 'acme-compare';

suite('Compare with Local File', () => {
  let emu: Emulator;
  let api: PaletteApi;
  let stopped = false;
  const acme = () => emu.tenants[0];
  const project = () => acme().projects.find((p) => p.name === 'Default')!;

  async function withClient<T>(use: (client: PaletteClient) => Promise<T>): Promise<T> {
    const client = createPaletteClient({ host: emu.url, apiKey: acme().apiKey, projectUid: project().uid });
    try {
      return await use(client);
    } finally {
      await client.close();
    }
  }

  /** The version node the Profiles view shows for `name`, as a user would right-click it. */
  async function versionNode(name: string): Promise<VersionNode> {
    api.views.profiles.refresh();
    const profile = (await api.views.profiles.getChildren()).find((n) => n.kind === 'profile' && n.profile.name === name);
    assert.ok(profile, `${name} is not in the Profiles view`);
    const [version] = await api.views.profiles.getChildren(profile);
    assert.ok(version?.kind === 'profileVersion');
    return version;
  }

  const publishProfile = (name: string) => withClient((client) => client.createProfile(
    { metadata: { name, annotations: { description: 'compare e2e' } }, spec: { version: '1.0.0', template: { type: 'add-on', cloudType: 'all', packs: [] } } },
    { publish: true },
  ));

  /** The active tab once it is a diff editor, with its two sides. */
  const diffEditor = () => waitFor('a diff editor', () => {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    return tab?.input instanceof vscode.TabInputTextDiff && { tab, input: tab.input };
  });
  const diffTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputTextDiff);

  suiteSetup(async () => {
    emu = await startEmulator();
    api = await activePalette();
    await connectTo(api, { name: connectionName, host: emu.url, apiKey: acme().apiKey, projectName: 'Default' });
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(connectionName);
    if (!stopped) await emu.stop();
  });

  /** Runs the command as the context menu would, with the version node and (optionally) the file the user chose. */
  async function compare(node: VersionNode, local?: vscode.Uri): Promise<void> {
    await vscode.commands.executeCommand('palette.profiles.compare', node, ...(local ? [local] : []));
  }

  /** Writes a local copy of the exported profile with one edit, as a user's working file would differ. */
  async function writeLocalCopy(relativePath: string, exported: string): Promise<vscode.Uri> {
    const uri = workspaceUri(relativePath);
    const edited = exported.replace('compare e2e', 'compare e2e, edited locally');
    assert.notEqual(edited, exported, 'the export has no description to edit');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(edited));
    return uri;
  }

  /** A published profile, its YAML export, an edited local copy of it and its version node; no editor open. */
  async function publishedWithLocalCopy(name: string): Promise<{ uid: string; exported: string; local: vscode.Uri; node: VersionNode }> {
    const uid = await publishProfile(name);
    const exported = await withClient((client) => client.exportProfile(uid, { format: 'yaml' }));
    const local = await writeLocalCopy(`compare/${name}.profile.yaml`, exported);
    const node = await versionNode(name);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    return { uid, exported, local, node };
  }

  test('it opens a diff of the version exported from Palette (left) and the chosen local file (right)', async () => {
    const { uid, exported, local, node } = await publishedWithLocalCopy('compare-addon');
    await compare(node, local);
    const { tab, input } = await diffEditor();
    assert.equal(input.original.scheme, 'palette-profile-remote');
    assert.equal(new URLSearchParams(input.original.query).get('uid'), uid);
    assert.equal(input.modified.toString(), local.toString());
    assert.match(tab.label, /compare-addon 1\.0\.0/);
    const left = await vscode.workspace.openTextDocument(input.original);
    assert.equal(left.getText(), exported);
    assert.equal(diffTabs().length, 1);
  });

  test('with a profile file in the active editor, it compares against that file without asking for one', async () => {
    const { uid, exported, local, node } = await publishedWithLocalCopy('compare-active');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(local));
    await waitFor('the file to be a Palette profile', () => editor.document.languageId === 'palette-profile');
    await compare(node);
    const { input } = await diffEditor();
    assert.equal(new URLSearchParams(input.original.query).get('uid'), uid);
    assert.equal(input.modified.toString(), local.toString());
    assert.equal((await vscode.workspace.openTextDocument(input.original)).getText(), exported);
  });

  test('a version deleted from Palette since the view listed it gives an error and opens no diff editor', async () => {
    const uid = await publishProfile('compare-gone');
    const node = await versionNode('compare-gone');
    await withClient((client) => client.deleteProfile(uid));
    const local = await writeLocalCopy('compare/local.profile.yaml', 'description: compare e2e\n');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await assert.rejects(compare(node, local), (err: Error) => err.message.includes('404'));
    assert.deepEqual(diffTabs().map((t) => t.label), []);
  });

  test('with Palette unreachable it gives an error and opens no diff editor', async () => {
    await publishProfile('compare-unreachable');
    const node = await versionNode('compare-unreachable');
    await emu.stop();
    stopped = true;
    const local = await writeLocalCopy('compare/local.profile.yaml', 'description: compare e2e\n');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await assert.rejects(compare(node, local), (err: Error) => err.message.length > 0 && !err.message.includes(acme().apiKey));
    assert.deepEqual(diffTabs().map((t) => t.label), []);
    // The Palette output channel names the command that failed, and never the key.
    const logs = () => readdirSync(api.logUri.fsPath).map((f) => readFileSync(join(api.logUri.fsPath, f), 'utf8')).join('\n');
    await waitFor('the failure in the Palette log', () => logs().includes('palette.profiles.compare:'));
    assert.ok(!logs().includes(acme().apiKey), 'the API key is in the log');
  });
});
