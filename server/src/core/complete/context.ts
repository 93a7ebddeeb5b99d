/**
 * Where is the cursor? One answer per position: a macro being typed, a key inside a pack's values (at which
 * inner path), or the value of a pack / template field. Read from the raw lines around the cursor so that
 * half-typed text (a key with no value, an unclosed flow map, a syntax error elsewhere) still completes.
 */
import type { ProfileDocument, Range } from '../model.js';
import { enclosing, lineAt, lineStartOf, siblingKeys, wordEnd, type Segment } from './line-scan.js';
import { readPackHint, type PackHint } from './pack-hint.js';
import { quotedValuesContext } from './quoted-values.js';

export type PackField = 'name' | 'type' | 'layer' | 'tag' | 'version' | 'registryName' | 'registryUid';

export type CompletionContext =
  | { kind: 'macro'; macro: 'var' | 'system' | 'pack'; prefix: string; replace: Range }
  | { kind: 'pack-field'; field: PackField; pack: PackHint; prefix: string; replace: Range; lead: string }
  | { kind: 'template-field'; field: 'type' | 'cloudType'; prefix: string; replace: Range; lead: string }
  | ValuesKeyContext
  | { kind: 'none' };

export interface ValuesKeyContext {
  kind: 'values-key';
  pack: PackHint;
  /** Keys from the values root to the map being typed in; `[]` stands for a list item. */
  path: string[];
  prefix: string;
  replace: Range;
  /** Keys already written in that map. */
  siblings: string[];
  /** Inside a quoted (JSON) string: inserted text must be escaped for it. */
  quoted: boolean;
}

