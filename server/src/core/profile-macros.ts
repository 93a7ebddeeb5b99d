/**
 * Macros located in a profile: every `{{ … }}` in every pack's values, including the nested `cluster.config`
 * level, with outer ranges and whether YAML actually sees it (comments do not count). Rules, completion and
 * hover read macros through here so they agree on what is "used".
 */
import type { EmbeddedYaml, PackEntry, ProfileDocument, Range } from './model.js';
import { scanMacros } from './macros.js';
import { coreOf } from './parse/values-reuse.js';
import { scalarRangeAt } from './values/scalar-at.js';
import type { MacroRef } from './macros.js';

export interface LocatedMacro {
  ref: MacroRef;
  pack: PackEntry;
  /** Outer range of the whole `{{ … }}`. */
  range: Range;
  /** Outer range of the dotted path after `.spectro.<kind>.`. */
  pathRange: Range;
  /** False when the macro sits in a YAML comment of its level. */
  live: boolean;
  /**
   * When the macro starts a plain (unquoted) value, YAML reads `{{ … }}` as a flow mapping: the outer range of
   * that value up to the end of the line (comments excluded). Undefined when the macro is inside a scalar.
   */
  bareValue?: Range;
}

/** Whether `at` follows a `#` comment start on its line, outside quotes. */
function inComment(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let quote: string | undefined;
  for (let i = lineStart; i < at; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ''))) return true;
  }
  return false;
}

/** End of a bare value on its line: before a trailing ` #comment` and trailing spaces. */
function bareValueEnd(text: string, from: number): number {
  const lineEnd = text.indexOf('\n', from);
  const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  const comment = line.search(/\s#/);
  return from + (comment < 0 ? line : line.slice(0, comment)).trimEnd().length;
}

function deepestLevel(values: EmbeddedYaml, outer: number): EmbeddedYaml {
  for (const nested of values.nested.values()) {
    if (outer >= nested.contentRange[0] && outer < nested.contentRange[1]) return deepestLevel(nested, outer);
  }
  return values;
}

function locate(pack: PackEntry, values: EmbeddedYaml, ref: MacroRef): LocatedMacro {
  const range: Range = [values.toOuter(ref.start), values.toOuter(ref.end)];
  const pathRange: Range = [values.toOuter(ref.pathStart), values.toOuter(ref.pathEnd)];
  const level = deepestLevel(values, range[0]);
  const at = level.toInner(range[0]) ?? ref.start;
  const scalar = scalarRangeAt(level.doc, at);
  const live = scalar !== undefined || !inComment(level.text, at);
  const located: LocatedMacro = { ref, pack, range, pathRange, live };
  // A bare macro is either left out of any scalar or (after the parser's masking) a scalar whose source
  // starts with the `{` itself rather than a quote.
  const bare = live && (scalar === undefined || (scalar[0] === at && level.text[at] === '{'));
  if (bare) located.bareValue = [range[0], level.toOuter(scalar ? scalar[1] : bareValueEnd(level.text, at))];
  return located;
}

const packCache = new WeakMap<EmbeddedYaml, LocatedMacro[]>();
/**
 * By values parse (values-reuse.ts hands an unchanged block its previous one): a block placed elsewhere has
 * the same macros shifted, so a keystroke in one pack does not scan every other pack's values again.
 */
const coreCache = new WeakMap<object, { at: number; located: LocatedMacro[] }>();

/** Macros in one pack's values (all levels), in text order. */
export function packMacros(pack: PackEntry): LocatedMacro[] {
  const values = pack.values;
  if (!values) return [];
  let located = packCache.get(values);
  if (located) return located;
  const key = coreOf(values);
  const at = values.outerRange[0];
  const hit = key && coreCache.get(key);
  if (hit) {
    const d = at - hit.at;
    const move = (r: Range): Range => [r[0] + d, r[1] + d];
    located = hit.located.map((m) => ({ ...m, pack, range: move(m.range), pathRange: move(m.pathRange), ...(m.bareValue ? { bareValue: move(m.bareValue) } : {}) }));
  } else {
    located = scanMacros(values.text).map((ref) => locate(pack, values, ref));
    if (key) coreCache.set(key, { at, located });
  }
  packCache.set(values, located);
  return located;
}

/** Macros in every pack's values, in pack order. */
export function profileMacros(profile: ProfileDocument): LocatedMacro[] {
  return profile.packs.flatMap(packMacros);
}
