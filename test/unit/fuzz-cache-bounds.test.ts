/**
 * Parse caches are bounded by the size of what they hold, not only by entry count: the full fuzz run's
 * megabyte values blocks once filled a 400-entry cache to a 2.7 GB peak RSS.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedCache } from '../../server/src/core/bounded-cache.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { parsedValuesStats } from '../../server/src/core/parse/embedded-yaml.js';

describe('parse caches stay bounded by size', () => {
  test('the cache drops its least recently used entries once their sizes exceed the budget', () => {
    const cache = new BoundedCache<string>(10, 100);
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    assert.equal(cache.get('a'), 'A', 'reading a makes b the oldest');
    cache.set('c', 'C', 40);
    assert.equal(cache.peek('b'), undefined);
    assert.deepEqual([cache.peek('a'), cache.peek('c'), cache.size, cache.count], ['A', 'C', 80, 2]);
    cache.set('huge', 'H', 101);
    assert.equal(cache.peek('huge'), undefined, 'an entry above the whole budget is not kept');
    assert.equal(cache.count, 2, 'and evicts nothing');
    cache.set('a', 'A2', 10);
    assert.deepEqual([cache.peek('a'), cache.size], ['A2', 50], 'replacing an entry replaces its size');
  });

  test('the cache also drops entries beyond its count', () => {
    const cache = new BoundedCache<number>(3, 1_000);
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, i, 1);
    assert.deepEqual([cache.peek('k1'), cache.peek('k2'), cache.peek('k4'), cache.count], [undefined, 2, 4, 3]);
  });

  test('thirty profiles with distinct megabyte values blocks leave at most 4 M characters in the values-tree memo', () => {
    const filler = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 30; i++) {
      const text = `spec:\n  template:\n    packs:\n      - name: p${i}\n        values: |\n          k${i}: ${filler}\n`;
      assert.equal(parseProfile(text).packs[0]?.values?.errors.length, 0);
      const { chars } = parsedValuesStats();
      assert.ok(chars <= 4 * 1024 * 1024, `after ${i + 1} profiles the memo holds ${chars} characters`);
    }
    assert.ok(parsedValuesStats().count >= 3, `the memo still holds the recent packs (${parsedValuesStats().count})`);
  });
});
