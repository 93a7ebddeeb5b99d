import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDocument, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { generateProfile } from '../../bench/generate-profile.js';
import { fastParseDocument } from '../../server/src/core/parse/fast-yaml.js';
import { fixtures, seeded, valuesFiles } from './fixture-values.js';

const options = { prettyErrors: false, uniqueKeys: false };
const comments = new Set(['comment', 'commentBefore', 'spaceBefore']);

/** Every own property of the document and its nodes but comments, with ranges moved by `delta`. */
function shape(node: unknown, delta: number): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((n) => shape(n, delta));
  const o = node as Record<string, unknown>;
  const cls = isDocument(node) ? 'Document' : isMap(node) ? 'YAMLMap' : isSeq(node) ? 'YAMLSeq' : isPair(node) ? 'Pair' : isScalar(node) ? 'Scalar' : '?';
  // The constructor too: the fast parser's nodes must be instances of yaml's classes (fast-yaml-nodes.ts).
  const out: Record<string, unknown> = { cls, ctor: (node as object).constructor };
  const keys = isDocument(node) ? ['range', 'contents', 'errors', 'warnings', 'options', 'directives'] : Object.keys(o);
  for (const k of keys) {
    if (comments.has(k)) continue;
    const range = k === 'range' && Array.isArray(o[k]);
    out[k] = range ? (o[k] as number[]).map((v) => v + delta) : k === 'options' || k === 'directives' ? o[k] : shape(o[k], delta);
  }
  return out;
}

/** Asserts the fast parse, if any, equals yaml's (moved by `offset`) and that yaml saw no problem; true if handled. */
function agrees(text: string, offset = 0): boolean {
  const fast = fastParseDocument(text, options, offset);
  if (!fast) return false;
  const doc = parseDocument(text, options) as Document.Parsed;
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.code);
  assert.deepEqual(problems, [], `yaml reports problems the fast parser accepted in ${JSON.stringify(text)}`);
  assert.deepEqual(shape(fast, 0), shape(doc, offset), JSON.stringify(text));
  return true;
}

