/**
 * `npm run fuzz [-- --count N --seed S --from I]`: the full seeded fuzz run (default 100,000 documents).
 * Prints progress and a summary, writes .test-output/fuzz.json, and exits 1 on any crash, failed rule or
 * range outside its document. Replay one document with `--from I --count 1` and the same seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzCatalog } from '../test/fuzz/catalog-snapshot.js';
import { loadCorpus } from '../test/fuzz/corpus.js';
import { runFuzz, type FuzzResult } from '../test/fuzz/run-fuzz.js';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20251121' },
    from: { type: 'string', default: '0' },
    out: { type: 'string', default: '.test-output/fuzz.json' },
  },
});

function line(done: number, r: FuzzResult): string {
  const failed = r.crashes + r.ruleFailures + r.rangeErrors;
  return `${done} documents, ${failed} failures, max ${r.maxMs.toFixed(0)} ms/doc, peak RSS ${r.peakRssMb.toFixed(0)} MB`;
}

async function main(): Promise<number> {
  const corpus = loadCorpus();
  const catalog = await fuzzCatalog(corpus);
  console.log(`corpus: ${corpus.profiles.length} profiles, ${corpus.values.length} real values; catalog: ${catalog.packNames().length} packs`);
  const result = runFuzz({
    seed: Number(args.seed),
    count: Number(args.count),
    from: Number(args.from),
    corpus,
    catalog,
    onProgress: (done, r) => {
      if (done % 10_000 === 0) console.log(line(done, r));
    },
  });
  const out = resolve(args.out);
  mkdirSync(resolve(out, '..'), { recursive: true });
  const summary = { ...result, node: process.version, date: new Date().toISOString() };
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nseed ${result.seed}: ${result.documents} documents in ${result.seconds.toFixed(0)} s`);
  console.log(`crashes ${result.crashes}, failed rules ${result.ruleFailures}, ranges outside ${result.rangeErrors}`);
  console.log(`time per document: mean ${result.meanMs.toFixed(2)} ms, max ${result.maxMs.toFixed(0)} ms (document ${result.maxMsDocument.index}, ${result.maxMsDocument.length} chars, ${result.maxMsDocument.mutations.join(' + ')})`);
  console.log(`largest document ${result.maxLength} chars; peak RSS ${result.peakRssMb.toFixed(0)} MB; written to ${out}`);
  for (const f of result.failures.slice(0, 10)) console.log(`  #${f.index} ${f.kind} (${f.base}; ${f.mutations.join(' + ')}): ${f.detail.split('\n')[0]}`);
  return result.crashes + result.ruleFailures + result.rangeErrors === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
