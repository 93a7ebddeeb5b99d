import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUp } from '../../server/src/lsp/warm-up.js';

test('the start-up warm-up exercises completion or hover at every place it asks', () => {
  const results = warmUp();
  assert.equal(results.length, 6, 'a marker was not found or the warm-up failed');
  results.forEach(([items, hovers], i) => assert.ok(items + hovers > 0, `marker ${i} produced neither completion items nor a hover`));
  // Outer enum (layer) and values keys complete even with no catalog.
  assert.ok(results[0][0] > 0 && results[3][0] + results[4][0] > 0, JSON.stringify(results));
});
