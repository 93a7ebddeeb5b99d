import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { createPaletteClient } from '../../../server/src/palette/client.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import type { PaletteNode } from '../../../client/src/views/items.js';
import { waitFor } from './wait-for.js';
import { activePalette, workspaceUri } from './workspace-files.js';

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out = statSync(path).isDirectory() ? [...out, ...filesUnder(path)] : [...out, path];
  }
  return out;
}

suite('Palette connections and views', () => {
  let emu: Emulator;
  let api: PaletteApi;
  const key = () => emu.tenants[0].apiKey;

  suiteSetup(async () => {
    emu = await startEmulator();
    api = await activePalette();
    // The fixture workspace validates offline; this suite talks to the emulator.
    await vscode.workspace.getConfiguration('palette').update('offline', false, vscode.ConfigurationTarget.Workspace);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('palette.connection.remove', 'acme-e2e');
    await vscode.workspace.getConfiguration('palette').update('offline', true, vscode.ConfigurationTarget.Workspace);
    await emu.stop();
  });

  test('adding a connection picks the project by name and the status bar shows it', async () => {
    const saved = (await vscode.commands.executeCommand('palette.connection.add', {
      name: 'acme-e2e', host: emu.url, apiKey: key(), projectName: 'edge-prod',
    })) as { projectUid?: string; tenant?: string };
    assert.equal(saved.projectUid, emu.tenants[0].projects[1].uid);
    assert.equal(saved.tenant, 'acme');
    const status = await waitFor('the status to name the connection', () => api.views.status.last?.connectionName === 'acme-e2e' && api.views.status.last);
    assert.equal(status.projectName, 'edge-prod');
  });

  test('the Packs view lists registries → packs → versions → default values', async () => {
    const packs = api.views.packs;
    const registries = await packs.getChildren();
    const publicRepo = registries.find((n) => n.kind === 'registry' && n.registry.name === 'Public Repo');
    assert.ok(publicRepo, JSON.stringify(registries));
    const k8s = (await packs.getChildren(publicRepo)).find((n) => n.kind === 'pack' && n.pack.name === 'kubernetes');
    assert.ok(k8s);
    const versions = await packs.getChildren(k8s);
    assert.ok(versions.length > 50 && versions.every((v) => v.kind === 'packVersion'));
    const docs = await packs.getChildren(versions.find((v) => v.kind === 'packVersion' && v.version.tag === v.version.version));
    const values = docs.find((d): d is Extract<PaletteNode, { kind: 'packDoc' }> => d.kind === 'packDoc' && d.doc === 'values');
    assert.ok(values);
    const item = packs.getTreeItem(values);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the default values document', () => vscode.window.activeTextEditor?.document.uri.scheme === 'palette-pack' && vscode.window.activeTextEditor);
    assert.match(editor.document.getText(), /pack:/);
  });

  test('a layer filter narrows the packs of a registry', async () => {
    await vscode.commands.executeCommand('palette.packs.filter', { layer: 'cni' });
    try {
      const publicRepo = (await api.views.packs.getChildren()).find((n) => n.kind === 'registry' && n.registry.name === 'Public Repo');
      const packs = await api.views.packs.getChildren(publicRepo);
      assert.ok(packs.length > 0 && packs.every((p) => p.kind === 'pack' && p.pack.layer === 'cni'), JSON.stringify(packs));
    } finally {
      await vscode.commands.executeCommand('palette.packs.clearFilter');
    }
  });

  test('the Profiles view lists the project profile → versions, and pull writes it to a file', async () => {
    const project = emu.tenants[0].projects[1];
    const client = createPaletteClient({ host: emu.url, apiKey: key(), projectUid: project.uid });
    try {
      await client.createProfile({ metadata: { name: 'e2e-addon' }, spec: { version: '1.2.0', template: { type: 'add-on', cloudType: 'all', packs: [] } } }, { publish: true });
    } finally {
      await client.close();
    }
    api.views.profiles.refresh();
    const profile = (await api.views.profiles.getChildren()).find((n) => n.kind === 'profile' && n.profile.name === 'e2e-addon');
    assert.ok(profile);
    const [version] = await api.views.profiles.getChildren(profile);
    assert.ok(version?.kind === 'profileVersion' && version.version.version === '1.2.0');
    const target = workspaceUri('pulled/e2e-addon.profile.yaml');
    // Pulling over an existing file replaces it (through an undoable WorkspaceEdit).
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('# an older local copy\n'));
    await vscode.commands.executeCommand('palette.profiles.pull', version, target);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /name: e2e-addon/);
    assert.ok(!text.includes('an older local copy'));
  });

  test('the API key is in no settings file, no log file and no request other than its ApiKey header', async () => {
    const settingsFile = vscode.Uri.joinPath(api.globalStorageUri, '..', '..', 'settings.json').fsPath;
    const settings = readFileSync(settingsFile, 'utf8');
    assert.match(settings, /acme-e2e/);
    assert.ok(!settings.includes(key()), 'key in settings.json');
    const logs = await waitFor('the Palette log file', () => {
      const files = filesUnder(api.logUri.fsPath);
      return files.some((f) => readFileSync(f, 'utf8').includes('connection acme-e2e')) && files;
    });
    for (const file of logs) assert.ok(!readFileSync(file, 'utf8').includes(key()), `key in ${file}`);
    assert.ok(emu.requestLog.length > 0);
    for (const r of emu.requestLog) {
      assert.equal(r.headers.apikey, key());
      assert.ok(!`${r.path}?${r.query}${r.body ?? ''}`.includes(key()), `${r.method} ${r.path}`);
      assert.ok(Object.entries(r.headers).every(([name, value]) => name === 'apikey' || !value.includes(key())));
    }
  });
});
