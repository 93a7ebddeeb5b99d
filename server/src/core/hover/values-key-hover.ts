/** Hover on a key inside a pack's values: its path, the pack's default for it and the schema's constraints. */
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { CatalogSnapshot } from '../catalog.js';
import type { EmbeddedYaml, PackEntry, Range } from '../model.js';
import { describeDefault, nodeAt, parsedRoot, schemaFor, schemaLines } from '../complete/defaults-tree.js';
import { resolvePack } from '../complete/pack-catalog.js';

export interface KeyHit {
  path: string[];
  /** Outer range of the key. */
  range: Range;
}

/** The values key under outer offset `offset`, with its path from the values root (nested levels included). */
export function keyAt(values: EmbeddedYaml, offset: number, prefix: string[] = []): KeyHit | undefined {
  for (const [path, nested] of values.nested) {
    if (nested.contentRange[0] <= offset && offset < nested.contentRange[1]) return keyAt(nested, offset, [...prefix, ...path.split('.')]);
  }
  const inner = values.toInner(offset);
  if (inner === undefined) return undefined;
  const found = findKey(values.doc.contents as YamlNode | null, inner, prefix);
  return found && { path: found.path, range: [values.toOuter(found.range[0]), values.toOuter(found.range[1])] };
}

function findKey(node: YamlNode | null, at: number, path: string[]): { path: string[]; range: Range } | undefined {
  if (isSeq(node)) {
    for (const item of node.items) {
      const hit = findKey(item as YamlNode, at, [...path, '[]']);
      if (hit) return hit;
    }
  }
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const here = [...path, String(pair.key.value)];
    const [start, end] = pair.key.range;
    if (start <= at && at <= end) return { path: here, range: [start, end] };
    const hit = findKey(pair.value as YamlNode | null, at, here);
    if (hit) return hit;
  }
  return undefined;
}

export function valuesKeyHover(pack: PackEntry, hit: KeyHit, catalog: CatalogSnapshot): string | undefined {
  const detail = resolvePack({ name: pack.name?.value, registryName: pack.registryName?.value, registryUid: pack.registryUid?.value, tag: pack.tag?.value, version: pack.version?.value }, catalog)?.detail;
  const title = `\`${hit.path.join('.')}\``;
  if (!detail) return undefined;
  const node = nodeAt(parsedRoot(detail.values), hit.path);
  const lines = [node === undefined ? `Not in the defaults of ${detail.name} ${detail.version}` : `Default: ${describeDefault(node)}`];
  lines.push(...schemaLines(schemaFor(detail.schema, hit.path)));
  return [title, lines.join('  \n')].join('\n\n');
}
