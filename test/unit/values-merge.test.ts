import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { parseDefaults } from '../../server/src/core/values/defaults-model.js';
import { mergePlan, applyInnerEdits } from '../../server/src/core/values/merge-plan.js';
import { outerMergeEdits } from '../../server/src/core/values/merge-edits.js';
import { missingKeys } from '../../server/src/core/values/missing-keys.js';
import { applyEdits, jsonProfile, onlyAddsLines, packCentralValues, seeded, yamlProfile } from './values-merge-profile.js';

const thanosPack = { name: 'thanos', version: '17.6.0', registry: 'Palette Community Registry', type: 'oci', layer: 'addon' };

/** Removes `count` random map entries (the key's lines only; comments above them stay) from a values text. */
function deleteKeys(text: string, count: number, seed: number): { text: string; removed: string[] } {
  const doc = parseDocument(text);
  const pairs: Array<{ pair: Pair; path: string }> = [];
  const collect = (map: YAMLMap, path: string) => {
    for (const p of map.items as Pair[]) {
      const key = String((p.key as { value: unknown }).value);
      if ((p.key as { range?: number[] }).range) pairs.push({ pair: p, path: path ? `${path}.${key}` : key });
      if (isMap(p.value) && !p.value.flow) collect(p.value, path ? `${path}.${key}` : key);
    }
  };
  collect(doc.contents as YAMLMap, '');
  const random = seeded(seed);
  const cuts: Array<[number, number, string]> = [];
  while (cuts.length < count) {
    const { pair, path } = pairs[Math.floor(random() * pairs.length)];
    const start = text.lastIndexOf('\n', (pair.key as { range: number[] }).range[0] - 1) + 1;
    const valueEnd = (pair.value as { range?: number[] } | null)?.range?.[1] ?? (pair.key as { range: number[] }).range[1];
    let last = valueEnd - 1;
    while (/\s/.test(text[last])) last--;
    const nl = text.indexOf('\n', last);
    const end = nl < 0 ? text.length : nl + 1;
    if (cuts.some(([s, e]) => start < e && s < end)) continue;
    cuts.push([start, end, path]);
  }
  cuts.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [s, e] of cuts) out = out.slice(0, s) + out.slice(e);
  return { text: out, removed: cuts.map((c) => c[2]) };
}

describe('merge complete default values', () => {
  const defaultsText = packCentralValues('thanos-17.6.0');
  const defaults = parseDefaults(defaultsText);

  test('thanos 17.6.0 defaults are large enough to matter', () => {
    assert.ok(defaultsText.split('\n').length > 5000);
    assert.equal(missingKeys(defaults.doc, defaults.doc).length, 0);
  });

  for (const seed of [1, 2, 3]) {
    test(`restores 20 deleted thanos keys in a block literal, only adding lines (seed ${seed})`, () => {
      const { text: partial, removed } = deleteKeys(defaultsText, 20, seed);
      const profileText = yamlProfile(thanosPack, partial);
      const values = parseProfile(profileText, 'p.yaml').packs[0].values!;
      const missing = missingKeys(values.doc, defaults.doc).map((m) => m.path.join('.')).sort();
      assert.deepEqual(missing, [...removed].sort());
      const plan = mergePlan(values.text, values.doc, defaults);
      assert.deepEqual(plan.skipped, []);
      const merged = applyEdits(profileText, outerMergeEdits(values, profileText, plan.edits)!);
      assert.ok(onlyAddsLines(profileText, merged), 'the merge changed or removed a line');
      const after = parseProfile(merged, 'p.yaml');
      assert.deepEqual(after.syntaxErrors, []);
      const mergedValues = after.packs[0].values!;
      assert.deepEqual(mergedValues.errors, []);
      assert.deepEqual(missingKeys(mergedValues.doc, defaults.doc), []);
      assert.deepEqual(mergedValues.doc.toJS(), defaults.doc.toJS());
    });
  }

  test('restores deleted keys in a JSON profile whose values are one escaped string', () => {
    const { text: partial } = deleteKeys(defaultsText, 20, 7);
    const profileText = jsonProfile(thanosPack, partial);
    const values = parseProfile(profileText, 'p.json').packs[0].values!;
    const plan = mergePlan(values.text, values.doc, defaults);
    const merged = applyEdits(profileText, outerMergeEdits(values, profileText, plan.edits)!);
    const after = JSON.parse(merged) as { spec: { template: { packs: Array<{ values: string }> } } };
    const mergedValues = after.spec.template.packs[0].values;
    assert.ok(onlyAddsLines(partial, mergedValues));
    assert.deepEqual(parseDocument(mergedValues).toJS(), defaults.doc.toJS());
  });

  test('keeps user changes and comments and writes in the user indentation', () => {
    const defaultsSmall = parseDefaults('# top\na: 1\nb:\n  # about c\n  c: 2\n  d: 3\ne: [1, 2]\n');
    const user = 'b:\n    d: 30   # mine\n# end\n';
    const plan = mergePlan(user, parseDocument(user), defaultsSmall);
    assert.equal(applyInnerEdits(user, plan.edits), '# top\na: 1\nb:\n    # about c\n    c: 2\n    d: 30   # mine\ne: [1, 2]\n# end\n');
  });

  test('fills an empty flow map and an empty document', () => {
    const defaultsSmall = parseDefaults('a:\n  b: 1\n');
    const user = 'a: {}\n';
    assert.equal(applyInnerEdits(user, mergePlan(user, parseDocument(user), defaultsSmall).edits), 'a:\n  b: 1\n');
    assert.equal(applyInnerEdits('', mergePlan('', parseDocument(''), defaultsSmall).edits), 'a:\n  b: 1\n');
  });
});
