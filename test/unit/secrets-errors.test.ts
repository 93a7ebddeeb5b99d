import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient, PaletteError, type PaletteClient, type PaletteClientOptions } from '../../server/src/palette/client.js';

/** Everything a user, a log or a bug report could see of an error: message, stack, causes, inspect, JSON. */
function everythingShown(err: unknown): string {
  const parts: string[] = [inspect(err, { depth: 10 }), JSON.stringify(err) ?? ''];
  for (let e: unknown = err; e instanceof Error; e = e.cause) parts.push(e.message, e.stack ?? '');
  return parts.join('\n');
}

describe('Palette error texts never carry the API key', () => {
  let emu: Emulator;
  // Distinctive keys: the accepted one (acme's, replaced) and one Palette refuses.
  const key = `pp-secret-${randomBytes(12).toString('hex')}`;
  const wrongKey = `pp-wrong-${randomBytes(12).toString('hex')}`;
  const lines: string[] = [];

  async function failure(o: Partial<PaletteClientOptions>, call: (c: PaletteClient) => Promise<unknown> = (c) => c.userInfo()): Promise<PaletteError> {
    const client = createPaletteClient({ host: emu.url, apiKey: key, timeoutMs: 300, retries: 1, retryBaseMs: 5, log: (l) => lines.push(l), ...o });
    try {
      const err = await call(client).then(() => undefined, (e: unknown) => e);
      assert.ok(err instanceof PaletteError, `expected a PaletteError, got ${String(err)}`);
      return err;
    } finally {
      await client.close();
    }
  }

  function assertClean(err: PaletteError, ...keys: string[]): void {
    const shown = everythingShown(err);
    assert.ok(shown.length > 0);
    for (const k of keys) assert.ok(!shown.includes(k), `key in: ${err.message}`);
  }

  before(async () => {
    emu = await startEmulator();
    emu.tenants[0].apiKey = key;
  });
  beforeEach(() => emu.reset());
  after(() => emu.stop());

  test('401 for a refused key names the status, not the key', async () => {
    const err = await failure({ apiKey: wrongKey });
    assert.equal(err.status, 401);
    assertClean(err, wrongKey, key);
    assert.equal(emu.requestLog[0]?.headers.apikey, wrongKey, 'the refused key was really sent');
  });

  test('403 for a project the key cannot reach names the status, not the key', async () => {
    // userInfo is tenant-wide; listing profiles sends the ProjectUid header Palette checks.
    const err = await failure({ projectUid: emu.tenants[1].projects[0].uid }, (c) => c.listProfiles());
    assert.equal(err.status, 403);
    assertClean(err, key);
  });

  test('a persistent 500 names the status, not the key', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'status', status: 500 });
    const err = await failure({});
    assert.equal(err.status, 500);
    assertClean(err, key);
  });

  test('a TLS failure (https to a plain-http port) names the host, not the key', async () => {
    const err = await failure({ host: emu.url.replace('http://', 'https://') });
    assert.equal(err.status, undefined);
    assert.match(err.message, /127\.0\.0\.1/);
    assertClean(err, key);
  });

  test('a reset connection and a timeout name the request, not the key', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'reset' });
    assertClean(await failure({}), key);
    emu.reset();
    emu.addFault({ path: '/v1/users/info', kind: 'hang' });
    assertClean(await failure({}), key);
  });

  test('no log line of any of these failures carries a key', () => {
    assert.ok(lines.length > 0);
    for (const l of lines) assert.ok(!l.includes(key) && !l.includes(wrongKey), l);
  });
});
