/**
 * Keys from the pack's default values at the map being typed in, at any depth (and inside cluster.config).
 * Keys already written there are left out. The detail shows the default; the documentation, schema hints.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { CatalogSnapshot } from '../catalog.js';
import { orderKey, type CompletionCandidate } from './candidate.js';
import type { ValuesKeyContext } from './context.js';
import { describeDefault, keyOf, nodeAt, parsedRoot, schemaFor, schemaLines } from './defaults-tree.js';
import { resolvePack } from './pack-catalog.js';

export function valuesKeyCandidates(ctx: ValuesKeyContext, catalog: CatalogSnapshot): CompletionCandidate[] {
  const detail = resolvePack(ctx.pack, catalog)?.detail;
  if (!detail) return [];
  const parent = nodeAt(parsedRoot(detail.values), ctx.path);
  if (!isMap(parent)) return [];
  const taken = new Set(ctx.siblings);
  const out: CompletionCandidate[] = [];
  for (const pair of parent.items) {
    const key = keyOf(pair);
    if (key === undefined || taken.has(key)) continue;
    const value = pair.value as YamlNode | null;
    const schema = schemaLines(schemaFor(detail.schema, [...ctx.path, key]));
    out.push({
      label: key,
      kind: 'key',
      detail: `default: ${describeDefault(value)}`,
      documentation: schema.length > 0 ? schema.join('  \n') : undefined,
      insertText: insertFor(key, value, ctx.quoted),
      range: ctx.replace,
      sortText: orderKey(out.length),
    });
  }
  return out;
}

/** `key: default` for one-line scalars; `key:` for maps, lists and multi-line text (the user fills those in). */
function insertFor(key: string, value: YamlNode | null, quoted: boolean): string {
  const safeKey = /^[\w.\-/]+$/.test(key) ? key : JSON.stringify(key);
  if (isMap(value) || isSeq(value) || value === null) return `${safeKey}:`;
  if (!isScalar(value) || (typeof value.value === 'string' && value.value.includes('\n'))) return `${safeKey}:`;
  const text = typeof value.value === 'string' && value.type !== 'PLAIN' ? JSON.stringify(value.value) : String(value.value);
  const line = `${safeKey}: ${text}`;
  // Inside a JSON string every quote must be escaped.
  return quoted ? JSON.stringify(line).slice(1, -1) : line;
}
