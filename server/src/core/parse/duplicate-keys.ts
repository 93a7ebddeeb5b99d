/**
 * Duplicate mapping keys in one linear pass. The `yaml` parser's own check (`uniqueKeys`) compares every key
 * with each earlier key of its mapping, so a values block with tens of thousands of keys in one mapping took
 * tens of seconds per keystroke (found by the fuzz run). Parse with `uniqueKeys: false`, then call this: the
 * same errors as the parser's (code, message), placed on the key itself where the parser sometimes points at
 * the line break before it.
 */
import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document, type YAMLMap } from 'yaml';

export const linearKeysOptions = { uniqueKeys: false } as const;

/** Appends a DUPLICATE_KEY error for every scalar key already seen in its mapping. */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  // A plain recursion, not yaml's visit(): this runs on every keystroke over the whole values tree.
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isMap(node)) {
      checkMap(node, found);
      for (const pair of node.items) walk(pair);
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(doc.contents);
  doc.errors.push(...found);
}

function checkMap(map: YAMLMap, found: YAMLParseError[]): void {
  const n = map.items.length;
  if (n < 2) return;
  // Most mappings are small: comparing each key with the earlier ones allocates nothing, where a Set per
  // mapping made this walk a tenth of a big profile's first parse. Same result (=== is the Set's equality here).
  if (n <= smallMap) {
    checkSmallMap(map, found);
    return;
  }
  const seen = new Set<unknown>();
  for (const pair of map.items) {
    // The parser compares non-scalar keys by identity: two distinct nodes are never equal.
    if (!isScalar(pair.key)) continue;
    const value: unknown = pair.key.value;
    // The parser compares with ===, under which NaN never equals itself.
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    if (!seen.has(value)) {
      seen.add(value);
      continue;
    }
    const start = pair.key.range?.[0] ?? 0;
    found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
  }
}

const smallMap = 8;

function checkSmallMap(map: YAMLMap, found: YAMLParseError[]): void {
  const items = map.items;
  for (let i = 1; i < items.length; i++) {
    const key = items[i].key;
    if (!isScalar(key)) continue;
    const value: unknown = key.value;
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    for (let j = 0; j < i; j++) {
      const earlier = items[j].key;
      if (isScalar(earlier) && earlier.value === value) {
        const start = key.range?.[0] ?? 0;
        found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        break;
      }
    }
  }
}
