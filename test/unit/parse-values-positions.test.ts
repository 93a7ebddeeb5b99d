// A syntax error deep inside a pack's values must be reported on the exact outer characters, whatever the
// string style. Oracle: a duplicated key is reported by `yaml` at the key itself, so the expected outer offset
// is where the second `zzdup` stands in the outer text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import type { SyntaxProblem } from '../../server/src/core/model.js';

const realK8s = readFileSync(join(__dirname, '../../../shared/fixtures/public-repo/kubernetes-1.27.5/values.yaml'), 'utf8');

/** 45 lines of values: a key on line 1 duplicated on line 40, real nested pack values in between. */
function nestedValues(): string {
  const real = realK8s.split('\n');
  const cut = real.findIndex((l, i) => i >= 25 && /^\S/.test(l));
  const lines = ['zzdup: 1', ...real.slice(0, cut).filter((l) => !/^\s*#/.test(l) && l.trim() !== '')];
  const body = lines.slice(0, 39);
  while (body.length < 39) body.push(`filler${body.length}: x`);
  return [...body, 'zzdup: 2', 'tail1: a', 'tail2: b', 'tail3: c', 'tail4: d', 'tail5: e'].join('\n');
}

/** Flat values for styles that fold lines: one key per line, 45 lines, dup on line 40. */
function flatLines(): string[] {
  const lines = ['zzdup: 1'];
  for (let i = 2; i <= 45; i++) lines.push(i === 40 ? 'zzdup: 2' : `key${i}: value ${i}`);
  return lines;
}

const head = 'metadata:\n  name: edge\nspec:\n  version: 1.0.0\n  template:\n    type: infra\n    cloudType: edge-native\n    packs:\n      - name: kubernetes\n        type: spectro\n        layer: k8s\n';
const indent = (text: string, n: number): string => text.split('\n').map((l) => (l.length ? ' '.repeat(n) + l : l)).join('\n');

function valuesErrors(text: string): SyntaxProblem[] {
  const profile = parseProfile(text);
  assert.deepEqual(profile.syntaxErrors, [], 'the outer document is valid');
  const values = profile.packs[0]?.values;
  assert.ok(values, 'values were parsed');
  return values.errors;
}

function assertAtSecondDup(text: string, errors: SyntaxProblem[]): void {
  const expected = text.lastIndexOf('zzdup');
  const dup = errors.find((e) => /unique|duplicate/i.test(e.message));
  assert.ok(dup, `a duplicate-key error is reported (got ${JSON.stringify(errors)})`);
  assert.equal(dup.code, 'values-syntax');
  assert.equal(dup.range[0], expected, `reported at ${lineCol(text, dup.range[0])}, expected ${lineCol(text, expected)}`);
  assert.equal(text.slice(dup.range[0], dup.range[0] + 5), 'zzdup');
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('values syntax errors land on the exact outer characters', () => {
  test('in a literal block `|`', () => {
    const text = `${head}        values: |\n${indent(nestedValues(), 10)}\n`;
    assertAtSecondDup(text, valuesErrors(text));
  });

  test('in a stripped literal block `|-`', () => {
    const text = `${head}        values: |-\n${indent(nestedValues(), 10)}\n`;
    assertAtSecondDup(text, valuesErrors(text));
  });

  test('in a literal block with an indentation indicator `|2` whose first line is more indented', () => {
    const text = `${head}        values: |2\n            # a comment indented past the block's indentation\n${indent(nestedValues(), 10)}\n`;
    assertAtSecondDup(text, valuesErrors(text));
  });

  test('in a folded block `>`', () => {
    const text = `${head}        values: >\n${indent(flatLines().join('\n\n'), 10)}\n`;
    assertAtSecondDup(text, valuesErrors(text));
  });

  test('in a double-quoted string with escapes', () => {
    const text = `${head}        values: ${JSON.stringify(nestedValues() + '\n# caf\u00e9 \u{1F600}\n')}\n`;
    assertAtSecondDup(text, valuesErrors(text));
  });

  test('in a single-quoted string folded over several lines', () => {
    const quoted = "'" + flatLines().join('\n\n').replace(/'/g, "''") + "'";
    const text = `${head}        values: ${indent(quoted, 10).trimStart()}\n`;
    assertAtSecondDup(text, valuesErrors(text));
  });

  test('in the JSON export form', () => {
    const doc = { metadata: { name: 'x' }, spec: { version: '1.0.0', template: { type: 'infra', cloudType: 'edge-native', packs: [{ name: 'kubernetes', values: nestedValues() }] } } };
    for (const text of [JSON.stringify(doc, null, 2), JSON.stringify(doc, null, '\t'), JSON.stringify(doc)]) {
      assertAtSecondDup(text, valuesErrors(text));
    }
  });

  test('inside the cluster.config string of an edge-k3s pack', () => {
    const config = indent(nestedValues(), 4);
    const values = `cluster:\n  config: |\n${config}\nstages: {}\n`;
    const text = `${head.replace('kubernetes', 'edge-k3s')}        values: |\n${indent(values, 10)}\n`;
    const profile = parseProfile(text);
    const values1 = profile.packs[0].values;
    assert.ok(values1);
    assert.deepEqual(values1.errors, [], 'the values level itself is valid');
    const nested = values1.nested.get('cluster.config');
    assert.ok(nested, 'cluster.config was parsed as YAML');
    assertAtSecondDup(text, nested.errors);
  });

  test('inside cluster.config of a JSON export, where both levels are escaped strings', () => {
    const values = `cluster:\n  config: |\n${indent(nestedValues(), 4)}\n`;
    const text = JSON.stringify({ spec: { template: { packs: [{ name: 'edge-k3s', values }] } } }, null, 2);
    const nested = parseProfile(text).packs[0].values?.nested.get('cluster.config');
    assert.ok(nested);
    assertAtSecondDup(text, nested.errors);
  });
});
