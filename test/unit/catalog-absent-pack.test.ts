import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createCatalog } from '../../server/src/catalog/catalog.js';
import { createPaletteClient, type PaletteClient } from '../../server/src/palette/client.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { validate } from '../../server/src/core/validate.js';
import { yamlProfile } from './values-merge-profile.js';

// A pack the profile pins to Public Repo: the catalog asks /v1/packs/{name}/registries/{uid}, Palette answers 404.
const text = yamlProfile({ name: 'no-such-pack', version: '1.0.0', registry: 'Public Repo', type: 'spectro', layer: 'addon' }, 'a: 1\n');
const profile = parseProfile(text, 'absent.yaml');

describe('a pack the registry does not have, at the catalog source', () => {
  let emu: Emulator;
  let client: PaletteClient;

  before(async () => {
    emu = await startEmulator();
    client = createPaletteClient({ host: emu.url, apiKey: emu.tenants[0].apiKey, retries: 0 });
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await client.close();
    await emu.stop();
  });

  test('after a failed version lookup the pack is absent ([]) once every registry index is in, and never listed', async () => {
    const catalog = createCatalog({ client });
    await catalog.ensure(packRefs(profile));
    assert.ok(emu.requestLog.some((r) => r.path.startsWith('/v1/packs/no-such-pack/registries/') && r.status === 404), 'the lookup was made');
    const snap = catalog.snapshot();
    assert.equal(snap.state, 'complete');
    assert.deepEqual(snap.packByName('no-such-pack'), []);
    assert.ok(!snap.packNames().includes('no-such-pack'), 'an absent pack is offered as a name');
    assert.deepEqual(validate(profile, snap).filter((f) => f.code === 'unknown-pack').length, 1);
    catalog.dispose();
  });

  test('while the registry indexes failed to load the same pack is unknown (undefined), so nothing calls it absent', async () => {
    emu.addFault({ method: 'POST', path: '/v1/packs/search', kind: 'status', status: 500 });
    const catalog = createCatalog({ client });
    await catalog.ensure(packRefs(profile));
    assert.ok(emu.requestLog.some((r) => r.path.startsWith('/v1/packs/no-such-pack/registries/') && r.status === 404), 'the lookup was made');
    const snap = catalog.snapshot();
    assert.notEqual(snap.state, 'complete');
    assert.equal(snap.packByName('no-such-pack'), undefined);
    assert.ok(!snap.packNames().includes('no-such-pack'));
    const codes = validate(profile, snap).map((f) => f.code);
    assert.ok(!codes.includes('unknown-pack'), codes.join(', '));
    assert.ok(codes.includes('catalog-unavailable'), codes.join(', '));
    catalog.dispose();
  });
});
