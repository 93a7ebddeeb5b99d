import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalHost, readConnections, secretKeyFor, statusText, withConnection } from '../../client/src/commands/connection-model.js';

describe('connection model', () => {
  test('a bare host becomes an https origin; a local emulator may use plain http', () => {
    assert.equal(canonicalHost(' api.spectrocloud.com/ '), 'https://api.spectrocloud.com');
    assert.equal(canonicalHost('http://127.0.0.1:8080'), 'http://127.0.0.1:8080');
    assert.equal(canonicalHost('https://palette.example.com:8443/v1'), 'https://palette.example.com:8443');
  });

  test('plain http to a remote host, other schemes and credentials in the URL are refused', () => {
    assert.throws(() => canonicalHost('http://palette.example.com'), /must use https/);
    assert.throws(() => canonicalHost('ftp://palette.example.com'), /https/);
    assert.throws(() => canonicalHost('https://user:secret@palette.example.com'), /credentials/);
    assert.throws(() => canonicalHost('  '), /Enter a host/);
  });

  test('the secret key changes with the host, so a new host never reuses the old key', () => {
    const a = secretKeyFor({ name: 'acme', host: 'https://a.example.com' });
    assert.notEqual(a, secretKeyFor({ name: 'acme', host: 'https://b.example.com' }));
    assert.notEqual(a, secretKeyFor({ name: 'globex', host: 'https://a.example.com' }));
  });

  test('malformed setting entries are dropped and hosts canonicalised; an apiKey field is never read', () => {
    const read = readConnections([
      { name: 'ok', host: 'api.spectrocloud.com', projectName: 'Default', apiKey: 'leaked' },
      { name: 'bad', host: 'http://remote.example.com' },
      { host: 'nameless.example.com' },
      'junk',
    ]);
    assert.deepEqual(read, [{ name: 'ok', host: 'https://api.spectrocloud.com', projectName: 'Default', projectUid: undefined, tenant: undefined, caFile: undefined, insecure: undefined }]);
    assert.deepEqual(readConnections(undefined), []);
  });

  test('saving a connection of an existing name replaces it in place', () => {
    const list = [{ name: 'a', host: 'https://a' }, { name: 'b', host: 'https://b' }];
    assert.deepEqual(withConnection(list, { name: 'a', host: 'https://c' }).map((c) => c.host), ['https://c', 'https://b']);
    assert.equal(withConnection(list, { name: 'z', host: 'https://z' }).length, 3);
  });

  test('the status bar shows connection · project · catalog age, or offline, or signed out', () => {
    assert.equal(statusText({}), '$(cloud) Palette: signed out');
    assert.equal(statusText({ connection: 'acme', project: 'Default', ageMs: 5 * 60_000 }), '$(cloud) acme · Default · catalog 5 min old');
    assert.equal(statusText({ connection: 'acme', offline: true, ageMs: 1 }), '$(debug-disconnect) acme · tenant · offline');
    assert.equal(statusText({ connection: 'acme', project: 'p', ageMs: 30 * 3_600_000 }), '$(cloud) acme · p · catalog 30 h old');
  });
});
