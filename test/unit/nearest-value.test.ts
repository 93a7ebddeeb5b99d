import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, nearestValue } from '../../server/src/core/rules/nearest-value.js';
import { seeded } from './fixture-values.js';

/** The definition: full Levenshtein table with adjacent transpositions, no cut-offs. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The rule as stated: case-insensitive exact match, alias, else the first closest within one edit per three characters (≤ 3). */
function referenceNearest(typed: string, allowed: string[], aliases: Record<string, string> = {}): string | undefined {
  const lower = typed.trim().toLowerCase();
  const exact = allowed.find((v) => v.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  if (aliases[lower] !== undefined && allowed.includes(aliases[lower])) return aliases[lower];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const v of allowed) {
    const d = referenceDistance(lower, v.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.min(3, Math.max(1, Math.floor(Math.max(lower.length, best.length) / 3))) ? best : undefined;
}

const rand = seeded(7);
const word = (max: number) => Array.from({ length: Math.floor(rand() * max) }, () => 'abcde-'[Math.floor(rand() * 6)]).join('');
/** A word and an edited copy of it (so distances 0-4 are common, not just long ones). */
function pair(): [string, string] {
  const a = word(12);
  let b = a;
  for (let e = Math.floor(rand() * 5); e > 0; e--) {
    const at = Math.floor(rand() * (b.length + 1));
    const op = rand();
    b = op < 0.3 ? b.slice(0, at) + 'x' + b.slice(at) : op < 0.6 ? b.slice(0, at) + b.slice(at + 1) : op < 0.8 ? b.slice(0, at) + 'y' + b.slice(at + 1) : b.slice(0, at) + b.slice(at + 1, at + 2) + b.slice(at, at + 1) + b.slice(at + 2);
  }
  return [a, b];
}

test('edit distance equals the full table; with a cap, anything above it reads as cap + 1', () => {
  for (let n = 0; n < 5000; n++) {
    const [a, b] = pair();
    const want = referenceDistance(a, b);
    assert.equal(editDistance(a, b), want, `${a} / ${b}`);
    for (const cap of [0, 1, 2, 3]) assert.equal(editDistance(a, b, cap), Math.min(want, cap + 1), `${a} / ${b} cap ${cap}`);
  }
  assert.equal(editDistance('kubernetes', 'kuberentes'), 1);
  assert.equal(editDistance('', 'abc'), 3);
});

test('did-you-mean picks what the stated rule picks, over random names and typos', () => {
  for (let n = 0; n < 2000; n++) {
    const allowed = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pair()[0]);
    const typed = rand() < 0.5 ? pair()[1] : allowed[Math.floor(rand() * allowed.length)].toUpperCase();
    assert.equal(nearestValue(typed, allowed), referenceNearest(typed, allowed), `${typed} in ${allowed.join(',')}`);
  }
  assert.equal(nearestValue('helmm', ['helm', 'os']), 'helm');
  assert.equal(nearestValue('foo', ['helm', 'os']), undefined);
  assert.equal(nearestValue('k8s', ['kubernetes'], { k8s: 'kubernetes' }), 'kubernetes');
});
