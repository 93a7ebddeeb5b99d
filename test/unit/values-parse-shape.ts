/** Shared by the values-parse tests: the thanos values, a tree's observable shape, and a one-line edit. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNode, isScalar, visit, type Document } from 'yaml';

/** thanos 17.6.0's defaults: 5,700 lines, most of them under one top-level key (charts.thanos). */
export const thanos = readFileSync(resolve(__dirname, '../../../shared/fixtures/pack-central/packs/thanos-17.6.0/values.yaml'), 'utf8');

/** Every node with its range and scalar value, and every error with its position: what rules read. */
export function shape(doc: Document.Parsed): string[] {
  const out: string[] = doc.errors.map((e) => `error ${e.code} ${e.pos.join(',')}`);
  visit(doc, (_key, node) => {
    if (isNode(node)) out.push(`${node.constructor.name} ${node.range?.join(',')} ${isScalar(node) ? String(node.value) : ''}`);
  });
  return out;
}

/** `text` with the line at `fraction` of its length replaced by `edit(line)`. */
export function editLine(text: string, fraction: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  const at = Math.floor(lines.length * fraction);
  lines[at] = edit(lines[at]);
  return lines.join('\n');
}
