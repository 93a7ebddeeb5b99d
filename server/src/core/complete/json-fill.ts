/**
 * A JSON pack item's missing fields, written right after the string value of its `name` in the item's own
 * layout: one field per line at the name's indentation when `"name"` starts its line (pretty-printed), else
 * inline (`, "k": v`, or `,"k":v` in a minified file). Each field brings its own leading comma, so a comma that
 * followed the name still closes the last inserted field, and an item that ended at the name stays valid.
 */
import type { TextEdit } from '../finding.js';
import type { Range } from '../model.js';

// A field is already there when any of these keys is (the item names a version, or its registry either way).
const presentAs: Record<string, string[]> = {
  tag: ['tag', 'version'],
  registry: ['registry', 'registryUid'],
  registryUid: ['registry', 'registryUid'],
};

/** Where a JSON item's fields go and how they are written. */
export interface JsonItem {
  /** Just after the quote closing the name's value. */
  at: number;
  /** Keys the object already has. */
  own: Set<string>;
  /** Pretty-printed: the file's line break, the name's indentation, one nesting level; inline: whether `": "` has its space. */
  layout: { lines: true; eol: string; indent: string; unit: string } | { lines: false; spaced: boolean };
}

/** The object whose `name` value has its content at `nameValue` (inside the quotes); undefined unless a closed string. */
export function jsonItemAt(text: string, nameValue: Range): JsonItem | undefined {
  const open = nameValue[0] - 1;
  const close = nameValue[1];
  if (text[open] !== '"' || text[close] !== '"') return undefined;
  const brace = objectStart(text, open);
  if (brace === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', open) + 1;
  const keyLead = /^([ \t]*)"name"\s*:\s*$/.exec(text.slice(lineStart, open));
  const indent = keyLead?.[1] ?? '';
  return {
    at: close + 1,
    own: ownKeys(text, brace),
    layout: keyLead
      ? { lines: true, eol: text[lineStart - 2] === '\r' ? '\r\n' : '\n', indent, unit: indentUnit(text, brace, indent) }
      : { lines: false, spaced: !/"name":"$/.test(text.slice(lineStart, open + 1)) },
  };
}

/** The edit adding `fields` (in order) to the item, minus those it already has; undefined when none is missing. */
export function jsonFieldsEdit(item: JsonItem, fields: Record<string, unknown>): TextEdit[] | undefined {
  const missing = Object.entries(fields).filter(([key]) => !(presentAs[key] ?? [key]).some((k) => item.own.has(k)));
  if (missing.length === 0) return undefined;
  const { layout } = item;
  const field = ([k, v]: [string, unknown]): string => {
    if (layout.lines) {
      const nl = layout.eol + layout.indent;
      return `,${nl}${JSON.stringify(k)}: ${JSON.stringify(v, null, layout.unit).split('\n').join(nl)}`;
    }
    return layout.spaced ? `, ${JSON.stringify(k)}: ${inline(v)}` : `,${JSON.stringify(k)}:${JSON.stringify(v)}`;
  };
  return [{ range: [item.at, item.at], newText: missing.map(field).join('') }];
}

/** `{ "k": v }` with spaces, as a hand-written single-line object has them. */
function inline(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
}

/** One nesting level: the name's indentation beyond its object's line, else two spaces. */
function indentUnit(text: string, brace: number, indent: string): string {
  const braceLine = text.slice(text.lastIndexOf('\n', brace) + 1, brace);
  const outer = /^[ \t]*/.exec(braceLine)?.[0] ?? '';
  return indent.length > outer.length && indent.startsWith(outer) ? indent.slice(outer.length) : '  ';
}

function escaped(text: string, quote: number): boolean {
  let n = 0;
  while (text[quote - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** Offset of the `{` opening the object that holds `from` (which must be outside any string). */
function objectStart(text: string, from: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = from - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '"' && !escaped(text, i)) inString = !inString;
    else if (inString) continue;
    else if (c === '}' || c === ']') depth++;
    else if (c === '{' || c === '[') {
      if (depth === 0) return c === '{' ? i : undefined;
      depth--;
    }
  }
  return undefined;
}

/** Offset of the quote closing the string opened at `open` (a line end stops an unclosed one). */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if (c === '"' && !escaped(text, i)) return i;
  }
  return text.length;
}

/** Keys written directly in the object opened at `brace` (up to its `}`, or the enclosing list's end). */
function ownKeys(text: string, brace: number): Set<string> {
  const keys = new Set<string>();
  let depth = 0;
  for (let i = brace; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      let after = end + 1;
      while (after < text.length && /\s/.test(text[after] ?? '')) after++;
      if (depth === 1 && text[after] === ':') keys.add(text.slice(i + 1, end));
      i = end;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth <= 0) break;
    }
  }
  return keys;
}
