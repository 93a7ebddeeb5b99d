/** Shared by the differential tests: the fixture values files, and the seeded generator that mutates them. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const fixtures = process.env.PALETTE_SHARED_FIXTURES || resolve(__dirname, '../../../shared/fixtures');

/** Every values.yaml under `dir`, in a stable order. */
export function valuesFiles(dir = fixtures, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) valuesFiles(path, out);
    else if (name === 'values.yaml') out.push(path);
  }
  return out;
}

/** mulberry32: a small seeded generator, so every run mutates the same way. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
