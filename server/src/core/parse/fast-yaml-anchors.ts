/**
 * Anchor and alias names for the fast YAML parser (fast-yaml.ts): `&name` before a value or a nested
 * collection, `*name` as a whole value (yaml's own Alias node). fast-yaml-collections.ts decides where they
 * may stand; anything `yaml` would warn about is declined here.
 */
import { Alias } from 'yaml';
import { fail, type ScalarReader, type Value } from './fast-yaml-scalars.js';

const HASH = 35;
const AMPERSAND = 38;
const ASTERISK = 42;
/** What ends an anchor or alias name for the lexer: white space and flow indicators. */
const stops = ' \t\n\r,[]{}';

/**
 * Where the anchor or alias name at `p` (its `&` or `*`) ends, as the lexer reads it: up to white space or a
 * flow indicator. Declines what `yaml` reports: an empty name, one ending in `:`, no space after it.
 */
export function anchorEnd(t: string, p: number, le: number): number {
  let e = p + 1;
  while (e < le && !stops.includes(t[e])) e++;
  if (e === p + 1 || t.charCodeAt(e - 1) === 58 || (e < le && t.charCodeAt(e) !== 32)) fail();
  return e;
}

/**
 * After `key:` or `-`: `undefined` when a value follows on this line, else what is left pending there: nothing
 * (null) or an anchor alone (its name), which then anchors the collection on the next lines.
 */
export function lineAnchor(r: ScalarReader, v: number, le: number): string | null | undefined {
  const t = r.text;
  if (v === le || t.charCodeAt(v) === HASH) return null;
  if (t.charCodeAt(v) !== AMPERSAND) return undefined;
  const name = anchorEnd(t, v, le);
  const rest = r.skipSpaces(name, le);
  return rest === le || t.charCodeAt(rest) === HASH ? t.slice(v + 1, name) : undefined;
}

/** `&name value` at `v`: the value's node (read by `valueAt`), anchored; its range starts at the value. */
export function anchoredValue(r: ScalarReader, v: number, le: number, valueAt: (at: number) => Value): Value {
  const t = r.text;
  const name = anchorEnd(t, v, le);
  const at = r.skipSpaces(name, le);
  // Nothing after it (lineAnchor takes that), a second anchor, or an alias (which may not have properties).
  const next = t.charCodeAt(at);
  if (at === le || next === HASH || next === AMPERSAND || next === ASTERISK) fail();
  const value = valueAt(at);
  value.node.anchor = t.slice(v + 1, name);
  return value;
}

/** `*name` at `v`, alone on its line but for a comment: the Alias node, ranged as the composer ranges it. */
export function aliasValue(r: ScalarReader, v: number, le: number, eol: number): Value {
  const name = anchorEnd(r.text, v, le);
  r.lineRest(name, le);
  const alias = new Alias(r.text.slice(v + 1, name));
  const b = r.base;
  alias.range = [b + v, b + name, b + eol];
  return { node: alias as never, end: eol, ext: true, next: eol };
}
