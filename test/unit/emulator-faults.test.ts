import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/index.js';
import { request } from '../emulator/test-request.js';

describe('emulator fault injection is observable and never takes the emulator down', () => {
  let emu: Emulator;
  const info = (signal?: AbortSignal) => request(emu.url, 'GET', '/v1/users/info', { key: emu.tenants[0].apiKey, signal });

  before(async () => {
    emu = await startEmulator();
  });
  beforeEach(() => emu.reset());
  after(() => emu.stop());

  test('a 429 fault answers with Retry-After, then the request succeeds once the fault is used up', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'status', status: 429, retryAfter: 0, times: 1 });
    const limited = await info();
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '0');
    assert.equal((limited.json as { code: string }).code, 'TooManyRequests');
    assert.equal((await info()).status, 200);
  });

  test('a 500 fault matches by method and regular expression only', async () => {
    emu.addFault({ method: 'GET', path: /^\/v1\/users\//, kind: 'status', status: 500 });
    assert.equal((await info()).status, 500);
    const other = await request(emu.url, 'GET', '/v1/registries/metadata', { key: emu.tenants[0].apiKey });
    assert.equal(other.status, 200);
    emu.clearFaults();
    assert.equal((await info()).status, 200);
  });

  test('a reset fault drops the connection without an answer', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'reset', times: 1 });
    await assert.rejects(info());
    assert.equal((await info()).status, 200);
  });

  test('a truncate fault sends half the body and cuts the connection', async () => {
    emu.addFault({ path: '/v1/registries/metadata', kind: 'truncate', times: 1 });
    const res = await fetch(`${emu.url}/v1/registries/metadata`, { headers: { ApiKey: emu.tenants[0].apiKey } });
    assert.equal(res.status, 200);
    await assert.rejects(res.text());
  });

  test('a hang fault never answers, so only the client timeout ends the request', async () => {
    emu.addFault({ path: '/v1/users/info', kind: 'hang', times: 1 });
    await assert.rejects(info(AbortSignal.timeout(150)), { name: 'TimeoutError' });
    assert.equal(emu.requestLog[0].status, 0);
    assert.equal((await info()).status, 200);
  });

  test('latency delays answers past a client deadline until it is lifted', async () => {
    emu.setLatency(10_000);
    await assert.rejects(info(AbortSignal.timeout(150)), { name: 'TimeoutError' });
    emu.setLatency(0);
    assert.equal((await info(AbortSignal.timeout(5000))).status, 200);
  });
});