const macroBefore = /\{\{-?\s*\.spectro\.(var|system|pack)\.([^\s|}"']*)$/;
const keyBefore = /^(\s*)(-\s+)?([^\s:#"'{}[\],]*)$/;
// A bare key starts where a word starts (the lookbehind): without it every character of a long word was a start
// to backtrack from, and completion in a 100 KB line (a base64 certificate) took minutes. Same matches as before.
const valueBefore = /(?:"([^"]*)"|(?<![\w.\-/])([\w.\-/]+))\s*:(\s*)(["']?)([^"',{}[\]]*)$/;
const flowParent = /(?:"([^"]*)"|(?<![\w.\-/])([\w.\-/]+))\s*:\s*\{/g;
const isWanted = (key: string) => key === 'values' || key === 'packs' || key === 'template';

/** The completion context at outer offset `offset`. Never throws. */
export function completionContext(profile: ProfileDocument, offset: number): CompletionContext {
  const text = profile.text;
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  const macro = macroBefore.exec(before);
  if (macro) {
    const prefix = macro[2] ?? '';
    return { kind: 'macro', macro: macro[1] as 'var', prefix, replace: [offset - prefix.length, wordEnd(text, offset, /[\s|}"']/)] };
  }
  const quoted = quotedValuesContext(profile, offset);
  if (quoted) return quoted;
  const key = keyBefore.exec(before);
  if (key) return valuesKey(text, profile, offset, lineStart, key);
  const field = fieldValue(text, profile, offset, lineStart, before);
  return field.kind === 'none' && profile.format === 'json' ? jsonPackName(profile, offset) : field;
}

/** A pack name in a JSON item the lines cannot place (the item on one line, a minified file): read from the AST. */
function jsonPackName(profile: ProfileDocument, offset: number): CompletionContext {
  const text = profile.text;
  const pack = profile.packs.find((p) => p.name && p.name.range[0] < offset && offset < p.name.range[1]);
  const name = pack?.name;
  if (!pack || !name || text[name.range[0]] !== '"') return { kind: 'none' };
  const replace: Range = [name.range[0] + 1, wordEnd(text, offset)];
  return { kind: 'pack-field', field: 'name', pack: readPackHint(text, pack.range[0], profile), prefix: text.slice(replace[0], offset), replace, lead: '' };
}

function valuesKey(text: string, profile: ProfileDocument, offset: number, lineStart: number, m: RegExpExecArray): CompletionContext {
  const col = (m[1] ?? '').length + (m[2] ?? '').length;
  const segments = enclosing(text, lineStart, col, m[2] !== undefined, { stopAt: (k) => k === 'values' || k === 'packs' });
  const head = segments[0];
  if (!head || !('key' in head) || head.key !== 'values') return { kind: 'none' };
  const header = lineAt(text, head.at);
  if (!/^[|>]/.test(header.rest)) return { kind: 'none' };
  const pack = owningPack(text, profile, head.at, header.dash !== undefined ? header.keyCol : header.indent, header.dash !== undefined);
  if (!pack) return { kind: 'none' };
  const prefix = m[3] ?? '';
  return {
    kind: 'values-key',
    pack,
    path: segments.slice(1).map(segmentName),
    prefix,
    replace: [offset - prefix.length, wordEnd(text, offset, /[\s:]/)],
    siblings: siblingKeys(text, lineStart, col, header.end).filter((k) => k !== prefix),
    quoted: false,
  };
}

/** The pack item holding the key at (`at`, `col`), when that key sits directly in an item of `packs`. */
function owningPack(text: string, profile: ProfileDocument, at: number, col: number, inItem: boolean): PackHint | undefined {
  const outer = enclosing(text, at, col, inItem, { stopAt: isWanted });
  const item = outer[outer.length - 1];
  const parent = outer[outer.length - 2];
  if (!item || !('item' in item) || !parent || !('key' in parent) || parent.key !== 'packs') return undefined;
  return readPackHint(text, item.at, profile);
}

function segmentName(s: Segment): string {
  return 'key' in s ? s.key : '[]';
}

function fieldValue(text: string, profile: ProfileDocument, offset: number, lineStart: number, before: string): CompletionContext {
  const lead = /^(\s*)(-\s+)?/.exec(before) ?? ['', '', undefined];
  const body = before.slice(lead[0].length).replace(/\{[^{}]*\}/g, '');
  const value = valueBefore.exec(body);
  if (!value) return { kind: 'none' };
  const parents = [...body.slice(0, value.index).matchAll(flowParent)].map((f) => f[1] ?? f[2] ?? '');
  const keys = [...parents, value[1] ?? value[2] ?? ''];
  const col = (lead[1] ?? '').length + (lead[2] ?? '').length;
  const outer = enclosing(text, lineStart, col, lead[2] !== undefined, { stopAt: isWanted });
  const prefix = value[5] ?? '';
  const replace: Range = [offset - prefix.length, wordEnd(text, offset)];
  const space = value[3] === '' && value[4] === '' ? ' ' : '';
  const packsAt = outer.findIndex((s) => 'key' in s && s.key === 'packs');
  const item = outer[packsAt + 1];
  if (packsAt >= 0 && item && 'item' in item) {
    if (outer.slice(packsAt + 2).some((s) => 'key' in s && s.key === 'values')) return { kind: 'none' };
    const field = packField([...outer.slice(packsAt + 2).map(segmentName), ...keys]);
    if (!field) return { kind: 'none' };
    return { kind: 'pack-field', field, pack: readPackHint(text, item.at, profile), prefix, replace, lead: space };
  }
  const last = keys[keys.length - 1];
  const inTemplate = outer.length > 0 && segmentName(outer[outer.length - 1] as Segment) === 'template' && keys.length === 1;
  if (inTemplate && (last === 'type' || last === 'cloudType')) return { kind: 'template-field', field: last, prefix, replace, lead: space };
  return { kind: 'none' };
}

function packField(path: string[]): PackField | undefined {
  const joined = path.join('.');
  switch (joined) {
    case 'name':
    case 'type':
    case 'layer':
    case 'tag':
    case 'version':
    case 'registryUid':
      return joined;
    case 'registry.metadata.name':
      return 'registryName';
    case 'registry.metadata.uid':
      return 'registryUid';
    default:
      return undefined;
  }
}
