import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { catalogProfilesDir, goldenDiff, listCases, readExpected, readProfile } from '../fixtures/golden.js';
import type { LspClient } from './lsp-client.js';
import { catalogSettled, goldenLines } from './catalog-settled.js';
import { startServerOnEmulator, type EmulatorServer } from './emulator-server.js';

/**
 * The catalog golden corpus (test/fixtures/profiles-catalog) through the language server, with the emulator's
 * tenant acme in the server's environment: the same expectations the core and CLI runners check. The server
 * validates at once, fetches the packs in the background and re-validates when they land, so each case waits
 * (with a deadline) for diagnostics of the current version free of catalog-unavailable and a catalog that has
 * stopped loading, then compares.
 */
describe('golden catalog corpus (language server against the emulator)', () => {
  let server: EmulatorServer;
  let client: LspClient;
  before(async () => {
    server = await startServerOnEmulator();
    ({ client } = server);
  });
  after(() => server.stop());

  for (const c of listCases(catalogProfilesDir)) {
    test(`${c.name} publishes exactly its expected diagnostics once the catalog has loaded`, async () => {
      const uri = pathToFileURL(c.profilePath).href;
      const expected = readExpected(c);
      await client.open(uri, readProfile(c));
      const settled: Diagnostic[] = await catalogSettled(client, uri, expected);
      assert.equal(goldenDiff(expected, goldenLines(settled)), '', c.name);
      await client.close(uri);
    });
  }
});
