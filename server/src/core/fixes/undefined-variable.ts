/**
 * undefined-variable → declare the variable in `spec.variables` (created when absent), written in the
 * document's own form and indentation. `format: string` is Palette's default (v1Variable, FACTS.md §2.8).
 */
import { isMap, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { TextEdit } from '../finding.js';
import type { ProfileDocument } from '../model.js';
import type { FixProvider } from './fix-provider.js';

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Offset of the end of the line holding `at` (before its newline). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

function indentAt(text: string, at: number): string {
  return text.slice(lineStart(text, at), at).replace(/\S/g, ' ');
}

function pairOf(map: YamlNode | null | undefined, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => (p.key as { value?: unknown } | null)?.value === key) as Pair | undefined;
}

function jsonEdit(profile: ProfileDocument, spec: YamlNode, name: string): TextEdit | undefined {
  const item = `{ "name": ${JSON.stringify(name)}, "format": "string" }`;
  const list = pairOf(spec, 'variables')?.value as YamlNode | null | undefined;
  if (isSeq(list) && list.range) {
    const last = list.items.at(-1) as YamlNode | undefined;
    if (last?.range) return { range: [last.range[1], last.range[1]], newText: `, ${item}` };
    const open = profile.text.indexOf('[', list.range[0]);
    return { range: [open + 1, open + 1], newText: item };
  }
  if (!isMap(spec)) return undefined;
  const lastPair = spec.items.at(-1) as Pair | undefined;
  const end = (lastPair?.value as YamlNode | null)?.range?.[1];
  return end === undefined ? undefined : { range: [end, end], newText: `, "variables": [${item}]` };
}

function yamlEdit(profile: ProfileDocument, spec: YamlNode, name: string): TextEdit | undefined {
  const text = profile.text;
  const entry = (indent: string) => `${indent}- name: ${name}\n${indent}  format: string`;
  const pair = pairOf(spec, 'variables');
  const list = pair?.value as YamlNode | null | undefined;
  if (isSeq(list) && !list.flow && list.items.length > 0) {
    const first = list.items[0] as YamlNode;
    const last = list.items.at(-1) as YamlNode;
    if (!first.range || !last.range) return undefined;
    const dash = text.lastIndexOf('-', first.range[0]);
    const at = lineEnd(text, Math.max(last.range[1] - 1, 0));
    return { range: [at, at], newText: `\n${entry(indentAt(text, dash))}` };
  }
  if (!isMap(spec) || spec.flow) return undefined;
  const firstKey = (spec.items[0]?.key as YamlNode | undefined)?.range?.[0];
  if (firstKey === undefined) return undefined;
  const indent = indentAt(text, firstKey);
  if (pair && (list === null || list === undefined || (isSeq(list) && list.items.length === 0))) {
    // `variables:` with no value, or `variables: []`: replace the value with a block list.
    const keyEnd = (pair.key as YamlNode).range?.[1] ?? 0;
    const valueEnd = list?.range?.[1] ?? keyEnd;
    const colon = text.indexOf(':', keyEnd);
    return { range: [colon + 1, Math.max(valueEnd, colon + 1)], newText: `\n${entry(indent + '  ')}` };
  }
  if (pair) return undefined;
  const lastValue = (spec.items.at(-1)?.value as YamlNode | null)?.range?.[1] ?? spec.range?.[1];
  if (lastValue === undefined) return undefined;
  const at = lineEnd(text, Math.max(lastValue - 1, 0));
  return { range: [at, at], newText: `\n${indent}variables:\n${entry(indent + '  ')}` };
}

export const undefinedVariableFix: FixProvider = {
  code: 'undefined-variable',
  fixes: (profile, finding) => {
    const name = finding.data?.name;
    if (typeof name !== 'string' || !/^[A-Za-z_][\w-]*$/.test(name)) return [];
    const spec = profile.ast.get('spec', true) as YamlNode | undefined;
    if (!spec) return [];
    const edit = profile.format === 'json' ? jsonEdit(profile, spec, name) : yamlEdit(profile, spec, name);
    return edit ? [{ title: `Declare variable '${name}' in spec.variables`, code: finding.code, edits: [edit], isPreferred: true }] : [];
  },
};
