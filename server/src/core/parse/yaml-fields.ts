/** Small readers over the `yaml` AST that keep ranges: the parser's vocabulary. */
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Field, Range } from '../model.js';

export function pairOf(node: unknown, key: string): Pair<YamlNode, YamlNode | null> | undefined {
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) {
      return item as Pair<YamlNode, YamlNode | null>;
    }
  }
  return undefined;
}

export function mapAt(node: unknown, key: string): YAMLMap | undefined {
  const v = pairOf(node, key)?.value;
  return isMap(v) ? v : undefined;
}

export function seqAt(node: unknown, key: string): YAMLSeq | undefined {
  const v = pairOf(node, key)?.value;
  return isSeq(v) ? v : undefined;
}

export function nodeRange(node: YamlNode | null | undefined): Range | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

export function keyRange(pair: Pair | undefined): Range | undefined {
  return pair && isScalar(pair.key) ? nodeRange(pair.key) : undefined;
}

/**
 * A scalar field as the user wrote it. Plain scalars keep their source text (`version: 1.10` stays "1.10",
 * not the number 1.1). An empty value gives '' with a zero-width range after the key.
 */
export function fieldAt(node: unknown, key: string, text: string): Field | undefined {
  const pair = pairOf(node, key);
  if (!pair) return undefined;
  const kr = keyRange(pair);
  const v = pair.value;
  if (v === null || v === undefined) {
    const at = kr ? kr[1] + 1 : 0;
    return { value: '', range: [Math.min(at, text.length), Math.min(at, text.length)], keyRange: kr };
  }
  if (!isScalar(v) || !v.range) return undefined;
  const range: Range = [v.range[0], v.range[1]];
  const value =
    v.type === 'PLAIN' ? text.slice(range[0], range[1]) : v.value === null ? '' : String(v.value);
  return { value, range, keyRange: kr };
}
