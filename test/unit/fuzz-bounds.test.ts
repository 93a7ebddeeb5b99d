/**
 * Time bounds for the shapes the full fuzz run found slow: an unclosed macro before deeply indented lines (the
 * macro scanner's regex backtracked over every whitespace run: 10 s for 239 KB) and a values block with tens of
 * thousands of keys in one mapping (the yaml parser's pairwise duplicate-key check: 18 s). The bounds are far
 * above today's milliseconds and far below the old seconds, so they catch the quadratic spots coming back.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import { scanMacros } from '../../server/src/core/macros.js';
import { maskMacros } from '../../server/src/core/parse/macro-mask.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { loadCorpus } from '../fuzz/corpus.js';
import { textMutations } from '../fuzz/mutate-text.js';
import { Rand } from '../fuzz/prng.js';

const head = 'metadata:\n  name: bounds\nspec:\n  version: 1.0.0\n  template:\n    type: add-on\n    packs:\n      - name: p\n        type: spectro\n        tag: 1.0.0\n';
const indent = (text: string, n: number): string => text.split('\n').map((l) => (l === '' ? l : ' '.repeat(n) + l)).join('\n');

function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

describe('documents the fuzz run found slow are checked in bounded time', () => {
  test('an unclosed {{ before 400 levels of nesting validates in bounded time', () => {
    // As in the fuzz document: a stray `{{` (macro-garble) inside deep nesting, before lines indented hundreds deep.
    const deep = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}k${i}:${i === 200 ? ' {{{{' : ''}`).join('\n');
    const text = `${head}        values: |\n${indent(deep, 10)} leaf\n  variables:\n    - name: x\n`;
    assert.ok(text.length > 150_000, `document is ${text.length} chars`);
    const { value: findings, ms } = timed(() => validate(parseProfile(text), emptyCatalog));
    // A complexity guard, not a speed test (speed is the benchmark's): generous for a loaded 2-core CI machine, far below
    // the ~57 s the backtracking scanner took on this document.
    assert.ok(ms < 8000, `took ${ms.toFixed(0)} ms (the regex scanner took ~57 s)`);
    assert.deepEqual(findings.filter((f) => f.code === 'internal-error'), []);
  });

  test('macros are still found after an unclosed {{, with Go-template trims and their trimmed expressions', () => {
    const text = 'a: {{ .spectro.var.x }}\nb: {{- .spectro.pack.k8s.a.b | default "z" -}}\nc: {{-}} d: {{ .Values.y';
    const refs = scanMacros(text);
    assert.deepEqual(refs.map((m) => [m.kind, m.expr, text.slice(m.start, m.end)]), [
      ['var', '.spectro.var.x', '{{ .spectro.var.x }}'],
      ['pack', '.spectro.pack.k8s.a.b | default "z"', '{{- .spectro.pack.k8s.a.b | default "z" -}}'],
      ['other', '', '{{-}}'],
    ]);
    assert.equal(text.slice(refs[1].pathStart, refs[1].pathEnd), 'k8s.a.b');
    assert.equal(refs[1].pipe, 'default "z"');
  });

  test('a values mapping of 30,000 keys parses in seconds, and its one duplicate is reported at the key', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `  k${i}: ${i}`);
    rows.push('  k7: again');
    const text = `${head}        values: |\n${indent(`root:\n${rows.join('\n')}`, 10)}\n`;
    const { value: profile, ms } = timed(() => parseProfile(text));
    assert.ok(ms < 9000, `took ${ms.toFixed(0)} ms (the parser's own check took ~18 s)`);
    const errors = profile.packs[0]?.values?.errors ?? [];
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].message, 'Map keys must be unique');
    assert.equal(errors[0].range[0], text.lastIndexOf('k7: again'));
  });

  test('duplicate keys inside real pack values are reported where the yaml parser reports them', () => {
    const { values } = loadCorpus();
    const r = new Rand(9_2025);
    let compared = 0;
    for (let i = 0; i < 150; i++) {
      let inner = r.pick(values);
      for (let k = 0; k < 3; k++) inner = textMutations['duplicate-line'](inner, r);
      const text = `${head}        values: |\n${indent(inner, 10)}\n`;
      const pack = parseProfile(text).packs[0];
      if (!pack?.values || parseProfile(text).syntaxErrors.length > 0) continue;
      const reference = parseDocument(maskMacros(pack.values.text).text, { prettyErrors: false }).errors
        .filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]).sort((a, b) => a - b);
      const ours = pack.values.errors.filter((e) => e.message === 'Map keys must be unique')
        .map((e) => pack.values?.toInner(e.range[0]) ?? -1).sort((a, b) => a - b);
      assert.equal(ours.length, reference.length, `document ${i}: ${ours.length} duplicate keys, the parser finds ${reference.length}`);
      // The parser sometimes points at the whitespace before the key; ours is on the key.
      ours.forEach((at, k) => assert.equal(pack.values?.text.slice(reference[k], at).trim(), '', `document ${i}: at ${at}, the parser at ${reference[k]}`));
      compared += reference.length;
    }
    assert.ok(compared > 30, `only ${compared} duplicate keys compared`);
  });
});
