/**
 * Structure-level mutations: whole values blocks from real packs, duplicated packs and keys, scalars of
 * other types, broken macros, and the hostile shapes (deep nesting, alias bombs, megabyte scalars).
 */
import type { Rand } from './prng.js';
import { lines, type Mutation } from './mutate-text.js';

/** Sizes of the hostile shapes; the test slice and the full run both use these. */
export const hostile = { hugeScalarChars: 1024 * 1024, maxDepth: 3000, bombLevels: 10 };

const scalars = ['~', 'null', 'true', 'False', '0', '-1', '1e309', '0x1F', '.nan', '[]', '{}', '"unterminated', "'", '|', '>-', '!!binary AAAA',
  '!!int x', '&a', '*a', '*missing', '"{{.spectro.var.x}}"', '{{ .spectro.system.cluster.name }}', '{{', '"\\uD800"', '"\\x00"', '? x', '- - -', '@', '`'];
const macroBits = ['{{', '}}', '{{ .spectro.var.', '{{.spectro.pack.kubernetes.', '{{ .spectro.system.', '{{ .spectro.var.x | default "a" }}', '{{ }}', '{{{{'];
const keyTypos: Record<string, string[]> = {
  name: ['nmae', 'Name', ''], tag: ['version', 'tags'], version: ['tag', 'Version'], type: ['typ', 'Type'], layer: ['layers'],
  packs: ['pack', 'Packs'], values: ['value', 'Values'], registry: ['registries'], metadata: ['meta'], spec: ['Spec'], template: ['templates'],
};

function insertLine(text: string, r: Rand, block: string): string {
  const all = lines(text);
  all.splice(r.int(all.length + 1), 0, block);
  return all.join('\n');
}

/** The indentation of a random line, so an inserted block lands at a plausible depth. */
function someIndent(text: string, r: Rand): string {
  return /^ */.exec(r.pick(lines(text)))?.[0] ?? '';
}

function aliasBomb(r: Rand, indent: string): string {
  const names = Array.from({ length: hostile.bombLevels }, (_, i) => `l${i}`);
  const rows = [`${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i < names.length; i++) rows.push(`${indent}${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  if (r.chance(0.5)) rows.push(`${indent}<<: *${names[names.length - 1]}`);
  return rows.join('\n');
}

function deepNesting(r: Rand, indent: string): string {
  const depth = r.between(50, hostile.maxDepth);
  switch (r.int(3)) {
    case 0:
      return `${indent}deep: ${'['.repeat(depth)}${']'.repeat(r.chance(0.8) ? depth : r.int(depth))}`;
    case 1:
      return `${indent}deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
    default: {
      const levels = Math.min(depth, 400);
      return Array.from({ length: levels }, (_, i) => `${indent}${' '.repeat(i * 2)}k${i}:`).join('\n') + ' leaf';
    }
  }
}

export function structureMutations(values: readonly string[]): Record<string, Mutation> {
  return {
    'real-values': (t, r) => {
      // Swap a pack's values block for a real pack's defaults, indented like the block it replaces.
      const headers = [...t.matchAll(/^( *)values: *[|>][-+]?\d*\n/gm)];
      if (headers.length === 0) return t;
      const m = r.pick(headers);
      const start = m.index + m[0].length;
      const pad = `${m[1]}  `;
      let end = start;
      while (end < t.length) {
        const nl = t.indexOf('\n', end);
        const line = t.slice(end, nl < 0 ? t.length : nl);
        if (line.trim() !== '' && !line.startsWith(pad)) break;
        end = nl < 0 ? t.length : nl + 1;
      }
      const block = r.pick(values).split('\n').map((l) => (l === '' ? l : pad + l)).join('\n');
      return `${t.slice(0, start)}${block}\n${t.slice(end)}`;
    },
    'duplicate-pack': (t, r) => {
      const starts = [...t.matchAll(/^ *- name: /gm)].map((m) => m.index);
      if (starts.length === 0) return t;
      const i = r.int(starts.length);
      const end = starts[i + 1] ?? t.length;
      return t.slice(0, end) + t.slice(starts[i], end) + t.slice(end);
    },
    'scalar-type': (t, r) => {
      const all = lines(t);
      const i = r.int(all.length);
      all[i] = all[i].replace(/: .*$/, `: ${r.pick(scalars)}`);
      return all.join('\n');
    },
    'macro-garble': (t, r) => {
      const i = r.int(t.length + 1);
      return t.slice(0, i) + r.pick(macroBits) + t.slice(i);
    },
    'key-typo': (t, r) => {
      const key = r.pick(Object.keys(keyTypos));
      const hits = [...t.matchAll(new RegExp(`\\b${key}(?=["']?:)`, 'g'))];
      if (hits.length === 0) return t;
      const at = r.pick(hits).index;
      return t.slice(0, at) + r.pick(keyTypos[key]) + t.slice(at + key.length);
    },
    'anchor-alias': (t, r) => {
      const withAnchor = t.replace(/: (\S)/, (_m, c: string) => `: &x ${c}`);
      return insertLine(withAnchor, r, `${someIndent(t, r)}again: ${r.pick(['*x', '*y', '*x *x', '&x *x'])}`);
    },
    'alias-bomb': (t, r) => insertLine(t, r, aliasBomb(r, someIndent(t, r))),
    'deep-nesting': (t, r) => insertLine(t, r, deepNesting(r, someIndent(t, r))),
    'huge-scalar': (t, r) => {
      const size = r.between(hostile.hugeScalarChars / 2, hostile.hugeScalarChars);
      const piece = r.chance(0.5) ? 'x'.repeat(size) : `${'word '.repeat(size / 5)}`;
      return insertLine(t, r, `${someIndent(t, r)}huge: ${r.chance(0.5) ? `"${piece}"` : piece}`);
    },
  };
}
