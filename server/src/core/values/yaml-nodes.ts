/** Small readers over `yaml` nodes shared by the values diff, merge and schema checks. */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';

export type ValueKind = 'map' | 'list' | 'scalar' | 'null';

/** A mapping key as text (Palette keys are strings; numbers and booleans read as their source form). */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key as unknown;
  if (isScalar(key)) return key.value === null ? undefined : String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/** What shape a value has, the way Palette compares values: maps, lists and everything else. */
export function kindOf(node: unknown): ValueKind {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  if (isAlias(node)) return 'scalar';
  if (isScalar(node)) return node.value === null ? 'null' : 'scalar';
  return 'scalar';
}

/** The pair of `map` whose key is `key`, if any. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyText(p as Pair) === key) as Pair | undefined;
}

/** Key → pair of a map, first occurrence wins (duplicate keys are a syntax error reported elsewhere). */
export function pairsByKey(map: YAMLMap): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const item of map.items) {
    const key = keyText(item as Pair);
    if (key !== undefined && !out.has(key)) out.set(key, item as Pair);
  }
  return out;
}

export function asNode(value: unknown): YamlNode | null {
  return value === null || value === undefined ? null : (value as YamlNode);
}
