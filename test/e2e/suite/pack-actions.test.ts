import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { parseProfile } from '../../../server/src/core/parse/parse-profile.js';
import { profileLanguageId } from '../../../server/src/protocol.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import type { PaletteNode } from '../../../client/src/views/items.js';
import { packDocUri } from '../../../client/src/views/remote-documents.js';
import { waitFor } from './wait-for.js';
import { activePalette, connectTo, disconnect } from './workspace-files.js';

const connectionName = 'acme-pack-actions';
type VersionNode = Extract<PaletteNode, { kind: 'packVersion' }>;

/** os, k8s and csi but no cni: a cni pack belongs between edge-k3s and csi-rook-ceph. */
const profile = `metadata:
  name: pack-actions-e2e
spec:
  version: 1.0.0
  template:
    type: infra
    cloudType: edge-native
    packs:
      - name: edge-native-byoi
        type: spectro
        layer: os
        tag: 2.1.0
        registry:
          metadata:
            name: Public Repo
      - name: edge-k3s
        type: spectro
        layer: k8s
        tag: 1.25.2
        registry:
          metadata:
            name: Public Repo
      - name: csi-rook-ceph
        type: spectro
        layer: csi
        tag: 1.9.2
        registry:
          metadata:
            name: Public Repo
`;

async function openProfile(column = vscode.ViewColumn.Active): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: profileLanguageId, content: profile });
  return vscode.window.showTextDocument(document, column);
}

suite('Packs view: Add to Active Profile and Copy Values', () => {
  let emu: Emulator;
  let api: PaletteApi;
  let calico: VersionNode;

  suiteSetup(async () => {
    emu = await startEmulator();
    api = await activePalette();
    await connectTo(api, { name: connectionName, host: emu.url, apiKey: emu.tenants[0].apiKey });
    // The version node as the tree hands it to the context menu: Public Repo → cni-calico → 3.25.0.
    await vscode.commands.executeCommand('palette.packs.filter', { text: 'cni-calico' });
    try {
      const packs = api.views.packs;
      const registry = (await packs.getChildren()).find((n) => n.kind === 'registry' && n.registry.name === 'Public Repo');
      const pack = (await packs.getChildren(registry)).find((n) => n.kind === 'pack' && n.pack.name === 'cni-calico');
      const version = (await packs.getChildren(pack)).find((n): n is VersionNode => n.kind === 'packVersion' && n.version.version === '3.25.0');
      assert.ok(version, 'cni-calico 3.25.0 in the Packs view');
      assert.equal(packs.getTreeItem(version).contextValue, 'palette.packVersion');
      calico = version;
    } finally {
      await vscode.commands.executeCommand('palette.packs.clearFilter');
    }
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(connectionName);
    await emu.stop();
  });

  /** The defaults as the read-only values document shows them (the same palette/packDefaults request). */
  const defaults = async () => (await vscode.workspace.openTextDocument(packDocUri({ registryUid: calico.pack.registryUid, name: 'cni-calico', version: '3.25.0' }, 'values'))).getText();

  test('Add to Active Profile inserts the complete entry with its default values between the k8s and csi layers, as one undo step', async () => {
    const editor = await openProfile();
    assert.equal(await vscode.commands.executeCommand('palette.packs.addToProfile', calico), true);
    const parsed = parseProfile(editor.document.getText());
    assert.deepEqual(parsed.packs.map((p) => [p.name?.value, p.layer?.value]), [
      ['edge-native-byoi', 'os'], ['edge-k3s', 'k8s'], ['cni-calico', 'cni'], ['csi-rook-ceph', 'csi'],
    ]);
    const added = parsed.packs[2];
    assert.equal(added?.tag?.value, '3.25.0');
    assert.equal(added?.registryName?.value, 'Public Repo');
    assert.equal(added?.type?.value, 'spectro');
    const values = await defaults();
    assert.ok(values.length > 100, 'the seed has real calico defaults');
    assert.equal(added?.values?.text.trim(), values.trim());
    assert.deepEqual([...parsed.syntaxErrors, ...(added?.values?.errors ?? [])], []);

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), profile);
  });

  test('with the default values document active, the entry still goes into the profile open beside it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('palette.packs.openDefaults', calico);
    const editor = await openProfile(vscode.ViewColumn.Beside);
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    await waitFor('the default values document to be active', () => vscode.window.activeTextEditor?.document.uri.scheme === 'palette-pack');
    assert.equal(await vscode.commands.executeCommand('palette.packs.addToProfile', calico), true);
    assert.ok(parseProfile(editor.document.getText()).packs.some((p) => p.name?.value === 'cni-calico'));
  });

  test('without an open profile nothing is edited and the command says so by returning false', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('palette.packs.addToProfile', calico), false);
  });

  test('Copy Values puts the version default values on the clipboard', async () => {
    await vscode.env.clipboard.writeText('before');
    const copied = await vscode.commands.executeCommand<string>('palette.packs.copyValues', calico);
    const values = await defaults();
    assert.equal(copied, values);
    assert.equal(await vscode.env.clipboard.readText(), values);
  });
});
