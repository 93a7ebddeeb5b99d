import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import { waitFor } from './wait-for.js';
import { activePalette, connectTo, disconnect } from './workspace-files.js';

const connectionName = 'acme-select-project';
const profileName = 'only-in-edge-prod';

interface Saved {
  projectName?: string;
  projectUid?: string;
}

suite('Palette: Select Project', () => {
  let emu: Emulator;
  let api: PaletteApi;

  /** Profile names the Profiles view lists right now (it reloads after every server restart). */
  const listedProfiles = async () => (await api.views.profiles.getChildren()).flatMap((n) => (n.kind === 'profile' ? [n.profile.name] : []));

  suiteSetup(async () => {
    emu = await startEmulator();
    api = await activePalette();
    await connectTo(api, { name: connectionName, host: emu.url, apiKey: emu.tenants[0].apiKey, projectName: 'Default' });
    // Created straight through the emulator's HTTP API, in edge-prod only (the ProjectUid header scopes it).
    const res = await fetch(`${emu.url}/v1/clusterprofiles?publish=true`, {
      method: 'POST',
      headers: { ApiKey: emu.tenants[0].apiKey, ProjectUid: emu.tenants[0].projects[1].uid, 'Content-Type': 'application/json' },
      body: JSON.stringify({ metadata: { name: profileName }, spec: { version: '1.0.0', template: { type: 'add-on', cloudType: 'all', packs: [] } } }),
    });
    assert.equal(res.status, 201, await res.text());
  });
  suiteTeardown(async () => {
    await disconnect(connectionName);
    await emu.stop();
  });

  test('switching the project changes what the Profiles view lists, and the status bar names the project', async () => {
    const [defaultProject, edgeProd] = emu.tenants[0].projects;
    await waitFor('the status bar to show project Default', () => api.views.status.last?.projectName === 'Default');
    assert.ok(!(await listedProfiles()).includes(profileName), 'listed in Default');

    const saved = (await vscode.commands.executeCommand('palette.connection.selectProject', { projectName: 'edge-prod' })) as Saved;
    assert.deepEqual([saved.projectName, saved.projectUid], ['edge-prod', edgeProd.uid]);
    assert.equal(api.views.connections.active()?.projectUid, edgeProd.uid, 'stored on the connection');
    await waitFor('the status bar to show project edge-prod', () => api.views.status.last?.projectName === 'edge-prod');
    emu.requestLog.length = 0;
    assert.ok((await listedProfiles()).includes(profileName), 'not listed in edge-prod');
    // The restarted server asks in the new project's scope.
    const listings = emu.requestLog.filter((r) => r.path.includes('clusterprofiles'));
    assert.ok(listings.length > 0 && listings.every((r) => r.projectUid === edgeProd.uid), JSON.stringify(listings.map((r) => [r.path, r.projectUid])));

    await vscode.commands.executeCommand('palette.connection.selectProject', { projectName: 'Default' });
    assert.equal(api.views.connections.active()?.projectUid, defaultProject.uid);
    await waitFor('the status bar to show project Default again', () => api.views.status.last?.projectName === 'Default');
    assert.ok(!(await listedProfiles()).includes(profileName), 'still listed after switching back to Default');
  });

  test('an empty project name selects tenant scope, and an unknown name is refused naming the projects', async () => {
    const saved = (await vscode.commands.executeCommand('palette.connection.selectProject', { projectName: '' })) as Saved;
    assert.equal(saved.projectUid, undefined);
    await waitFor('the status bar to drop the project', () => api.views.status.last?.connectionName === connectionName && api.views.status.last.projectName === undefined);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('palette.connection.selectProject', { projectName: 'no-such-project' })),
      (err: Error) => /no-such-project/.test(err.message) && /edge-prod/.test(err.message),
    );
    assert.equal(api.views.connections.active()?.projectUid, undefined, 'a refused pick keeps the scope');
  });
});
