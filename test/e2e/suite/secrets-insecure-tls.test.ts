import assert from 'node:assert/strict';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { httpsFront, selfSignedCert } from '../../unit/palette-proxy-cert.js';
import type { PaletteApi } from '../../../client/src/extension.js';
import type { TestConnectionResult } from '../../../server/src/protocol.js';
import { waitFor } from './wait-for.js';
import { activePalette } from './workspace-files.js';

const connectionName = 'acme-tls-front';

/**
 * TLS verification is on unless the user sets `insecure: true` on a connection, and then it is flagged where the
 * user looks: the status bar and Test connection. The host is an https front (certificate made for this run, not
 * trusted by anyone) for the emulator.
 */
suite('Secret hygiene: an insecure TLS connection is visibly flagged', () => {
  let emu: Emulator;
  let front: Server;
  let frontUrl: string;
  let api: PaletteApi;

  async function useConnection(insecure: boolean): Promise<void> {
    await api.views.connections.save({ name: connectionName, host: frontUrl, insecure: insecure || undefined }, emu.tenants[0].apiKey);
    await api.views.connections.activate(connectionName);
    await api.views.deps.applyConnection();
  }

  suiteSetup(async () => {
    emu = await startEmulator();
    const emuPort = Number(new URL(emu.url).port);
    const { cert, key } = selfSignedCert(['127.0.0.1']);
    front = httpsFront(emuPort, { cert, key });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontUrl = `https://127.0.0.1:${(front.address() as AddressInfo).port}`;
    api = await activePalette();
    await vscode.workspace.getConfiguration('palette').update('offline', false, vscode.ConfigurationTarget.Workspace);
  });
  suiteTeardown(async () => {
    await api.views.connections.remove(connectionName);
    await vscode.workspace.getConfiguration('palette').update('offline', true, vscode.ConfigurationTarget.Workspace);
    front.closeAllConnections();
    await new Promise((resolve) => front.close(resolve));
    await emu.stop();
  });

  test('without insecure the untrusted certificate fails Test connection and nothing is flagged', async () => {
    await useConnection(false);
    const result = await vscode.commands.executeCommand<TestConnectionResult>('palette.connection.test');
    assert.equal(result.tls.ok, false, JSON.stringify(result));
    assert.match(api.views.status.text, new RegExp(connectionName));
    assert.doesNotMatch(api.views.status.text, /insecure/i);
  });

  test('with insecure: true it connects, the status bar warns "insecure TLS" and Test connection says not verified', async () => {
    await useConnection(true);
    const text = await waitFor('the status bar to flag the connection', () => /insecure TLS/.test(api.views.status.text) && api.views.status.text);
    assert.match(text, /\$\(warning\) insecure TLS/);
    const result = await vscode.commands.executeCommand<TestConnectionResult>('palette.connection.test');
    assert.ok(result.tls.ok && result.auth.ok, JSON.stringify(result));
    assert.match(result.tls.detail, /NOT verified \(insecure: true\)/);
  });
});
