import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSizeFinding, maxValuesParseLength } from '../../server/src/core/document-size.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';

const profileOf = (valuesLines: number): string =>
  'spec:\n  template:\n    packs:\n      - name: p\n        values: |\n' +
  Array.from({ length: valuesLines }, (_, i) => `          key${i}: "value number ${i} of a long real-looking values block"\n`).join('');

test('a 50,000-line profile (the size issue 8 benchmarks) still has its values parsed and checked', () => {
  const text = profileOf(50_000);
  assert.ok(text.length > 2 * 1024 * 1024, 'the document is past the old 2 MiB bound');
  assert.equal(documentSizeFinding(text), undefined);
  assert.ok(parseProfile(text).packs[0].values, 'values parsed');
});

test('above the bound the document gets one document-too-large note and its values are not parsed', () => {
  const text = profileOf(Math.ceil(maxValuesParseLength / 60) + 10);
  assert.ok(text.length > maxValuesParseLength);
  assert.equal(documentSizeFinding(text)?.code, 'document-too-large');
  assert.equal(parseProfile(text).packs[0].values, undefined);
});
