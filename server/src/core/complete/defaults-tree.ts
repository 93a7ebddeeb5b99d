/**
 * A pack's default values as a tree to walk: parsed once per values text, descending into YAML strings that
 * hold YAML themselves (edge-k3s / edge-k8s `cluster.config`), so keys complete at any depth.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { PackSchemaEntry } from '../catalog.js';
import { defaultsOfText } from '../values/defaults-model.js';

const parsed = new Map<string, YamlNode | null>();
const limit = 64;

/** The root node of a YAML text, cached (pack defaults repeat across requests). */
export function parsedRoot(text: string): YamlNode | null {
  const hit = parsed.get(text);
  if (hit !== undefined) return hit;
  // The validator's parse of the same defaults (values/defaults-model.ts): no second parse on the typing path.
  const root = (defaultsOfText(text).doc.contents ?? null) as YamlNode | null;
  parsed.set(text, root);
  if (parsed.size > limit) parsed.delete(parsed.keys().next().value as string);
  return root;
}

/** The node at `path` (`[]` = first list item), descending into YAML-in-a-string where needed. */
export function nodeAt(root: YamlNode | null, path: string[]): YamlNode | null | undefined {
  let node: YamlNode | null | undefined = root;
  for (const segment of path) {
    if (isScalar(node) && typeof node.value === 'string' && node.value.includes(':')) node = parsedRoot(node.value);
    if (segment === '[]') node = isSeq(node) ? (node.items[0] as YamlNode | undefined) : undefined;
    else node = isMap(node) ? (node.items.find((p) => keyOf(p) === segment)?.value as YamlNode | null | undefined) : undefined;
    if (node === undefined) return undefined;
  }
  if (isScalar(node) && typeof node.value === 'string' && node.value.includes(':\n')) return parsedRoot(node.value);
  return node;
}

export function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** One line describing a default value: the scalar itself, or the shape of a map or list. */
export function describeDefault(node: YamlNode | null | undefined): string {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return `{ ${node.items.length} key${node.items.length === 1 ? '' : 's'} }`;
  if (isSeq(node)) return `[ ${node.items.length} item${node.items.length === 1 ? '' : 's'} ]`;
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'string') return v.includes('\n') ? `${v.split('\n')[0]} …` : JSON.stringify(v);
    return String(v);
  }
  return '';
}

/** The schema entry of a values path (`$[]` for list items in Palette's schema names). */
export function schemaFor(schema: PackSchemaEntry[] | undefined, path: string[]): PackSchemaEntry | undefined {
  const name = path.map((s) => (s === '[]' ? '$[]' : s)).join('.');
  return schema?.find((e) => e.name === name);
}

/** Markdown lines for a schema entry's constraints. */
export function schemaLines(entry: PackSchemaEntry | undefined): string[] {
  if (!entry) return [];
  const lines: string[] = [];
  const kind = [entry.type, entry.format].filter(Boolean).join(', ');
  if (kind) lines.push(`Type: ${kind}`);
  const flags = [entry.required && 'required', entry.readonly && 'read-only'].filter(Boolean);
  if (flags.length > 0) lines.push(`Constraints: ${flags.join(', ')}`);
  if (entry.regex) lines.push(`Pattern: \`${entry.regex}\``);
  if (entry.listOptions?.length) lines.push(`Options: ${entry.listOptions.join(', ')}`);
  if (entry.hints?.length) lines.push(`Hints: ${entry.hints.join('; ')}`);
  return lines;
}
