/**
 * Parse caches are bounded by the size of what they hold, not only by entry count: the full fuzz run's
 * megabyte values blocks once filled a 400-entry cache to a 2.7 GB peak RSS.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedCache } from '../../server/src/core/bounded-cache.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { parsedValuesStats } from '../../server/src/core/parse/embedded-yaml.js';
import { parseDocumentText } from '../../server/src/lsp/document-parse.js';

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

  test('the versions of a values block being typed stay out of the memo; the opened text is in it', () => {
    const values = Array.from({ length: 40 }, (_, i) => `          key${i}: value${i}`).join('\n');
    let text = `spec:\n  template:\n    packs:\n      - name: typed\n        values: |\n${values}\n      - name: other\n        values: |\n          a: 1\n`;
    const uri = 'file:///typed-values.profile.yaml';
    const before = parsedValuesStats().count;
    parseDocumentText(uri, text);
    const { count } = parsedValuesStats();
    assert.ok(count > before, 'the opened values are in the memo');
    const at = text.indexOf('value20') + 'value20'.length;
    for (let i = 0; i < 10; i++) {
      // Typing inside the block (re-read by the incremental parse), then once above it (the outer text is parsed again).
      text = i < 9 ? `${text.slice(0, at + i)}x${text.slice(at + i)}` : text.replace('spec:', 'spec: \n');
      const profile = parseDocumentText(uri, text);
      assert.equal(profile.packs[0].values?.errors.length, 0);
      assert.equal(parsedValuesStats().count, count, `after keystroke ${i + 1}`);
    }
    assert.match(String(parseDocumentText(uri, text).packs[0].values?.text), /value20x{9}/);
  });
});
