/**
 * Character-level mutations that follow YAML's grammar: they hit indentation, the `:` of a mapping entry,
 * quotes, line ends and the characters editors and terminals get wrong (surrogate pairs, NUL, BOM, CR).
 */
import type { Rand } from './prng.js';

export type Mutation = (text: string, r: Rand) => string;

/** Line starts of a text, for line-level edits. */
export function lines(text: string): string[] {
  return text.split('\n');
}

function atLine(text: string, r: Rand, edit: (line: string) => string): string {
  const all = lines(text);
  const i = r.int(all.length);
  all[i] = edit(all[i]);
  return all.join('\n');
}

function insertAt(text: string, r: Rand, piece: string): string {
  const i = r.int(text.length + 1);
  return text.slice(0, i) + piece + text.slice(i);
}

/** A random astral character written as its surrogate pair. */
function astral(r: Rand): string {
  return String.fromCodePoint(0x10000 + r.int(0x10ffff - 0x10000));
}

const oddChars = ['\u0000', '\ufeff', '\u200b', '\u200e', '\u202e', '\u0301', '\u00a0', '\u2028', '\u2029', '\u0085', '\t', '\r', '\u007f', '\ud800', '\udfff'];

export const textMutations: Record<string, Mutation> = {
  'indent-shift': (t, r) =>
    atLine(t, r, (l) => (r.chance(0.5) ? ' '.repeat(r.between(1, 4)) + l : r.chance(0.2) ? `\t${l.trimStart()}` : l.replace(/^ {1,4}/, ''))),
  'delete-colon': (t, r) => {
    const from = r.int(t.length + 1);
    const i = t.indexOf(':', from);
    return i < 0 ? t : t.slice(0, i) + t.slice(i + 1);
  },
  'delete-quote': (t, r) => {
    const from = r.int(t.length + 1);
    const i = t.slice(from).search(/["']/);
    return i < 0 ? t : t.slice(0, from + i) + t.slice(from + i + 1);
  },
  'surrogate-pair': (t, r) => insertAt(t, r, Array.from({ length: r.between(1, 3) }, () => astral(r)).join('')),
  'split-surrogate': (t, r) => {
    // Cut an astral character in half: a lone surrogate is what a bad paste or a byte-level edit leaves.
    const withPair = insertAt(t, r, astral(r));
    const i = withPair.search(/[\ud800-\udbff]/);
    return i < 0 ? withPair : withPair.slice(0, i + 1) + withPair.slice(i + 2);
  },
  'odd-char': (t, r) => insertAt(t, r, r.pick(oddChars)),
  'nul-bytes': (t, r) => insertAt(t, r, '\u0000'.repeat(r.between(1, 8))),
  'random-bmp': (t, r) => insertAt(t, r, String.fromCharCode(r.int(0x10000))),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  'lone-cr': (t, r) => {
    const i = t.indexOf('\n', r.int(t.length + 1));
    return i < 0 ? t : `${t.slice(0, i)}\r${t.slice(i + 1)}`;
  },
  'delete-span': (t, r) => {
    const i = r.int(t.length + 1);
    return t.slice(0, i) + t.slice(i + r.between(1, 40));
  },
  truncate: (t, r) => t.slice(0, r.int(t.length + 1)),
  'delete-line': (t, r) => {
    const all = lines(t);
    all.splice(r.int(all.length), 1);
    return all.join('\n');
  },
  'duplicate-line': (t, r) => {
    const all = lines(t);
    const i = r.int(all.length);
    all.splice(i, 0, all[i]);
    return all.join('\n');
  },
  'swap-lines': (t, r) => {
    const all = lines(t);
    const i = r.int(all.length);
    const j = r.int(all.length);
    [all[i], all[j]] = [all[j], all[i]];
    return all.join('\n');
  },
  'json-punctuation': (t, r) => {
    const from = r.int(t.length + 1);
    const i = t.slice(from).search(/[{}[\],]/);
    if (i < 0) return t;
    const at = from + i;
    return t.slice(0, at) + (r.chance(0.5) ? '' : r.pick(['{', '}', '[', ']', ',', ',,'])) + t.slice(at + 1);
  },
};
