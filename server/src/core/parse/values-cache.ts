/**
 * Per-pack parse cache, keyed by the exact source slice of a `values` string: typing in one pack re-parses
 * only that pack. Entries are relative to their slice, so they survive edits that shift them.
 */
import type { Scalar } from 'yaml';
import { parseEmbedded, type EmbeddedCore } from './embedded-yaml.js';

const limit = 400;
const cache = new Map<string, { decoded: string; core: EmbeddedCore }>();

export function parseValuesCached(node: Scalar, outerText: string): EmbeddedCore {
  const range = node.range ?? [0, 0, 0];
  const slice = outerText.slice(range[0], range[1]);
  const decoded = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  const key = `${node.type ?? ''}\u0000${slice}`;
  const hit = cache.get(key);
  if (hit && hit.decoded === decoded) {
    // Refresh recency: Map iteration order is insertion order.
    cache.delete(key);
    cache.set(key, hit);
    return hit.core;
  }
  const core = parseEmbedded(node, slice, slice, [], range[0]);
  cache.set(key, { decoded, core });
  if (cache.size > limit) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return core;
}

/** For tests and benchmarks. */
export function valuesCacheSize(): number {
  return cache.size;
}
