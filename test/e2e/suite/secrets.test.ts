import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import type { CatalogStatusResult, PublishResult, TestConnectionResult } from '../../../server/src/protocol.js';
import { waitFor } from './wait-for.js';
import { activePalette, extensionId, openFixture, workspaceUri } from './workspace-files.js';

const connectionName = 'acme-secrets';
const traceChannelLabel = 'Palette Language Server Trace';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** VS Code's log folder of this session: the ancestor of the extension's log folder that sits in `logs/`. */
function sessionLogDir(extensionLogDir: string): string {
  let dir = extensionLogDir;
  while (basename(dirname(dir)) !== 'logs' && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * With `palette.trace.server: verbose` and the trace channel at Trace, everything that could record the key —
 * settings, log files, the catalog cache, an exported snapshot, the LSP trace — is read back after use.
 */
suite('Secret hygiene: the API key leaves no trace', () => {
  let emu: Emulator;
  let api: PaletteApi;
  // Distinctive, so a hit is this key and nothing else; the emulator accepts the new value for acme.
  const key = `pp-secret-${randomBytes(12).toString('hex')}`;
  const snapshotFile = () => workspaceUri('secrets-snapshot.json').fsPath;
  const palette = () => vscode.workspace.getConfiguration('palette');

  suiteSetup(async () => {
    emu = await startEmulator();
    emu.tenants[0].apiKey = key;
    api = await activePalette();
    await palette().update('offline', false, vscode.ConfigurationTarget.Workspace);
    await palette().update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
    // vscode-languageclient traces only while the trace channel's log level is Trace: show it, set its level.
    await vscode.commands.executeCommand(`workbench.action.output.show.${extensionId}.${traceChannelLabel}.log`);
    await vscode.commands.executeCommand('workbench.action.output.activeOutputLogLevel.1');
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.output.activeOutputLogLevelDefault');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('palette.connection.remove', connectionName);
    await palette().update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    await palette().update('offline', true, vscode.ConfigurationTarget.Workspace);
    await emu.stop();
  });

  test('connection, catalog, views, publish, snapshot and failing requests all work with the distinctive key', async () => {
    await vscode.commands.executeCommand('palette.connection.add', { name: connectionName, host: emu.url, apiKey: key, projectName: 'Default' });
    await waitFor('the status bar to name the connection', () => api.views.status.last?.connectionName === connectionName);
    const registries = await api.views.packs.getChildren();
    assert.ok(registries.length > 0);
    await api.views.packs.getChildren(registries[0]);
    await api.views.profiles.getChildren();
    const editor = await openFixture('publish/shop-addons.profile.yaml');
    const published = await vscode.commands.executeCommand<PublishResult>('palette.profile.publish', { uri: editor.document.uri.toString(), yes: true, acceptBump: true });
    assert.equal(published?.status, 'published', JSON.stringify(published));
    await vscode.commands.executeCommand('palette.catalog.exportSnapshot', snapshotFile());
    assert.ok(statSync(snapshotFile()).size > 0);

    // Failures: a 500 on refresh, then a project the key cannot reach (403).
    emu.addFault({ path: /packs|registries/, kind: 'status', status: 500 });
    const failed = await vscode.commands.executeCommand<CatalogStatusResult>('palette.catalog.refresh');
    emu.clearFaults();
    assert.ok(failed.lastError, JSON.stringify(failed));
    const active = api.views.connections.active();
    assert.ok(active);
    await api.views.connections.save({ ...active, projectUid: 'no-such-project-uid' }, undefined);
    await api.views.deps.applyConnection();
    const test403 = await vscode.commands.executeCommand<TestConnectionResult>('palette.connection.test');
    assert.ok(emu.requestLog.some((r) => r.status === 403), 'no request was refused with 403');
    assert.ok(test403);
    assert.ok(emu.requestLog.some((r) => r.status === 500), 'no request failed with 500');
  });

  test('the key is in no settings file, log, cache file, snapshot or LSP trace, and the trace is not empty', async () => {
    const userSettings = vscode.Uri.joinPath(api.globalStorageUri, '..', '..', 'settings.json').fsPath;
    const settingsText = readFileSync(userSettings, 'utf8');
    assert.match(settingsText, new RegExp(connectionName), 'the connection is not in the user settings: wrong file?');
    const traceFile = join(api.logUri.fsPath, `${traceChannelLabel}.log`);
    // The trace must hold real message traffic, or a clean grep proves nothing.
    const trace = await waitFor('the LSP trace to record messages', () => {
      const text = existsSync(traceFile) ? readFileSync(traceFile, 'utf8') : '';
      return /Sending request 'palette\//.test(text) && /Received response/.test(text) && text;
    });
    assert.ok(trace.includes('Params:') || trace.includes('Result:'), 'the trace is not verbose');
    // <run>/ud/User/globalStorage/<extension>: code-server's own log is <run>/code-server.log.
    const userDataDir = dirname(dirname(dirname(api.globalStorageUri.fsPath)));
    const files = [
      userSettings,
      workspaceUri('.vscode/settings.json').fsPath,
      snapshotFile(),
      ...filesUnder(sessionLogDir(api.logUri.fsPath)),
      ...filesUnder(vscode.Uri.joinPath(api.globalStorageUri, 'catalog').fsPath),
      ...filesUnder(api.globalStorageUri.fsPath),
      join(dirname(userDataDir), 'code-server.log'),
    ].filter((f) => existsSync(f));
    assert.ok(files.includes(traceFile), `the trace file is not among ${files.length} files read`);
    assert.ok(filesUnder(vscode.Uri.joinPath(api.globalStorageUri, 'catalog').fsPath).length > 0, 'no catalog cache file was written');
    const leaks = files.filter((f) => readFileSync(f).includes(key));
    assert.deepEqual(leaks, [], 'files holding the key');
    // Requests carry the key in the ApiKey header only (and did carry it: the key was really in use).
    assert.ok(emu.requestLog.some((r) => r.headers.apikey === key));
    for (const r of emu.requestLog) {
      assert.ok(!`${r.path}?${r.query}${r.body ?? ''}`.includes(key), `${r.method} ${r.path}`);
      assert.ok(Object.entries(r.headers).every(([name, value]) => name === 'apikey' || !value.includes(key)));
    }
  });
});
