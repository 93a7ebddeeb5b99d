import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient, PaletteError, type PaletteClient } from '../../server/src/palette/client.js';
import { connectionFromEnv, resolveConnection } from '../../server/src/palette/connection-from-env.js';

describe('Palette client against the emulator', () => {
  let emu: Emulator;
  let client: PaletteClient;
  const lines: string[] = [];
  const acme = () => emu.tenants[0];

  before(async () => {
    emu = await startEmulator();
    client = createPaletteClient({ host: emu.url, apiKey: acme().apiKey, log: (l) => lines.push(l) });
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await client.close();
    await emu.stop();
  });

  test('every request carries the ApiKey header and never the key in its URL', async () => {
    await client.userInfo();
    await client.listRegistries();
    await client.searchPacks({ name: { eq: 'kubernetes' } });
    assert.ok(emu.requestLog.length >= 3);
    for (const r of emu.requestLog) {
      assert.equal(r.headers.apikey, acme().apiKey);
      assert.ok(!`${r.path}?${r.query}`.includes(acme().apiKey));
    }
    assert.ok(lines.length > 0 && lines.every((l) => !l.includes(acme().apiKey)));
  });

  test('a project uid is sent as the ProjectUid header, but not on tenant-scoped project listing', async () => {
    const project = acme().projects[1];
    const scoped = createPaletteClient({ host: emu.url, apiKey: acme().apiKey, projectUid: project.uid });
    try {
      await scoped.listRegistries();
      const projects = await scoped.listProjects();
      assert.ok(projects.some((p) => p.name === project.name));
      const [registries, listing] = emu.requestLog;
      assert.equal(registries.projectUid, project.uid);
      assert.equal(listing.headers.projectuid, undefined);
    } finally {
      await scoped.close();
    }
  });

  test('PALETTE_PROJECT names a project that is resolved to its uid', async () => {
    const env = { PALETTE_HOST: emu.url, PALETTE_API_KEY: acme().apiKey, PALETTE_PROJECT: 'edge-prod' };
    const options = connectionFromEnv(env);
    assert.equal(options?.projectName, 'edge-prod');
    const resolved = await resolveConnection(options!, createPaletteClient);
    assert.equal(resolved.projectUid, acme().projects.find((p) => p.name === 'edge-prod')?.uid);
  });

  test("Terraform's SPECTROCLOUD_HOST and SPECTROCLOUD_APIKEY are understood, and nothing without a key", () => {
    assert.deepEqual(
      { host: connectionFromEnv({ SPECTROCLOUD_HOST: 'api.example.test', SPECTROCLOUD_APIKEY: 'k' })?.host },
      { host: 'api.example.test' },
    );
    assert.equal(connectionFromEnv({ PALETTE_HOST: 'api.example.test' }), undefined);
  });

  test('plain http is refused for a remote host, a bare host name means https', () => {
    assert.throws(() => createPaletteClient({ host: 'http://palette.example.test', apiKey: 'k' }), /must use https/);
    const bare = createPaletteClient({ host: 'palette.example.test', apiKey: 'k' });
    assert.equal(bare.host, 'palette.example.test');
    void bare.close();
  });

  test('a wrong key fails with one PaletteError carrying status, code and path but not the key', async () => {
    const wrong = 'emu-wrong-key-999999999999999999999999';
    const bad = createPaletteClient({ host: emu.url, apiKey: wrong });
    try {
      const err = await bad.userInfo().then(() => undefined, (e: unknown) => e);
      assert.ok(err instanceof PaletteError);
      assert.equal(err.status, 401);
      assert.equal(err.path, '/v1/users/info');
      assert.equal(err.retryable, false);
      assert.ok(!err.message.includes(wrong) && !String(err.stack).includes(wrong));
      assert.equal(emu.requestLog.length, 1, 'a 401 is not retried');
    } finally {
      await bad.close();
    }
  });

  test('pack versions in a registry come with values, schema and presets; by uid and readme agree', async () => {
    const publicRepo = (await client.listRegistries()).find((r) => r.name === 'Public Repo')!;
    const entity = await client.packVersions('kubernetes', publicRepo.uid);
    assert.ok((entity.tags ?? []).length > 50);
    const tag = entity.tags!.find((t) => t.tag === t.version)!;
    const one = await client.packByUid(tag.packUid);
    assert.equal(one.packValues?.[0].packUid, tag.packUid);
    assert.ok((one.packValues?.[0].values ?? '').length > 0);
    assert.equal(typeof (await client.packReadme(tag.packUid)), 'string');
  });

  test('cluster profile lifecycle: validate name, create with publish, get, export, variables, delete', async () => {
    const name = `client-test-${Date.now()}`;
    assert.deepEqual(await client.validateName(name, '1.0.0'), { ok: true });
    const entity = {
      metadata: { name },
      spec: { version: '1.0.0', template: { type: 'add-on', cloudType: 'all', packs: [] }, variables: [{ name: 'podCidr', format: 'ipv4cidr' }] },
    };
    const uid = await client.createProfile(entity, { publish: true });
    assert.ok(uid);
    assert.equal((await client.validateName(name, '1.0.0')).ok, false);
    const got = await client.getProfile(uid);
    assert.equal((got.metadata as { name: string }).name, name);
    assert.ok((await client.exportProfile(uid)).includes(name));
    assert.deepEqual((await client.getVariables(uid)).map((v) => v.name), ['podCidr']);
    assert.ok((await client.listProfiles()).some((p) => p.metadata?.uid === uid));
    await client.deleteProfile(uid);
    const gone = await client.getProfile(uid).then(() => undefined, (e: unknown) => e);
    assert.ok(gone instanceof PaletteError && gone.status === 404);
  });

  test('an aborted signal cancels a request with a clear, non-retryable error', async () => {
    emu.setLatency(2000);
    const controller = new AbortController();
    const pending = client.userInfo(controller.signal);
    controller.abort();
    const err = await pending.then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof PaletteError);
    assert.equal(err.code, 'Aborted');
  });
});
