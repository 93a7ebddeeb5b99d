/**
 * Catalog refreshes that fail the slow way (the server accepts and never answers: only the client timeout ends
 * it) and the TLS way (an https front whose certificate the client does not trust) keep the last good catalog,
 * and status().lastError says so. 5xx, resets and truncated bodies are covered in catalog-cache.test.ts.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalog } from '../../server/src/catalog/catalog.js';
import { createPaletteClient, type PaletteClient } from '../../server/src/palette/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { httpsFront, selfSignedCert } from './palette-proxy-cert.js';

const refs = [{ name: 'kubernetes', tag: '1.32.x' }];
/** Cached packs come back from JSON, without the keys whose value is undefined. */
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null));
const kept = /^network failure: kept cached catalog from \d{4}-\d\d-\d\dT/;

describe('catalog refresh under timeouts and TLS errors keeps the last good data', () => {
  let emu: Emulator;
  let front: Server;
  let frontUrl: string;
  let dir: string;
  let caFile: string;
  let cacheDir: string;
  const clients: PaletteClient[] = [];
  const client = (o: { host: string; caFile?: string; timeoutMs?: number }): PaletteClient => {
    const c = createPaletteClient({ apiKey: emu.tenants[0].apiKey, retries: 1, retryBaseMs: 5, timeoutMs: 2000, ...o });
    clients.push(c);
    return c;
  };

  before(async () => {
    emu = await startEmulator();
    const emuPort = Number(new URL(emu.url).port);
    const { cert, key } = selfSignedCert(['127.0.0.1']);
    dir = await mkdtemp(join(tmpdir(), 'palette-faults-'));
    caFile = join(dir, 'ca.pem');
    await writeFile(caFile, cert);
    // An https front for the emulator with a certificate made for this run.
    front = httpsFront(emuPort, { cert, key });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontUrl = `https://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  beforeEach(async () => {
    emu.reset();
    cacheDir = await mkdtemp(join(dir, 'cache-'));
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.close()));
    front.closeAllConnections();
    await new Promise<void>((resolve) => front.close(() => resolve()));
    await emu.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('a refresh the server never answers ends at the client timeout and keeps the cached packs', async () => {
    const catalog = createCatalog({ client: client({ host: emu.url, timeoutMs: 300 }), cacheDir });
    await catalog.ensure(refs);
    const before = catalog.snapshot().packByName('kubernetes');
    assert.ok(before?.length, 'loaded before the fault');
    emu.addFault({ kind: 'hang' });
    const t0 = Date.now();
    await catalog.refresh();
    assert.ok(Date.now() - t0 < 10_000, `the refresh took ${Date.now() - t0} ms`);
    const status = catalog.status();
    assert.match(status.lastError ?? '', kept);
    assert.match(status.lastError ?? '', /did not answer .* after 300 ms/, `the reason names the timeout: ${status.lastError}`);
    assert.deepEqual(catalog.snapshot().packByName('kubernetes'), before);
    assert.equal(catalog.snapshot().state, 'complete');
  });

  test('a refresh against a certificate the client does not trust keeps the cached packs and names the TLS failure', async () => {
    const trusting = createCatalog({ client: client({ host: frontUrl, caFile }), cacheDir });
    await trusting.ensure(refs);
    const before = trusting.snapshot().packByName('kubernetes');
    assert.ok(before?.length, 'loaded over https with the CA file');
    assert.equal(trusting.status().lastError, undefined);
    // The same host without the CA file: its certificate is now untrusted (as after a MITM or an expired CA).
    const untrusting = createCatalog({ client: client({ host: frontUrl }), cacheDir });
    await untrusting.ensure(refs);
    assert.deepEqual(json(untrusting.snapshot().packByName('kubernetes')), json(before), 'served from the cache');
    const requests = emu.requestLog.length;
    await untrusting.refresh();
    assert.equal(emu.requestLog.length, requests, 'nothing reached the server through the untrusted front');
    const status = untrusting.status();
    assert.match(status.lastError ?? '', kept);
    assert.match(status.lastError ?? '', /certificate|tls|ssl/i, `the reason names the TLS failure: ${status.lastError}`);
    assert.ok(!status.lastError?.includes(emu.tenants[0].apiKey));
    assert.deepEqual(json(untrusting.snapshot().packByName('kubernetes')), json(before));
  });
});
