/**
 * Keys of the profile's values that the defaults do not know, and values whose kind (map / list / scalar)
 * differs from the default's. Inner offsets; cached per (user document, defaults) so a keystroke in another
 * pack costs nothing.
 */
import { isMap, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { DefaultValues } from './defaults-model.js';
import { kindOf, keyText, pairsByKey, type ValueKind } from './yaml-nodes.js';

export interface UnknownKey {
  path: string[];
  range: readonly [number, number];
  siblings: string[];
}

export interface KindMismatch {
  path: string[];
  range: readonly [number, number];
  expected: ValueKind;
  actual: ValueKind;
}

export interface Comparison {
  unknown: UnknownKey[];
  mismatched: KindMismatch[];
}

const memo = new WeakMap<Document, { defaults: DefaultValues; result: Comparison }>();

export function compareValues(user: Document, defaults: DefaultValues): Comparison {
  const hit = memo.get(user);
  if (hit?.defaults === defaults) return hit.result;
  const result: Comparison = { unknown: [], mismatched: [] };
  if (isMap(user.contents) && isMap(defaults.doc.contents)) walk(user.contents, defaults.doc.contents, [], defaults, result);
  memo.set(user, { defaults, result });
  return result;
}

/**
 * The defaults' maps by key, kept per map: defaults trees live as long as the catalog data and are never
 * changed, while every keystroke compares a fresh values tree with them (thanos: ~1,500 maps rebuilt per key).
 */
const knownPairs = new WeakMap<YAMLMap, Map<string, Pair>>();

function walk(user: YAMLMap, defaults: YAMLMap, path: string[], d: DefaultValues, out: Comparison): void {
  let known = knownPairs.get(defaults);
  if (!known) knownPairs.set(defaults, (known = pairsByKey(defaults)));
  // An empty default map (`podAnnotations: {}`) is free-form: any key goes.
  const freeForm = known.size === 0;
  for (const item of user.items) {
    const pair = item as Pair;
    const key = keyText(pair);
    const keyNode = pair.key as YamlNode | null;
    if (key === undefined || !keyNode?.range) continue;
    const here = [...path, key];
    const def = known.get(key);
    // One node in both trees: values and defaults share the parse of text they have in common.
    if (def === pair) continue;
    if (!def) {
      // `pack:` holds Palette's own settings (namespace, install-priority…), never all listed in defaults.
      if (!freeForm && here[0] !== 'pack' && !d.commentedKeys.has(key) && !key.includes('{{')) {
        out.unknown.push({ path: here, range: [keyNode.range[0], keyNode.range[1]], siblings: [...known.keys()] });
      }
      continue;
    }
    const expected = kindOf(def.value);
    const actual = kindOf(pair.value);
    const valueRange = (pair.value as YamlNode | null)?.range;
    if (expected !== actual && expected !== 'null' && actual !== 'null' && valueRange && !isTemplated(pair.value)) {
      out.mismatched.push({ path: here, range: [valueRange[0], valueRange[1]], expected, actual });
      continue;
    }
    if (isMap(pair.value) && isMap(def.value)) walk(pair.value, def.value, here, d, out);
  }
}

/** A macro standing for a whole value (`{{ .spectro.var.X }}`) may expand to any kind. */
function isTemplated(node: unknown): boolean {
  const value = (node as { value?: unknown } | null)?.value;
  return typeof value === 'string' && value.includes('{{');
}
