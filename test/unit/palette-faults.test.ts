import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient, PaletteError, type PaletteClient } from '../../server/src/palette/client.js';

const profile = (name: string) => ({ metadata: { name }, spec: { version: '1.0.0', template: { type: 'add-on', cloudType: 'all', packs: [] } } });

describe('Palette client under faults retries only what is safe', () => {
  let emu: Emulator;
  let client: PaletteClient;
  const lines: string[] = [];
  const calls = (path: string) => emu.requestLog.filter((r) => r.path === path).length;

  before(async () => {
    emu = await startEmulator();
    client = createPaletteClient({ host: emu.url, apiKey: emu.tenants[0].apiKey, timeoutMs: 250, retries: 3, retryBaseMs: 10, log: (l) => lines.push(l) });
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await client.close();
    await emu.stop();
  });

  test('a 429 is retried after its Retry-After and then succeeds', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'status', status: 429, retryAfter: 1, times: 1 });
    const started = Date.now();
    assert.ok((await client.userInfo()).tenantUid);
    assert.equal(calls('/v1/users/info'), 2);
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After: 1');
  });

  test('500s are retried with backoff, and a persistent 500 surfaces one error after the last attempt', async () => {
    emu.addFault({ path: '/v1/registries/metadata', kind: 'status', status: 500, times: 2 });
    assert.ok((await client.listRegistries()).length > 0);
    assert.equal(calls('/v1/registries/metadata'), 3);
    emu.reset();
    emu.addFault({ path: '/v1/registries/metadata', kind: 'status', status: 503 });
    const err = await client.listRegistries().then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof PaletteError);
    assert.equal(err.status, 503);
    assert.equal(err.retryable, true);
    assert.equal(err.path, '/v1/registries/metadata');
    assert.equal(calls('/v1/registries/metadata'), 4, 'first attempt + 3 retries');
  });

  test('a connection reset and a truncated JSON body are retried for reads', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'reset', times: 1 });
    emu.addFault({ path: '/v1/dashboard/projects/metadata', kind: 'truncate', times: 1 });
    assert.ok((await client.userInfo()).tenantUid);
    assert.ok((await client.listProjects()).length > 0);
    assert.equal(calls('/v1/users/info'), 2);
    assert.equal(calls('/v1/dashboard/projects/metadata'), 2);
  });

  test('a response slower than the timeout is abandoned, retried, then reported as a timeout', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'hang', times: 1 });
    assert.ok((await client.userInfo()).tenantUid, 'the retry after the hang succeeds');
    emu.reset();
    emu.addFault({ path: '/v1/users/info', kind: 'latency', ms: 1500 });
    const err = await client.userInfo().then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof PaletteError);
    assert.equal(err.code, 'Timeout');
    assert.match(err.message, /did not answer \/v1\/users\/info after 250 ms/);
  });

  test('read-only POSTs (pack search) are retried like GETs', async () => {
    emu.addFault({ path: '/v1/packs/search', kind: 'status', status: 502, times: 1 });
    assert.ok((await client.searchPacks({ name: { eq: 'kubernetes' } })).length === 1);
    assert.equal(calls('/v1/packs/search'), 2);
  });

  test('a create is never retried: not after a 500, a 429, a reset or a timeout', async () => {
    for (const fault of [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 429, retryAfter: 0 },
      { kind: 'reset' },
      { kind: 'hang' },
    ] as const) {
      emu.reset();
      emu.addFault({ method: 'POST', path: '/v1/clusterprofiles', times: 1, ...fault });
      const err = await client.createProfile(profile(`never-twice-${fault.kind}`), { publish: true }).then(() => undefined, (e: unknown) => e);
      assert.ok(err instanceof PaletteError, `${fault.kind} surfaces a PaletteError`);
      assert.equal(calls('/v1/clusterprofiles'), 1, `${fault.kind}: exactly one create request`);
    }
    const listed = await client.listProfiles();
    assert.ok(!listed.some((p) => p.metadata?.name?.startsWith('never-twice-status')), 'no duplicate profile was made');
  });

  test('a Retry-After longer than the client will wait surfaces the 429 at once', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'status', status: 429, retryAfter: 3600 });
    const err = await client.userInfo().then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof PaletteError);
    assert.equal(err.status, 429);
    assert.equal(err.code, 'TooManyRequests');
    assert.equal(calls('/v1/users/info'), 1);
  });

  test('no error message or log line carries the API key', () => {
    const key = emu.tenants[0].apiKey;
    assert.ok(lines.length > 0);
    assert.ok(lines.every((l) => !l.includes(key)));
  });
});
