/**
 * Per-pack parse cache, keyed by the exact source slice of a `values` string: typing in one pack re-parses
 * only that pack. Entries are relative to their slice, so they survive edits that shift them.
 */
import type { Scalar } from 'yaml';
import { BoundedCache } from '../bounded-cache.js';
import { parseEmbedded, type EmbeddedCore } from './embedded-yaml.js';

/** 400 packs, and 16 M characters of source (a 50k-line profile is ~2 M): a parse tree costs many times its text. */
const cache = new BoundedCache<{ type: Scalar['type']; decoded: string; core: EmbeddedCore }>(400, 16 * 1024 * 1024);

export function parseValuesCached(node: Scalar, outerText: string): EmbeddedCore {
  const range = node.range ?? [0, 0, 0];
  const slice = outerText.slice(range[0], range[1]);
  const decoded = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  // The slice itself is the key (a concatenated key would copy megabytes on every keystroke to hash it).
  const hit = cache.get(slice);
  if (hit && hit.type === node.type && hit.decoded === decoded) return hit.core;
  const core = parseEmbedded(node, slice, slice, [], range[0]);
  // Stored under a copy: a slice keeps the whole document text it was cut from alive (one per keystroke).
  cache.set(ownCopy(slice), { type: node.type, decoded, core }, slice.length + decoded.length);
  return core;
}

/** For tests and benchmarks. */
export function valuesCacheSize(): number {
  return cache.count;
}

/** Characters of source the cache holds, for tests and the fuzz run. */
export function valuesCacheChars(): number {
  return cache.size;
}

/**
 * The same characters in a string of their own: V8 keeps a slice's parent string alive, and cutting a
 * slice from a concatenation makes V8 copy the concatenation flat first (V8 issue 2869's known remedy).
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
