import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogSnapshot, PackDependency, PackInRegistry, PackVersionDetail } from '../../server/src/core/catalog.js';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';

const registry = { uid: 'r1', name: 'Public Repo', kind: 'pack' };

function snapshot(state: CatalogSnapshot['state'], packs: Record<string, PackInRegistry[] | undefined>, details: PackVersionDetail[] = []): CatalogSnapshot {
  return {
    ...emptyCatalog,
    state,
    source: 'test catalog',
    registries: () => [registry],
    registryByName: (n) => (n === registry.name ? registry : undefined),
    registryByUid: (u) => (u === registry.uid ? registry : undefined),
    packByName: (n) => packs[n],
    packNames: () => Object.keys(packs),
    versionDetail: (r, n, v) => details.find((d) => d.registryUid === r && d.name === n && d.version === v),
  };
}

function pack(name: string, versions: string[]): PackInRegistry {
  return { name, registryUid: 'r1', type: 'spectro', layer: 'addon', cloudTypes: ['all'], versions: versions.map((v) => ({ tag: v, version: v, packUid: `${name}-${v}` })) };
}

function detail(name: string, version: string, dependencies: PackDependency[]): PackVersionDetail {
  return { packUid: `${name}-${version}`, name, version, registryUid: 'r1', values: '', schema: [], presets: [], dependencies };
}

function profile(packs: Array<[string, string]>): string {
  const items = packs.map(([n, v]) => `      - name: ${n}\n        type: spectro\n        layer: addon\n        registry:\n          metadata:\n            name: Public Repo\n        version: ${v}\n`);
  return `metadata:\n  name: p\nspec:\n  version: 1.0.0\n  template:\n    type: add-on\n    cloudType: all\n    packs:\n${items.join('')}`;
}

const codes = (text: string, catalog: CatalogSnapshot) => validate(parseProfile(text, 'p.yaml'), catalog).map((f) => (f.code === 'internal-error' ? f.message : f.code));

describe('pack-dependency', () => {
  const catalog = snapshot('complete', { app: [pack('app', ['1.0.0'])], op: [pack('op', ['1.0.0', '2.0.0'])], bad: [pack('bad', ['1.0.0'])] }, [
    detail('app', '1.0.0', [{ packName: 'op', type: 'required', minVersion: '2.0.0' }, { packName: 'bad', type: 'notSupported' }]),
    detail('op', '1.0.0', []), detail('op', '2.0.0', []), detail('bad', '1.0.0', []),
  ]);

  test('a required pack that is missing is reported', () => {
    assert.deepEqual(codes(profile([['app', '1.0.0']]), catalog), ['pack-dependency']);
  });

  test('a required pack below its minVersion and a notSupported pack are reported; a satisfied one is not', () => {
    assert.deepEqual(codes(profile([['app', '1.0.0'], ['op', '1.0.0'], ['bad', '1.0.0']]), catalog).filter((c) => c === 'pack-dependency').length, 2);
    assert.deepEqual(codes(profile([['app', '1.0.0'], ['op', '2.0.0']]), catalog), []);
  });
});

describe('catalog-unavailable', () => {
  test('data still loading gives one info finding, and no catalog rule guesses', () => {
    const catalog = snapshot('partial', { app: undefined, op: undefined });
    const found = validate(parseProfile(profile([['app', '1.0.0'], ['op', '1.0.0']]), 'p.yaml'), catalog);
    assert.deepEqual(found.map((f) => [f.code, f.severity]), [['catalog-unavailable', 'info']]);
  });

  test('no catalog configured reports nothing; an absent pack is unknown-pack, not unavailable', () => {
    assert.deepEqual(codes(profile([['app', '1.0.0']]), emptyCatalog), []);
    assert.deepEqual(codes(profile([['ap', '1.0.0']]), snapshot('complete', { app: [pack('app', ['1.0.0'])], ap: [] }, [detail('app', '1.0.0', [])])), ['unknown-pack']);
  });
});

describe('values-unknown-key', () => {
  // Helm charts document optional keys as comments in their defaults (`# nodeSelector: {}`).
  const values = 'replicas: 1\n# nodeSelector: {}\nresources:\n  # - limits: x\n  requests: {}\n';
  const catalog = snapshot('complete', { app: [pack('app', ['1.0.0'])] }, [{ ...detail('app', '1.0.0', []), values }]);
  const withValues = (body: string) => profile([['app', '1.0.0']]).replace('        version: 1.0.0\n', `        version: 1.0.0\n        values: |-\n${body.split('\n').map((l) => `          ${l}`).join('\n')}\n`);
  const unknown = (body: string) => validate(parseProfile(withValues(body), 'p.yaml'), catalog).filter((f) => f.code === 'values-unknown-key').map((f) => f.message);

  test('a key the defaults only show commented out is a documented option, not an unknown key', () => {
    assert.deepEqual(unknown('replicas: 1\nnodeSelector:\n  disk: ssd\nresources:\n  requests: {}\n  limits: {}'), []);
  });

  test('a key the defaults do not name at all, not even in a comment, is reported', () => {
    const found = unknown('replicas: 1\nnodeSelectr:\n  disk: ssd\nresources:\n  requests: {}');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /nodeSelectr/);
  });
});
