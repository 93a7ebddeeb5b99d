/**
 * Resolves a dotted macro path (`options.system.uri`) against a YAML tree. Palette keys may themselves contain
 * dots (BYOOS `options: { system.uri: … }`), so at every map the longest key made of the next segments wins,
 * backtracking to shorter keys when the rest of the path does not resolve (FACTS.md §7).
 */
import { isMap, isSeq, isScalar } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';

export interface PathHit {
  node: YamlNode | null;
  /** The key node of the last step, when it was a map entry. */
  key?: YamlNode;
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function step(node: YamlNode | null, segments: string[]): PathHit | undefined {
  if (segments.length === 0) return { node };
  if (isSeq(node)) {
    const index = Number(segments[0]);
    if (!Number.isInteger(index) || index < 0 || index >= node.items.length) return undefined;
    return step(node.items[index] as YamlNode, segments.slice(1));
  }
  if (!isMap(node)) return undefined;
  for (let take = segments.length; take >= 1; take--) {
    const wanted = segments.slice(0, take).join('.');
    const pair = node.items.find((p) => keyText(p as Pair) === wanted) as Pair | undefined;
    if (!pair) continue;
    const rest = segments.slice(take);
    const hit = step(pair.value as YamlNode | null, rest);
    if (hit) return rest.length === 0 ? { node: hit.node, key: pair.key as YamlNode } : hit;
  }
  return undefined;
}

/** The node at `path` under `root`, or undefined when some step is missing. An empty path is the root. */
export function resolveDottedPath(root: YamlNode | null | undefined, path: string): PathHit | undefined {
  if (root === undefined) return undefined;
  return step(root, path === '' ? [] : path.split('.'));
}

/** The scalar string value at `path`, when it is a scalar. */
export function scalarAt(root: YamlNode | null | undefined, path: string): string | undefined {
  const hit = resolveDottedPath(root, path);
  return hit && isScalar(hit.node) && hit.node.value !== null ? String(hit.node.value) : undefined;
}
