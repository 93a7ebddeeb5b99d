/**
 * The fuzz loop shared by `npm run fuzz` and the test slice. Document i is built from its own random source
 * (seed and i), so any document can be replayed alone with `--from i --count 1`.
 */
import { emptyCatalog, type CatalogSnapshot } from '../../server/src/core/catalog.js';
import { checkDocument, type DocumentProblem } from './check-document.js';
import type { Corpus } from './corpus.js';
import { Mutator } from './mutators.js';
import { Rand } from './prng.js';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** First document index (for replaying one document). */
  from?: number;
  corpus: Corpus;
  /** Used for three documents in four; the fourth runs without a catalog. */
  catalog: CatalogSnapshot;
  /** Run only these mutations, in this order, on every document. */
  only?: string[];
  onProgress?: (done: number, result: FuzzResult) => void;
}

export interface FuzzFailure extends DocumentProblem {
  index: number;
  base: string;
  mutations: string[];
  /** The start of the document, for a first look. */
  head: string;
}

export interface FuzzResult {
  seed: number;
  documents: number;
  crashes: number;
  ruleFailures: number;
  rangeErrors: number;
  failures: FuzzFailure[];
  maxMs: number;
  maxMsDocument: { index: number; length: number; mutations: string[] };
  meanMs: number;
  maxLength: number;
  peakRssMb: number;
  seconds: number;
  byMutation: Record<string, number>;
}

/** Spreads (seed, index) over 32 bits so neighbouring documents do not share random streams. */
export function documentSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function runFuzz(o: FuzzOptions): FuzzResult {
  const mutator = new Mutator(o.corpus);
  const result: FuzzResult = {
    seed: o.seed, documents: 0, crashes: 0, ruleFailures: 0, rangeErrors: 0, failures: [], maxMs: 0,
    maxMsDocument: { index: -1, length: 0, mutations: [] }, meanMs: 0, maxLength: 0, peakRssMb: 0, seconds: 0, byMutation: {},
  };
  const started = performance.now();
  let totalMs = 0;
  const from = o.from ?? 0;
  for (let index = from; index < from + o.count; index++) {
    const r = new Rand(documentSeed(o.seed, index));
    const doc = mutator.next(r, o.only);
    const catalog = index % 4 === 3 ? emptyCatalog : o.catalog;
    const t0 = performance.now();
    const problems = checkDocument(doc.text, catalog, r);
    const ms = performance.now() - t0;
    totalMs += ms;
    result.documents++;
    for (const m of doc.mutations) result.byMutation[m] = (result.byMutation[m] ?? 0) + 1;
    result.maxLength = Math.max(result.maxLength, doc.text.length);
    if (ms > result.maxMs) {
      result.maxMs = ms;
      result.maxMsDocument = { index, length: doc.text.length, mutations: doc.mutations };
    }
    if (problems.some((p) => p.kind === 'crash')) result.crashes++;
    result.ruleFailures += problems.filter((p) => p.kind === 'rule-failed').length;
    result.rangeErrors += problems.filter((p) => p.kind === 'range').length;
    for (const p of problems.slice(0, 2)) {
      if (result.failures.length < 50) {
        result.failures.push({ ...p, index, base: doc.base, mutations: doc.mutations, head: doc.text.slice(0, 120) });
      }
    }
    result.peakRssMb = Math.max(result.peakRssMb, process.memoryUsage.rss() / (1024 * 1024));
    if (o.onProgress && (index - from + 1) % 1000 === 0) o.onProgress(index - from + 1, result);
  }
  result.meanMs = result.documents ? totalMs / result.documents : 0;
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
