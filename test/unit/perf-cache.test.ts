import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogSnapshot, PackInRegistry, PackVersionDetail } from '../../server/src/core/catalog.js';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import type { Finding } from '../../server/src/core/finding.js';
import { lastPackRun } from '../../server/src/core/pack-findings-cache.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';

const registry = { uid: 'r1', name: 'Public Repo', kind: 'pack' };

function snapshot(versions: string[]): CatalogSnapshot {
  const packs: Record<string, PackInRegistry[]> = {};
  const details: PackVersionDetail[] = [];
  for (const name of ['app', 'db']) {
    packs[name] = [{ name, registryUid: 'r1', type: 'spectro', layer: 'addon', cloudTypes: ['all'],
      versions: versions.map((v) => ({ tag: v, version: v, packUid: `${name}-${v}` })) }];
    for (const v of versions) {
      details.push({ packUid: `${name}-${v}`, name, version: v, registryUid: 'r1', values: 'replicas: 1\nimage: x\n', schema: [], presets: [], dependencies: [] });
    }
  }
  return {
    ...emptyCatalog,
    state: 'complete',
    source: 'test catalog',
    registries: () => [registry],
    registryByName: (n) => (n === registry.name ? registry : undefined),
    registryByUid: (u) => (u === registry.uid ? registry : undefined),
    packByName: (n) => packs[n],
    packNames: () => Object.keys(packs),
    versionDetail: (r, n, v) => details.find((d) => d.registryUid === r && d.name === n && d.version === v),
  };
}

function profile(name: string, dbValues: string): string {
  const pack = (n: string, values: string) =>
    `      - name: ${n}\n        type: spectro\n        layer: addon\n        registry:\n          metadata:\n            name: Public Repo\n` +
    `        version: 1.0.0\n        values: |-\n${values.split('\n').map((l) => `          ${l}`).join('\n')}\n`;
  return `metadata:\n  name: ${name}\nspec:\n  version: 1.0.0\n  template:\n    type: add-on\n    cloudType: all\n    packs:\n` +
    pack('app', 'replicas: 1\nimage: x') + pack('db', dbValues);
}

const shape = (findings: Finding[]) => findings.map((f) => `${f.code}@${f.range[0]}-${f.range[1]}:${f.message}`);

describe('per-pack caching of single-pack rule findings', () => {
  const catalog = snapshot(['1.0.0']);

  test('an edit above the packs reuses their findings, shifted to where the packs now stand', () => {
    const uri = 'file:///cache-shift.profile.yaml';
    const before = validate(parseProfile(profile('p', 'replicas: 2'), uri), catalog);
    assert.ok(before.some((f) => f.code === 'values-incomplete'), 'the db pack lacks `image`');
    const edited = profile('a-much-longer-profile-name', 'replicas: 2');
    const after = validate(parseProfile(edited, uri), catalog);
    assert.deepEqual(lastPackRun(uri), { reused: 2, computed: 0 });
    // The same text validated from scratch (another document) gives the same findings at the same places.
    const fresh = validate(parseProfile(edited, 'file:///cache-fresh.profile.yaml'), catalog);
    assert.deepEqual(lastPackRun('file:///cache-fresh.profile.yaml'), { reused: 0, computed: 2 });
    assert.deepEqual(shape(after), shape(fresh));
    const incomplete = after.find((f) => f.code === 'values-incomplete');
    assert.equal(edited.slice(incomplete!.range[0], incomplete!.range[1]), 'values');
  });

  test('typing inside one pack re-runs the rules for that pack only', () => {
    const uri = 'file:///cache-one-pack.profile.yaml';
    validate(parseProfile(profile('p', 'replicas: 2'), uri), catalog);
    const after = validate(parseProfile(profile('p', 'replicas: 2\nimage: y'), uri), catalog);
    assert.deepEqual(lastPackRun(uri), { reused: 1, computed: 1 });
    assert.ok(!after.some((f) => f.code === 'values-incomplete'), 'the db values are complete now');
  });

  test('a new catalog snapshot re-runs every pack and its findings follow the new catalog', () => {
    const uri = 'file:///cache-catalog.profile.yaml';
    const text = profile('p', 'replicas: 2\nimage: y');
    const old = validate(parseProfile(text, uri), snapshot(['0.9.0']));
    assert.equal(old.filter((f) => f.code === 'unknown-version').length, 2);
    const now = validate(parseProfile(text, uri), catalog);
    assert.deepEqual(lastPackRun(uri), { reused: 0, computed: 2 });
    assert.equal(now.filter((f) => f.code === 'unknown-version').length, 0);
  });

  test('changing the cloud type re-runs the rules that read it', () => {
    const uri = 'file:///cache-cloud.profile.yaml';
    const text = profile('p', 'replicas: 1\nimage: x');
    validate(parseProfile(text, uri), catalog);
    validate(parseProfile(text.replace('cloudType: all', 'cloudType: aws'), uri), catalog);
    assert.deepEqual(lastPackRun(uri), { reused: 0, computed: 2 });
  });
});
