/**
 * A slice of the seeded fuzz run (`npm run fuzz` does 100,000): mutated real profiles, plus targeted runs of the
 * hostile shapes, through parse, validate with a catalog, completion, hover and fixes. Nothing may throw, no
 * rule may fail, every range lies inside its document, and no document may take seconds (a hang detector,
 * not a benchmark: the bound is far above the normal few milliseconds).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { addDuplicateKeyErrors, linearKeysOptions } from '../../server/src/core/parse/duplicate-keys.js';
import { fuzzCatalog } from '../fuzz/catalog-snapshot.js';
import { loadCorpus, type Corpus } from '../fuzz/corpus.js';
import { Mutator } from '../fuzz/mutators.js';
import { Rand } from '../fuzz/prng.js';
import { documentSeed, runFuzz, type FuzzResult } from '../fuzz/run-fuzz.js';

const seed = Number(process.env.FUZZ_SEED ?? 7_2025);
/** Generous: a normal document takes milliseconds; this only catches hangs like the ones the fuzzer found. */
const maxMsPerDocument = 10_000;

function assertClean(result: FuzzResult, what: string): void {
  const first = result.failures[0];
  const replay = first ? ` — first: #${first.index} ${first.kind} (${first.mutations.join(' + ')}; replay: npm run fuzz -- --seed ${seed} --from ${first.index} --count 1): ${first.detail.split('\n')[0]}` : '';
  assert.equal(result.crashes + result.ruleFailures + result.rangeErrors, 0, `${what}: ${result.crashes} crashes, ${result.ruleFailures} failed rules, ${result.rangeErrors} ranges outside${replay}`);
  assert.ok(result.maxMs < maxMsPerDocument, `${what}: document ${result.maxMsDocument.index} took ${result.maxMs.toFixed(0)} ms (${result.maxMsDocument.mutations.join(' + ')})`);
}

describe('fuzzing the language service with mutated real profiles', () => {
  let corpus: Corpus;
  let catalog: CatalogSnapshot;

  before(async () => {
    corpus = loadCorpus();
    catalog = await fuzzCatalog(corpus);
  });
  after(() => undefined);

  test('the corpus holds the real exports and real pack values, and the catalog knows their packs', () => {
    assert.ok(corpus.profiles.some((p) => p.name.startsWith('profiles/tsm-')), 'real exported profiles are in the corpus');
    assert.ok(corpus.values.length >= 50, `only ${corpus.values.length} real values`);
    assert.ok(catalog.packNames().length >= 20, `catalog has ${catalog.packNames().length} packs`);
  });

  test('3,000 mutated profiles never crash, never fail a rule, and keep every range inside the text', () => {
    assertClean(runFuzz({ seed, count: 3000, corpus, catalog }), 'mixed mutations');
  });

  for (const shape of ['alias-bomb', 'deep-nesting', 'huge-scalar', 'real-values', 'split-surrogate', 'nul-bytes', 'crlf']) {
    test(`profiles with ${shape} (and another mutation) are handled without a crash or a hang`, () => {
      const count = shape === 'huge-scalar' ? 12 : 60;
      for (const extra of ['indent-shift', 'delete-colon']) {
        assertClean(runFuzz({ seed, count, corpus, catalog, only: [shape, extra] }), `${shape} + ${extra}`);
      }
    });
  }

  test('duplicate mapping keys are reported exactly where the yaml parser reports them, in linear time', () => {
    const mutator = new Mutator(corpus);
    let compared = 0;
    for (let i = 0; i < 400; i++) {
      const r = new Rand(documentSeed(seed, i));
      const { text } = mutator.next(r, ['duplicate-line', r.pick(['indent-shift', 'duplicate-line', 'key-typo'])]);
      const reference = parseDocument(text, { prettyErrors: false });
      const ours = parseDocument(text, { prettyErrors: false, ...linearKeysOptions });
      addDuplicateKeyErrors(ours);
      const dupes = (errors: typeof ours.errors) => errors.filter((e) => e.code === 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
      const want = dupes(reference.errors);
      const got = dupes(ours.errors);
      assert.equal(got.length, want.length, `document ${i}: ${got.length} duplicate keys, the parser finds ${want.length}`);
      got.forEach((e, k) => {
        assert.equal(e.message, want[k].message);
        // The parser sometimes points at the whitespace before the key; ours is on the key.
        assert.equal(text.slice(want[k].pos[0], e.pos[0]).trim(), '', `document ${i}: at ${e.pos[0]}, the parser at ${want[k].pos[0]}`);
      });
      compared += want.length;
    }
    assert.ok(compared > 50, `only ${compared} duplicate keys compared`);
  });
});
