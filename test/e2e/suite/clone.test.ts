import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { createPaletteClient } from '../../../server/src/palette/client.js';
import type { PublishResult } from '../../../server/src/protocol.js';
import type { CloneRun } from '../../../client/src/commands/clone.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import { waitFor } from './wait-for.js';
import { activePalette, openFixture } from './workspace-files.js';

const source = 'acme-clone-src';
const destination = 'globex-clone-dst';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

suite('Clone in VS Code between emulator tenants', () => {
  let emu: Emulator;
  let api: PaletteApi;
  const acme = () => emu.tenants[0];
  const globex = () => emu.tenants[1];
  const platform = () => globex().projects.find((p) => p.name === 'platform')!;

  async function profilesInPlatform(): Promise<string[]> {
    const client = createPaletteClient({ host: emu.url, apiKey: globex().apiKey, projectUid: platform().uid });
    try {
      return (await client.listProfiles({})).map((p) => `${p.metadata?.name}@${p.specSummary?.version}`);
    } finally {
      await client.close();
    }
  }
  const imports = () => emu.requestLog.filter((r) => r.method === 'POST' && r.path === '/v1/clusterprofiles/import');
  const clone = (args: Record<string, unknown>) =>
    vscode.commands.executeCommand<CloneRun | undefined>('palette.profile.clone', { destination, project: 'platform', yes: true, ...args });

  suiteSetup(async () => {
    emu = await startEmulator();
    api = await activePalette();
    const config = vscode.workspace.getConfiguration('palette');
    await config.update('offline', false, vscode.ConfigurationTarget.Workspace);
    // The destination first, so the source ends up the active connection.
    await vscode.commands.executeCommand('palette.connection.add', { name: destination, host: emu.url, apiKey: globex().apiKey, projectName: 'platform' });
    await vscode.commands.executeCommand('palette.connection.add', { name: source, host: emu.url, apiKey: acme().apiKey, projectName: 'Default' });
    await waitFor('the status bar to name the source connection', () => api.views.status.last?.connectionName === source);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('palette.connection.remove', source);
    await vscode.commands.executeCommand('palette.connection.remove', destination);
    const config = vscode.workspace.getConfiguration('palette');
    await config.update('offline', true, vscode.ConfigurationTarget.Workspace);
    await emu.stop();
  });

  test('cloning a published version into a tenant that lacks one of its packs reports the pack missing and imports nothing', async () => {
    const editor = await openFixture('clone/argo-addons.profile.yaml');
    const published = await vscode.commands.executeCommand<PublishResult>('palette.profile.publish', { uri: editor.document.uri.toString(), yes: true });
    assert.equal(published.status, 'published', JSON.stringify(published));
    const run = await clone({ uid: published.uid });
    assert.ok(run);
    assert.equal(run.imported, false);
    assert.match(run.report, /\| argo-cd \| 3\.26\.7 \| .*\| \*\*MISSING\*\* \|/);
    assert.match(run.report, /- Destination: 127\.0\.0\.1:\d+ · tenant globex · project platform/);
    const shown = await waitFor('the preflight report in an editor', () => vscode.window.activeTextEditor?.document.languageId === 'markdown' && vscode.window.activeTextEditor);
    assert.match(shown.document.getText(), /^# Clone preflight: argo-addons 1\.0\.0/);
    assert.deepEqual(imports(), []);
    assert.deepEqual(await profilesInPlatform(), []);
  });

  test('after the missing pack is removed from the file, cloning the active editor\'s file imports it into the destination project', async () => {
    const editor = await openFixture('clone/argo-addons.profile.yaml');
    const text = editor.document.getText();
    const start = text.indexOf('      - name: argo-cd');
    const end = text.indexOf('      - name: hello-universe');
    await editor.edit((e) => e.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end))));
    assert.ok(await editor.document.save());
    const run = await clone({});
    assert.ok(run);
    assert.equal(run.imported, true, run.report);
    assert.deepEqual(await profilesInPlatform(), ['argo-addons@1.0.0']);
    assert.deepEqual(imports().filter((r) => r.status === 201).map((r) => [r.tenant, r.projectUid]), [['globex', platform().uid]]);
  });

  test('each key reaches Palette only in its own tenant\'s ApiKey header, and neither is in any Palette log', async () => {
    const logs = await waitFor('the publish in the Palette log', () => {
      const files = filesUnder(api.logUri.fsPath);
      return files.some((f) => readFileSync(f, 'utf8').includes('POST /v1/clusterprofiles?publish=true')) && files;
    });
    for (const file of logs) {
      const text = readFileSync(file, 'utf8');
      assert.ok(!text.includes(globex().apiKey), `destination key in ${file}`);
      assert.ok(!text.includes(acme().apiKey), `source key in ${file}`);
    }
    // The destination's requests come from the CLI child process: its key travelled by environment.
    assert.ok(emu.requestLog.some((r) => r.tenant === 'globex' && r.path === '/v1/clusterprofiles/import'));
    for (const r of emu.requestLog) {
      const key = r.tenant === 'globex' ? globex().apiKey : acme().apiKey;
      assert.equal(r.headers.apikey, key, `${r.method} ${r.path}`);
      for (const k of [acme().apiKey, globex().apiKey]) assert.ok(!`${r.path}?${r.query}${r.body ?? ''}`.includes(k), `${r.method} ${r.path}`);
    }
  });
});