/** Top-level sections as chunked-parse cuts them: each key line at column 0 starts one. */
function sections(text: string): Array<{ text: string; offset: number }> {
  const starts = [...text.matchAll(/^[A-Za-z0-9_./"'$][^\n]*$/gm)].map((m) => m.index);
  if (starts.length > 0) starts[0] = 0;
  return starts.map((s, i) => ({ text: text.slice(s, starts[i + 1] ?? text.length), offset: s }));
}

const values = valuesFiles(fixtures).map((path) => readFileSync(path, 'utf8'));

describe('the fast values parser builds the nodes yaml builds, or declines', () => {
  test('every fixture values file and each of its top-level sections parses to yaml\'s nodes and ranges, also at an offset', () => {
    assert.ok(values.length >= 200, `fixtures found: ${values.length}`);
    let all = 0;
    let handled = 0;
    for (const text of values) {
      agrees(text);
      for (const section of sections(text)) {
        all += section.text.length;
        if (agrees(section.text, section.offset) && agrees(section.text)) handled += section.text.length;
      }
    }
    // Measured 98.2%: falling well below means the fast path silently stopped applying.
    assert.ok(handled / all > 0.95, `fast path handled ${((100 * handled) / all).toFixed(1)}% of section characters`);
  });

  test('mutated real values (inserted and deleted indicators, quotes, line breaks, changed indentation) never disagree', () => {
    const rand = seeded(8);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
    const inserts = [':', '-', '"', "'", ' ', '#', '{', '}', '[', ']', '|', '>', '\n', ',', '- ', ': ', ' #', '|-', '\\', '\n  ', '[a, b]', '? ', '&x ', '*x', '!t ', '---', '\t', '\r', '|+', '|2', '\\x4'];
    let handled = 0;
    for (let i = 0; i < 3000; i++) {
      const lines = pick(values).split('\n');
      const from = Math.floor(rand() * lines.length);
      let text = lines.slice(from, from + 3 + Math.floor(rand() * 40)).join('\n') + (rand() < 0.5 ? '\n' : '');
      for (let m = 1 + Math.floor(rand() * 3); m > 0; m--) {
        const at = Math.floor(rand() * (text.length + 1));
        const r = rand();
        if (r < 0.3) text = text.slice(0, at) + text.slice(at + 1);
        else if (r < 0.7) text = text.slice(0, at) + pick(inserts) + text.slice(at);
        else {
          const all = text.split('\n');
          const n = Math.floor(rand() * all.length);
          all[n] = r < 0.85 ? all[n].replace(/^ {1,2}/, '') : ' '.repeat(1 + Math.floor(rand() * 3)) + all[n];
          text = all.join('\n');
        }
      }
      if (agrees(text, i % 7)) handled++;
    }
    assert.ok(handled > 600, `fast path handled ${handled} of 3000 mutations`);
  });

  test('generated structures with comments and blank lines at every indentation never disagree', () => {
    const rand = seeded(21);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
    const scalars = ['&a1 v', '*a1', '&a2 "q"', 'a', 'b c', '1', '-2', '0x1F', '0o7', '1.50', '1e3', '.inf', '.nan', 'True', 'null', '~', '"q"', "'s'", '"a # b"', 'a#b', '"\\u00e9\\t"', "'it''s'", 'http://x:80/y', '{}', '[ ]', '[a, "b" , 1,]', '""', '-x', ':x', 'a:b'];
    const keys = ['k', '"q k"', "'s'", '1', 'true', 'a b', '-k', 'x.y/z', 'k  '];
    const comment = (indent: number): string => ' '.repeat(Math.max(0, indent)) + pick(['#', '# c']);
    const fill = (out: string[], indent: number, depth: number): void => {
      const seq = rand() < 0.3;
      for (let n = 1 + Math.floor(rand() * 4); n > 0; n--) {
        while (rand() < 0.25) out.push(rand() < 0.5 ? ' '.repeat(Math.floor(rand() * 6)) : comment(indent + Math.floor(rand() * 7) - 3));
        const head = ' '.repeat(indent) + (seq ? '-' + ' '.repeat(1 + Math.floor(rand() * 2)) : '');
        const tail = rand() < 0.2 ? ' # t' : rand() < 0.1 ? '  ' : '';
        const column = head.length;
        const v = rand();
        if (seq && v < 0.3) out.push(head + pick(scalars) + tail);
        else if (v < 0.5) out.push(`${head}${pick(keys)}: ${pick(scalars)}${tail}`);
        else if (v < 0.6) out.push(`${head}${pick(keys)}:${tail}`);
        else if (v < 0.7) {
          out.push(`${head}${pick(keys)}: ${pick(['|', '|-', '>', '>-'])}${tail}`);
          const inner = column + 1 + Math.floor(rand() * 3);
          for (let l = Math.floor(rand() * 4); l > 0; l--) out.push(' '.repeat(rand() < 0.2 ? Math.floor(rand() * (inner + 3)) : inner) + pick(['text', '  more', '# not a comment', '']));
        } else if (v < 0.75) out.push(`${head}${pick(keys)}:`, ' '.repeat(column + 2) + pick(scalars));
        else if (depth < 4) {
          out.push(`${head}${pick(keys)}:${rand() < 0.15 ? ' &n' + depth : ''}${tail}`);
          while (rand() < 0.2) out.push(rand() < 0.5 ? '' : comment(column + Math.floor(rand() * 5) - 2));
          fill(out, rand() < 0.2 && !seq ? column : column + 2, depth + 1);
        } else out.push(`${head}${pick(keys)}: x`);
      }
    };
    let handled = 0;
    for (let i = 0; i < 3000; i++) {
      const out: string[] = rand() < 0.3 ? [comment(0)] : [];
      fill(out, rand() < 0.1 ? 2 : 0, 0);
      while (rand() < 0.3) out.push(rand() < 0.5 ? '' : comment(Math.floor(rand() * 6)));
      let text = out.join('\n') + (rand() < 0.7 ? '\n' : '');
      const at = Math.floor(rand() * text.length);
      if (rand() < 0.3) text = text.slice(0, at) + pick(['', ' ', '\n', ':', '#', '-']) + text.slice(at + 1);
      if (agrees(text, i % 5)) handled++;
    }
    assert.ok(handled > 2000, `fast path handled ${handled} of 3000 generated documents`);
  });

  test('edge cases: empty and comment-only texts, empty values, compact sequences, quoting and comments, no final newline', () => {
    const cases = [
      '', '\n', '   ', '# only\n\n# comments\n', 'key:', 'key:\n', 'key: # c\nnext: 1', 'a:\n\n# c\n\nb:\n  # d\nc: 1\n',
      '- a\n- b', '- \n  a: b', 'a:\n- b\n- c\nd: e', 'a:\n  - b\n  # c\n  - c: d\n    e: f\n', '- a: b\n  c: d\n- e',
      'a: {}\nb: []\nc: { }\nd: [ ]', 'a: [x, "y" , \'z\',]  # c', '"quoted key": 1', "'single': x", 'key: "a # b"', 'key: a#b',
      'key: a # c', 'a: b   \n', 'a: b', 'a:\n  b: c\n  # trailing\n', 'a:\n  b: c\n    # deeper\n\n    # again\nd: e',
      'a: |\n  x\n\n  y\n', 'a: |-\n    kept\n  \nb: 1', 'a: |\n  x\n  \n    y\n \n   \n\nb: 1', 'a: |-\n  x\n  \n  ', 'a: >\n  folded\n  text\n\n  para\n   more\nb: 1', 'a: >-\n  x\n',
      'a: |\nb: 1', 'a:\n  "on the next line"', 'a:\n  []\n', 'n: [~, null, true, False, 0x1F, 0o17, 1.50, 1e3, .inf, -.Inf, .nan, 012, +1, "1"]',
      'a: "\\u00e9\\x41\\n\\\\ \\"q\\""', "a: 'it''s'", 'url: http://host:80/path', '  indented: root\n  second: 2\n',
      // Anchors and aliases (Helm values share settings so, and merge keys are plain `<<` keys in YAML 1.2).
      'a: &x 1\nb: *x', 'a: &m\n  k: v\nb: *m\nc:\n  <<: *m\n  d: 1\n', '- &s x\n- *s\n', 'a: &q "quoted"\nb: &l |\n  lit\nc: *q # c\n',
      'a:\n  - &i\n    k: v\n  - *i\n', 'a: &m # why\n  k: v\n', 'a: &f [x, y]\nb: *f\n    # deeper comment\nc: 1', 'a: &x-1.y/z v\nb: *x-1.y/z',
    ];
    for (const text of cases) assert.ok(agrees(text) && agrees(text, 1000), `not handled: ${JSON.stringify(text)}`);
  });

  test('anything outside the subset is left to yaml', () => {
    const outside = [
      '&x a: 1', 'a: &x\nb: 1', 'a: &x # c\n', '- &x\n- a', 'a: & 1', 'a: &x: 1', 'a: *x:', 'a: *x y', 'a: &x &y 1', 'a: &b *b', 'a: &x\n  b', 'a: [*x]', 'a: !!str 1', '%YAML 1.2\n---\na: 1', '---\na: 1', 'a: 1\n...\n', '? complex\n: key', 'a:\tb', 'a: 1\r\nb: 2',
      '\uFEFFa: 1', 'a: multi\n  line', 'a: "multi\n  line"', 'a: {b: c}', 'a: [[x]]', 'a: [x\n]', 'a: |+\n  x\n', 'a: |2\n  x\n',
      '- \n- a', 'a:\n  b: 1\n c: 2', 'a: b: c', 'scalar', 'a:\n  |\n  x', 'a: "x" y', 'a: "x"#c', 'a: - b', 'a: "\\q"', '- - a',
    ];
    for (const text of outside) assert.equal(fastParseDocument(text, options), undefined, JSON.stringify(text));
    assert.equal(fastParseDocument('a: 1', { prettyErrors: false }), undefined, 'yaml checks duplicate keys itself');
  });
});

describe('the fast parser reads whole profile documents (the outer parse) as yaml does', () => {
  const outerOptions = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false } as const;
  const outerAgrees = (text: string): boolean => {
    const fast = fastParseDocument(text, outerOptions);
    if (!fast) return false;
    const doc = parseDocument(text, outerOptions) as Document.Parsed;
    assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.code), [], `yaml reports problems the fast parser accepted in ${text.slice(0, 200)}`);
    assert.deepEqual(shape(fast, 0), shape(doc, 0), text.slice(0, 200));
    return true;
  };
  const profileFiles = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String)
    .filter((f) => /\.ya?ml$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
  const profiles = [
    ...profileFiles(join(fixtures, 'profiles')),
    ...profileFiles(resolve(__dirname, '../../examples')),
    ...profileFiles(resolve(__dirname, '../fixtures/profiles')),
    generateProfile(1000).text,
    generateProfile(10000).text,
  ];

  test('real exports, examples, the golden corpus and generated 1k/10k-line profiles with their values blocks', () => {
    assert.ok(profiles.length >= 50, `profiles found: ${profiles.length}`);
    const handled = profiles.filter(outerAgrees).length;
    // Measured: all but one (a flow mapping in the outer document) are read by the fast parser.
    assert.ok(handled >= profiles.length - 3, `fast path handled ${handled} of ${profiles.length} profiles`);
  });

  test('mutated profiles (edits in and around values blocks, headers, indentation) never disagree', () => {
    const rand = seeded(34);
    const inserts = [':', '-', '"', ' ', '#', '|', '|-', '>', '\n', '- ', ': ', '\n  ', '\n        ', '{{ .spectro.x }}', '\t', '---'];
    let handled = 0;
    for (let i = 0; i < 1500; i++) {
      let text = profiles[i % (profiles.length - 1)];
      for (let m = 1 + Math.floor(rand() * 3); m > 0; m--) {
        const at = Math.floor(rand() * (text.length + 1));
        const r = rand();
        if (r < 0.35) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
        else text = text.slice(0, at) + inserts[Math.floor(rand() * inserts.length)] + text.slice(at);
      }
      if (outerAgrees(text)) handled++;
    }
    assert.ok(handled > 300, `fast path handled ${handled} of 1500 mutated profiles`);
  });
});
