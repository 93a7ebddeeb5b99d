/**
 * "Merge complete default values" as text edits on the inner values text: every missing default key is
 * inserted beside the sibling that precedes it in the defaults, in the user's indentation, copied from the
 * defaults' source. Nothing the user wrote is rewritten, so comments, order and changed values all stay.
 */
import { isMap, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { DefaultValues } from './defaults-model.js';
import { missingKeys, type MissingKey } from './missing-keys.js';
import { subtreeLines } from './render-subtree.js';
import { column, lastContent, leadingSpaces, lineEnd, lineStart } from './text-lines.js';
import { keyText, pairsByKey } from './yaml-nodes.js';

/** Insert (or, for a flow `{}`, replace) in inner offsets. `atLineStart`: the text ends with `\n` and goes before a line. */
export interface InnerEdit {
  start: number;
  end: number;
  text: string;
  atLineStart: boolean;
}

export interface MergePlan {
  edits: InnerEdit[];
  /** Missing keys the merge cannot place (under a non-empty flow map or a scalar document). */
  skipped: string[][];
}

export function mergePlan(userText: string, userDoc: Document, defaults: DefaultValues): MergePlan {
  const groups = new Map<YAMLMap | Pair | null, MissingKey[]>();
  for (const m of missingKeys(userDoc, defaults.doc)) {
    const target = m.userMap ?? m.userPair ?? null;
    groups.set(target, [...(groups.get(target) ?? []), m]);
  }
  const edits: Array<InnerEdit & { depth: number }> = [];
  const skipped: string[][] = [];
  for (const [, missing] of groups) {
    const depth = missing[0].path.length;
    const planned = planGroup(userText, missing[0].userMap, missing, defaults);
    if (!planned) skipped.push(...missing.map((m) => m.path));
    else edits.push(...planned.map((e) => ({ ...e, depth })));
  }
  // Same offset: a deeper map's additions belong before its parent's next sibling.
  edits.sort((a, b) => a.start - b.start || b.depth - a.depth);
  return { edits: edits.map(({ depth: _depth, ...e }) => e), skipped };
}

function planGroup(text: string, map: YAMLMap | null, missing: MissingKey[], defaults: DefaultValues): InnerEdit[] | undefined {
  const render = (m: MissingKey, indent: number) => subtreeLines(defaults, m.defaultPair, m.defaultMap, indent);
  if (map === null && missing[0].userPair) return underEmptyKey(text, missing[0].userPair, missing, render);
  if (map === null) {
    const lines = missing.flatMap((m) => render(m, 0));
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return [{ start: text.length, end: text.length, text: `${sep}${lines.join('\n')}\n`, atLineStart: true }];
  }
  if (map.flow) return map.items.length === 0 ? replaceEmptyFlow(text, map, missing, render) : undefined;
  const first = map.items[0] as Pair | undefined;
  const firstKey = first?.key as YamlNode | undefined;
  if (!firstKey?.range) return undefined;
  const indent = column(text, firstKey.range[0]);
  const present = pairsByKey(map);
  const byAnchor = new Map<Pair | null, string[]>();
  for (const m of missing) {
    const anchor = precedingPresent(m, present);
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), ...render(m, indent)]);
  }
  const edits: InnerEdit[] = [];
  for (const [anchor, lines] of byAnchor) {
    if (anchor === null) {
      const at = beforeFirst(text, firstKey.range[0], indent);
      edits.push({ start: at, end: at, text: `${lines.join('\n')}\n`, atLineStart: true });
    } else {
      const at = afterPair(text, anchor);
      edits.push({ start: at, end: at, text: `\n${lines.join('\n')}`, atLineStart: false });
    }
  }
  return edits;
}

/** The nearest default sibling before `m` that the user has, or null when none precedes it. */
function precedingPresent(m: MissingKey, present: Map<string, Pair>): Pair | null {
  const items = m.defaultMap.items as Pair[];
  for (let i = items.indexOf(m.defaultPair) - 1; i >= 0; i--) {
    const key = keyText(items[i]);
    const mine = key === undefined ? undefined : present.get(key);
    if (mine) return mine;
  }
  return null;
}

/** Line end after everything a user pair spans (its value's last line, trailing comment included). */
function afterPair(text: string, pair: Pair): number {
  const key = pair.key as YamlNode;
  const value = pair.value as YamlNode | null;
  const from = key.range?.[0] ?? 0;
  const end = Math.max(key.range?.[1] ?? 0, value?.range?.[1] ?? 0);
  return lineEnd(text, lastContent(text, end, from));
}

/** Line start of the first key, above the comment lines that document it. */
function beforeFirst(text: string, keyStart: number, indent: number): number {
  let at = lineStart(text, keyStart);
  while (at > 0) {
    const prev = lineStart(text, at - 1);
    const line = text.slice(prev, at - 1).replace(/\r$/, '');
    if (!line.trimStart().startsWith('#') || leadingSpaces(line) !== indent) break;
    at = prev;
  }
  return at;
}

/** `key: {}` whose defaults have keys: the `{}` becomes the default block under the key. */
function replaceEmptyFlow(
  text: string,
  map: YAMLMap,
  missing: MissingKey[],
  render: (m: MissingKey, indent: number) => string[],
): InnerEdit[] | undefined {
  const range = map.range;
  const key = missing[0].userPair?.key as YamlNode | undefined;
  if (!range) return undefined;
  if (!key?.range) {
    const lines = missing.flatMap((m) => render(m, 0));
    return [{ start: range[0], end: range[1], text: lines.join('\n'), atLineStart: false }];
  }
  const indent = column(text, key.range[0]) + 2;
  let start = range[0];
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const lines = missing.flatMap((m) => render(m, indent));
  return [{ start, end: range[1], text: `\n${lines.join('\n')}`, atLineStart: false }];
}

/** `grpc:` left empty where the defaults have a map: the default children go on the lines below the key. */
function underEmptyKey(
  text: string,
  pair: Pair,
  missing: MissingKey[],
  render: (m: MissingKey, indent: number) => string[],
): InnerEdit[] | undefined {
  const key = pair.key as YamlNode | null;
  if (!key?.range) return undefined;
  const at = lineEnd(text, key.range[1]);
  const lines = missing.flatMap((m) => render(m, column(text, key.range![0]) + 2));
  return [{ start: at, end: at, text: `\n${lines.join('\n')}`, atLineStart: false }];
}

/** The inner text with the plan applied (for quoted values, and to check a plan). */
export function applyInnerEdits(text: string, edits: readonly InnerEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = Math.max(at, e.end);
  }
  return out + text.slice(at);
}

export function isMergeableRoot(doc: Document): boolean {
  return doc.contents === null || isMap(doc.contents);
}
