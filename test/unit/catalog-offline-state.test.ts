// Offline (no connection, or offline mode), nothing more can arrive: an empty or partial cache must read as
// missing data, never as "still loading" — a signed-out user would otherwise wait for ever.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createCatalog } from '../../server/src/catalog/catalog.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';

const profile = parseProfile(
  'metadata:\n  name: p\nspec:\n  version: 1.0.0\n  template:\n    type: add-on\n    cloudType: all\n    packs:\n' +
    '      - name: hello-universe\n        type: oci\n        layer: addon\n        tag: 1.3.0\n        registry:\n          metadata:\n            name: Palette Community Registry\n',
);

test('an offline catalog with an empty cache says the data is missing, not loading', async () => {
  const cacheDir = await mkdtemp(join(tmpdir(), 'palette-offline-'));
  try {
    const catalog = createCatalog({ cacheDir, offline: true });
    await catalog.ensure(packRefs(profile));
    const snapshot = catalog.snapshot();
    assert.equal(snapshot.state, 'complete');
    const unavailable = validate(profile, snapshot).filter((f) => f.code === 'catalog-unavailable');
    assert.equal(unavailable.length, 1);
    assert.equal(unavailable[0].data?.loading, false);
    assert.deepEqual(unavailable[0].data?.packs, ['hello-universe']);
    catalog.dispose();
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
});
