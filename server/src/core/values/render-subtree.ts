/**
 * The source text of one default key (with the comment lines documenting it), re-indented to where it goes
 * in the user's values. Copying source text keeps the defaults' comments, quoting and block scalars exactly.
 */
import { isMap, stringify, visit, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { column, lastContent, leadingSpaces, lineEnd, lineStart } from './text-lines.js';

/** Lines (no line breaks) rendering `pair` of the defaults at `indent` columns. */
export function subtreeLines(defaults: { text: string; doc: Document }, pair: Pair, parent: YamlNode, indent: number): string[] {
  const key = pair.key as YamlNode | null;
  const value = pair.value as YamlNode | null;
  const text = defaults.text;
  if (!key?.range || (isMap(parent) && parent.flow) || (pair.value !== null && hasAlias(pair))) return stringified(defaults.doc, pair, indent);
  const keyStart = key.range[0];
  const keyColumn = column(text, keyStart);
  // A key not first on its line (`- name: x`) cannot be cut out as whole lines.
  if (text.slice(lineStart(text, keyStart), keyStart).trim() !== '') return stringified(defaults.doc, pair, indent);
  const end = Math.max(key.range[1], value?.range?.[1] ?? 0);
  const last = lineEnd(text, lastContent(text, end, keyStart));
  const first = leadingComments(text, lineStart(text, keyStart), keyColumn);
  return reindent(text.slice(first, last).split('\n'), indent - keyColumn);
}

/** Walks up over comment lines at the key's own indentation directly above it. */
function leadingComments(text: string, start: number, keyColumn: number): number {
  let first = start;
  while (first > 0) {
    const prev = lineStart(text, first - 1);
    const line = text.slice(prev, first - 1).replace(/\r$/, '');
    if (!line.trimStart().startsWith('#') || leadingSpaces(line) !== keyColumn) break;
    first = prev;
  }
  return first;
}

function reindent(lines: string[], shift: number): string[] {
  return lines.map((raw) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return '';
    if (shift >= 0) return ' '.repeat(shift) + line;
    return line.slice(Math.min(-shift, leadingSpaces(line)));
  });
}

/** Aliases point at anchors the user's values may not have: resolve them instead of copying `*name`. */
function hasAlias(pair: Pair): boolean {
  let found = false;
  visit(pair.value as YamlNode, { Alias: () => { found = true; return visit.BREAK; } });
  return found;
}

function stringified(doc: Document, pair: Pair, indent: number): string[] {
  type ToJS = { toJS?: (d: Document, o: { maxAliasCount: number }) => unknown };
  const key = pair.key as YamlNode & ToJS;
  const value = pair.value as (YamlNode & ToJS) | null;
  // Explicit alias bound (the library's default, made visible): a billion-laughs default throws, and the fix is dropped.
  const k = typeof key?.toJS === 'function' ? key.toJS(doc, { maxAliasCount: 100 }) : String(pair.key);
  const v = value && typeof value.toJS === 'function' ? value.toJS(doc, { maxAliasCount: 100 }) : null;
  const lines = stringify({ [String(k)]: v }, { lineWidth: 0 }).replace(/\n$/, '').split('\n');
  return lines.map((l) => (l === '' ? '' : ' '.repeat(indent) + l));
}
