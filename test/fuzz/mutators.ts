/**
 * The mutation table and how a document is built from it: one real profile, then one to four mutations
 * picked by weight. The hostile shapes (megabyte scalars, deep nesting, alias bombs) are rare by weight but
 * present in every few hundred documents.
 */
import type { Corpus } from './corpus.js';
import { structureMutations } from './mutate-structure.js';
import { textMutations, type Mutation } from './mutate-text.js';
import type { Rand } from './prng.js';

/** Relative weights; anything not listed weighs 10. */
const weights: Record<string, number> = {
  'huge-scalar': 0.4,
  'deep-nesting': 1.5,
  'alias-bomb': 1.5,
  crlf: 4,
  truncate: 4,
  'real-values': 6,
};

export interface FuzzDocument {
  text: string;
  base: string;
  mutations: string[];
}

export class Mutator {
  private readonly table: { name: string; weight: number; apply: Mutation }[];
  private readonly total: number;

  constructor(private readonly corpus: Corpus) {
    const all = { ...textMutations, ...structureMutations(corpus.values) };
    this.table = Object.entries(all).map(([name, apply]) => ({ name, apply, weight: weights[name] ?? 10 }));
    this.total = this.table.reduce((sum, m) => sum + m.weight, 0);
  }

  get names(): string[] {
    return this.table.map((m) => m.name);
  }

  /** One fuzz document: a corpus profile with 1–4 weighted mutations (or the named ones, for targeted runs). */
  next(r: Rand, only?: readonly string[]): FuzzDocument {
    const base = r.pick(this.corpus.profiles);
    let text = base.text;
    const applied: string[] = [];
    const count = only ? only.length : r.between(1, 4);
    for (let k = 0; k < count; k++) {
      const m = only ? this.byName(only[k]) : this.weighted(r);
      text = m.apply(text, r);
      applied.push(m.name);
    }
    return { text, base: base.name, mutations: applied };
  }

  private byName(name: string) {
    const m = this.table.find((e) => e.name === name);
    if (!m) throw new Error(`no mutation ${name}`);
    return m;
  }

  private weighted(r: Rand) {
    let x = r.next() * this.total;
    for (const m of this.table) {
      x -= m.weight;
      if (x < 0) return m;
    }
    return this.table[this.table.length - 1];
  }
}
