import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient, PaletteError } from '../../server/src/palette/client.js';
import type { PaletteClientOptions } from '../../server/src/palette/client.js';
import { httpsFront, selfSignedCert } from './palette-proxy-cert.js';

/**
 * Real sockets only: the emulator (http, 127.0.0.1) behind an https front with a certificate made for this run,
 * and an HTTP CONNECT proxy that tunnels every CONNECT to that front, whatever host it names. `palette.test`
 * resolves nowhere, so a request for it can only succeed through the proxy. `0.0.0.0` reaches this machine on
 * Linux yet is not loopback by name, so the proxy rules (and NO_PROXY) apply to it as to a remote host.
 */
interface ConnectLog {
  target: string;
  headers: IncomingHttpHeaders;
}

const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server) => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
});

describe('Palette client through a CONNECT proxy, with an extra CA file', () => {
  let emu: Emulator;
  let front: Server;
  let proxy: Server;
  let frontPort: number;
  let proxyUrl: string;
  let caFile: string;
  let dir: string;
  const connects: ConnectLog[] = [];
  const tunnels = new Set<Socket>();
  const apiKey = () => emu.tenants[0].apiKey;

  before(async () => {
    emu = await startEmulator();
    const emuPort = Number(new URL(emu.url).port);
    const { cert, key } = selfSignedCert(['palette.test', '0.0.0.0', '127.0.0.1']);
    dir = mkdtempSync(join(tmpdir(), 'palette-proxy-'));
    caFile = join(dir, 'palette-ca.pem');
    writeFileSync(caFile, cert);
    front = httpsFront(emuPort, { cert, key });
    frontPort = await listen(front);
    proxy = createHttpServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, client: Socket, head: Buffer) => {
      connects.push({ target: req.url ?? '', headers: req.headers });
      const server = connect(frontPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        server.write(head);
        server.pipe(client).pipe(server);
      });
      for (const s of [client, server]) {
        tunnels.add(s);
        s.on('error', () => undefined).on('close', () => tunnels.delete(s));
      }
    });
    proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
  });
  after(async () => {
    for (const s of tunnels) s.destroy();
    await Promise.all([close(proxy), close(front), emu.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    connects.length = 0;
    emu.reset();
  });

  async function projects(o: Partial<PaletteClientOptions>): Promise<string[]> {
    const client = createPaletteClient({ host: `https://palette.test:${frontPort}`, apiKey: apiKey(), retries: 0, timeoutMs: 5000, env: {}, ...o });
    try {
      return (await client.listProjects()).map((p) => p.name);
    } finally {
      await client.close();
    }
  }

  test('with the proxy setting, requests tunnel through the proxy and the CA file makes TLS verification succeed', async () => {
    assert.deepEqual(await projects({ proxy: proxyUrl, caFile }), ['Default', 'edge-prod']);
    assert.deepEqual(connects.map((c) => c.target), [`palette.test:${frontPort}`]);
    // The key travels inside the TLS tunnel only: the proxy sees the CONNECT line and its headers, never it.
    assert.ok(connects.every((c) => !JSON.stringify(c.headers).includes(apiKey())));
    assert.equal(emu.requestLog.length, 1);
    assert.equal(emu.requestLog[0]?.headers.apikey, apiKey());
  });

  test('HTTPS_PROXY from the environment is used when there is no proxy setting', async () => {
    assert.deepEqual(await projects({ caFile, env: { HTTPS_PROXY: proxyUrl } }), ['Default', 'edge-prod']);
    assert.deepEqual(connects.map((c) => c.target), [`palette.test:${frontPort}`]);
  });

  test('a host in NO_PROXY is reached directly, with the proxy from the environment or from the setting', async () => {
    const host = `https://0.0.0.0:${frontPort}`;
    assert.deepEqual(await projects({ host, caFile, env: { HTTPS_PROXY: proxyUrl } }), ['Default', 'edge-prod']);
    assert.deepEqual(connects.map((c) => c.target), [`0.0.0.0:${frontPort}`], 'without NO_PROXY the same host goes through the proxy');
    connects.length = 0;
    assert.deepEqual(await projects({ host, caFile, env: { HTTPS_PROXY: proxyUrl, NO_PROXY: 'example.com, 0.0.0.0' } }), ['Default', 'edge-prod']);
    assert.deepEqual(await projects({ host, caFile, proxy: proxyUrl, env: { no_proxy: '0.0.0.0' } }), ['Default', 'edge-prod']);
    assert.deepEqual(connects, []);
    assert.equal(emu.requestLog.length, 3);
  });

  test('without the CA file, TLS verification fails with a PaletteError that says so and holds no key', async () => {
    for (const o of [{ proxy: proxyUrl }, { host: `https://0.0.0.0:${frontPort}` }]) {
      await assert.rejects(projects(o), (err: unknown) => {
        assert.ok(err instanceof PaletteError, String(err));
        assert.match(err.message, /TLS/);
        assert.match(err.message, /certificate/i);
        assert.match(err.message, /CA file/);
        assert.equal(err.code, 'TLS');
        assert.equal(err.retryable, false);
        assert.ok(!err.message.includes(apiKey()) && !String(err.stack).includes(apiKey()));
        return true;
      });
    }
    assert.equal(emu.requestLog.length, 0, 'no request reached Palette over an unverified connection');
  });

  test('insecure skips verification (for a lab Palette whose CA the user does not have)', async () => {
    assert.deepEqual(await projects({ proxy: proxyUrl, insecure: true }), ['Default', 'edge-prod']);
  });
});
