/**
 * What completion knows about the pack item around the cursor: from the parsed model when the AST has it,
 * else read line by line from the item's own lines (half-typed text, a syntax error elsewhere).
 */
import type { PackEntry, ProfileDocument } from '../model.js';
import { lineAt, type Line } from './line-scan.js';

export interface PackHint {
  entry?: PackEntry;
  /** Offset of the item's first line. */
  itemStart: number;
  name?: string;
  type?: string;
  layer?: string;
  tag?: string;
  version?: string;
  registryName?: string;
  registryUid?: string;
}

const fieldKeys = ['name', 'type', 'layer', 'tag', 'version', 'registryUid'] as const;

function unquote(value: string): string {
  const v = value.replace(/\s+#.*$/, '').replace(/,$/, '').trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** The parsed pack whose item holds `offset`, if the AST has one. */
export function packAt(profile: ProfileDocument, offset: number): PackEntry | undefined {
  return profile.packs.find((p) => p.range[0] <= offset && offset <= p.range[1]);
}

/** Reads the fields of the item whose `- ` (or `{`) line starts at `itemStart`, stopping at the next item. */
export function readPackHint(text: string, itemStart: number, profile: ProfileDocument): PackHint {
  const first = lineAt(text, itemStart);
  const entry = packAt(profile, itemStart + first.keyCol);
  if (entry?.name) {
    return {
      entry,
      itemStart,
      name: entry.name.value,
      type: entry.type?.value,
      layer: entry.layer?.value,
      tag: entry.tag?.value,
      version: entry.version?.value,
      registryName: entry.registryName?.value,
      registryUid: entry.registryUid?.value,
    };
  }
  const hint: PackHint = { entry, itemStart };
  const itemIndent = first.dash ?? first.indent;
  // A JSON item opens with a bare `{`: its own keys are the first keys below it.
  let ownCol = first.key !== undefined ? first.keyCol : undefined;
  for (let at = itemStart; at < text.length; ) {
    const line: Line = lineAt(text, at);
    if (at !== itemStart && !line.empty && line.indent <= itemIndent) break;
    if (line.key !== undefined) ownCol ??= line.keyCol;
    readField(hint, line, ownCol !== undefined && line.keyCol > ownCol);
    at = line.end + 1;
  }
  return hint;
}

function readField(hint: PackHint, line: Line, nested: boolean): void {
  if (line.key === undefined) return;
  const flowName = /\bname"?\s*:\s*([^,}]+)/.exec(line.rest);
  if (line.key === 'registry' || line.key === 'metadata') {
    if (flowName) hint.registryName = unquote(flowName[1] ?? '');
    return;
  }
  const key = line.key as (typeof fieldKeys)[number];
  if (!fieldKeys.includes(key)) return;
  const value = unquote(line.rest);
  if (value === '' || value.startsWith('{') || value.startsWith('|')) return;
  // `name` under `registry.metadata` is deeper than the item's own keys.
  if (key === 'name' && nested) hint.registryName = value;
  else if (!nested) hint[key] = value;
}
