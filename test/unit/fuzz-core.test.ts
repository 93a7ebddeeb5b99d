/**
 * Seeded fuzzing of the core: mutated real profiles must never make parseProfile, validate or fixesFor throw,
 * no rule may fail (internal-error), and every range must lie inside the text. A failure prints the seed and
 * iteration so it can be replayed with FUZZ_SEED / FUZZ_ITERATIONS.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import { fixesFor } from '../../server/src/core/fixes/index.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { listCases, readProfile } from '../fixtures/golden.js';

const seed = Number(process.env.FUZZ_SEED ?? 20250101);
const iterations = Number(process.env.FUZZ_ITERATIONS ?? 10_000);
// Small corpus profiles keep 10,000 rounds fast (size is covered by the golden corpus), plus the real edge export.
const bases = listCases()
  .filter((c) => c.name === 'tutorials-edge-k3s-export' || readProfile(c).length < 6000)
  .map(readProfile);

/** mulberry32: tiny, fast, good enough to spread mutations; same seed, same run. */
function prng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const oddities = ['\u0000', '\ud83d\ude80', '\ud800', '\udc00', '\u00e9', '\u200b', '\ufeff', '\t', '\r', '\r\n', '#', '{{', '}}', '"', "'", ':', '- ', '|', '>', '[', ']', '{', '}', '&a', '*a', '!!str', '%', '@', '`', '\\', '--'];

type Mutation = (text: string, rand: () => number) => string;

const at = (text: string, rand: () => number) => Math.floor(rand() * (text.length + 1));

const mutations: Mutation[] = [
  (t, r) => { const i = at(t, r); return t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 20)); },
  (t, r) => { const i = at(t, r); return t.slice(0, i) + oddities[Math.floor(r() * oddities.length)] + t.slice(i); },
  (t, r) => { const i = at(t, r); return t.slice(0, i) + String.fromCharCode(Math.floor(r() * 0x10000)) + t.slice(i); },
  (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    lines[i] = r() < 0.5 ? `${' '.repeat(1 + Math.floor(r() * 4))}${lines[i]}` : lines[i].replace(/^ {1,4}/, '');
    return lines.join('\n');
  },
  (t, r) => { const i = t.indexOf(':', at(t, r)); return i < 0 ? t : t.slice(0, i) + t.slice(i + 1); },
  (t, r) => { const from = at(t, r); const i = t.slice(from).search(/["']/); return i < 0 ? t : t.slice(0, from + i) + t.slice(from + i + 1); },
  (t) => t.replace(/\n/g, '\r\n'),
  (t, r) => { const i = at(t, r); const j = at(t, r); return t.slice(0, Math.min(i, j)) + t.slice(Math.max(i, j)); },
  (t, r) => { const i = at(t, r); return t.slice(0, i) + t.slice(at(t, r)).slice(0, 200) + t.slice(i); },
];

function mutate(text: string, rand: () => number): string {
  let out = text;
  const n = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) out = mutations[Math.floor(rand() * mutations.length)](out, rand);
  return out;
}

function inside(range: readonly [number, number], length: number): boolean {
  return Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 0 && range[0] <= range[1] && range[1] <= length;
}

test(`${iterations} mutated real profiles never crash the core and keep every range inside the text`, () => {
  assert.ok(bases.length >= 8, `only ${bases.length} small corpus profiles`);
  const rand = prng(seed);
  for (let i = 0; i < iterations; i++) {
    const text = mutate(bases[Math.floor(rand() * bases.length)], rand);
    const where = `seed ${seed}, iteration ${i}, text ${JSON.stringify(text.slice(0, 80))}…`;
    try {
      const profile = parseProfile(text, 'fuzz.profile.yaml');
      const findings = validate(profile, emptyCatalog);
      for (const f of findings) {
        assert.ok(inside(f.range, text.length), `${f.code} range ${f.range} outside 0..${text.length} (${where})`);
        assert.notEqual(f.code, 'internal-error', `${f.message} (${where})`);
        for (const fix of fixesFor(profile, f, emptyCatalog)) {
          for (const e of fix.edits) assert.ok(inside(e.range, text.length), `${fix.title}: edit ${e.range} outside (${where})`);
        }
      }
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      throw new Error(`core threw (${where}): ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
});
