import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNode, isScalar, visit } from 'yaml';
import { generateProfile } from '../../bench/generate-profile.js';
import type { ProfileDocument } from '../../server/src/core/model.js';
import { changeBetween, composeChanges, reparseAfterEdit, type TextChange } from '../../server/src/core/parse/incremental.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { changeSourceStats, noteEdit, parseDocumentText } from '../../server/src/lsp/document-parse.js';

const fixtures = resolve(__dirname, '../../../shared/fixtures/profiles');
const examples = resolve(__dirname, '../../examples');
const profiles = ([
  ...readdirSync(fixtures).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(resolve(fixtures, f), 'utf8')] as [string, string]),
  ...readdirSync(examples).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(resolve(examples, f), 'utf8')] as [string, string]),
  ['generated 1k', generateProfile(1000).text],
] as Array<[string, string]>).filter(([, text]) => parseProfile(text).packs.some((p) => p.values?.style === 'block-literal'));

/** Deterministic pseudo-random numbers (mulberry32), so a failure names a reproducible seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = ['x', 'key: ', ': ', '\n', '\n  ', '\n        ', '\n          extra: 1', '\n  dedented: 1', '"', "'", '#', '- ', '{', '}', '\t', ' ', '|', '{{ .spectro.macro }}', 'é', '\r\n', '\n---\n', '&a ', '*a'];

/** A random insert / delete / replace, mostly inside a pack's values content. */
function randomEdit(text: string, profile: ProfileDocument, next: () => number): string {
  const withValues = profile.packs.filter((p) => p.values);
  let at = Math.floor(next() * (text.length + 1));
  if (withValues.length > 0 && next() < 0.9) {
    const [cs, ce] = withValues[Math.floor(next() * withValues.length)].values!.contentRange;
    at = cs + Math.floor(next() * (ce - cs + 1));
  }
  // Mostly typing (one character in, one out), sometimes anything.
  if (next() < 0.6) return next() < 0.7 ? text.slice(0, at) + 'ab: 1'[Math.floor(next() * 5)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  const remove = next() < 0.4 ? Math.floor(next() * (next() < 0.8 ? 4 : 200)) : 0;
  const insert = next() < 0.7 ? pieces[Math.floor(next() * pieces.length)] : '';
  return text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
}

/** Every outer node's range and scalar value and every outer error: what features read from the AST. */
function shape(profile: ProfileDocument): string[] {
  const out = profile.ast.errors.map((e) => `error ${e.code} ${e.pos.join(',')}`);
  visit(profile.ast, (_key, node) => {
    if (isNode(node)) out.push(`${node.constructor.name} ${node.range?.join(',')} ${isScalar(node) ? String(node.value) : ''}`);
  });
  return out;
}

describe('typing inside a pack\'s values reuses the outer parse without changing any result', () => {
  test('random edits of real profiles give exactly the findings, model and outer AST of a full parse', () => {
    let reused = 0;
    let edits = 0;
    for (const [name, original] of profiles) {
      for (let seed = 1; seed <= 4; seed++) {
        const next = random(seed * 7919 + name.length);
        let prev = parseProfile(original, 'file:///p.yaml');
        for (let step = 0; step < 20; step++) {
          const text = randomEdit(prev.text, prev, next);
          const full = parseProfile(text, 'file:///p.yaml');
          const prevShape = shape(prev);
          const incremental = reparseAfterEdit(prev, changeBetween(prev.text, text), text);
          // The previous version's AST stays as it was (its analysis may still be read).
          assert.deepEqual(shape(prev), prevShape);
          edits++;
          if (incremental) {
            reused++;
            const where = `${name}, seed ${seed}, step ${step}`;
            assert.deepEqual(validate(incremental), validate(full), where);
            assert.deepEqual(shape(incremental), shape(full), where);
            assert.deepEqual(incremental.syntaxErrors, full.syntaxErrors, where);
            assert.deepEqual(
              incremental.packs.map((p) => [p.range, p.name, p.values?.text, p.values?.contentRange, p.values?.errors]),
              full.packs.map((p) => [p.range, p.name, p.values?.text, p.values?.contentRange, p.values?.errors]),
              where,
            );
          }
          // Once the outer structure is broken every later edit is parsed whole: start again from the original.
          prev = full.ast.errors.length > 0 ? parseProfile(original, 'file:///p.yaml') : (incremental ?? full);
        }
      }
    }
    // The guard must let ordinary typing through, or the test proves nothing.
    assert.ok(reused > edits / 3, `only ${reused} of ${edits} edits were incremental`);
  });

  test('an edit that dedents a values line, or edits outside values, is parsed whole', () => {
    const text = readFileSync(resolve(examples, 'vsphere-infra.profile.yaml'), 'utf8');
    const prev = parseProfile(text);
    const pack = prev.packs.find((p) => p.values?.style === 'block-literal' && p.values.text.split('\n').length > 4)!;
    const [cs, ce] = pack.values!.contentRange;
    const middle = text.indexOf('\n', cs + Math.floor((ce - cs) / 2));
    const dedented = text.slice(0, middle) + '\nnot-in-values: 1' + text.slice(middle);
    assert.equal(reparseAfterEdit(prev, changeBetween(text, dedented), dedented), undefined);
    const outer = text.replace('metadata:', 'metadata: ');
    assert.equal(reparseAfterEdit(prev, changeBetween(text, outer), outer), undefined);
    const inside = text.slice(0, middle) + ' # typed' + text.slice(middle);
    assert.ok(reparseAfterEdit(prev, changeBetween(text, inside), inside));
  });

  test('the open document\'s parse after a dedenting edit reports what a fresh parse reports', () => {
    const text = readFileSync(resolve(examples, 'platform-addons.profile.yaml'), 'utf8');
    const uri = 'file:///incremental-open.yaml';
    parseDocumentText(uri, text);
    const pack = parseProfile(text).packs.find((p) => p.values)!;
    const at = text.indexOf('\n', pack.values!.contentRange[0] + 1);
    const edited = text.slice(0, at) + '\nspec: broken' + text.slice(at);
    assert.deepEqual(validate(parseDocumentText(uri, edited)), validate(parseProfile(edited)));
  });

  test('random edits anywhere in an open document (outer structure too) give what a fresh parse gives, reusing untouched packs', () => {
    let reusedPacks = 0;
    for (const [name, original] of profiles) {
      for (let seed = 1; seed <= 3; seed++) {
        const next = random(seed * 104_729 + name.length);
        const uri = `file:///reuse-${seed}-${name}`;
        let text = original;
        let prev = parseDocumentText(uri, text);
        for (let step = 0; step < 15; step++) {
          // Anywhere at all: about half of these land outside every values block, so the outer text is parsed again.
          const at = Math.floor(next() * (text.length + 1));
          const insert = next() < 0.7 ? pieces[Math.floor(next() * pieces.length)] : '';
          text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + (next() < 0.5 ? Math.floor(next() * 6) : 0)));
          const mine = parseDocumentText(uri, text);
          const full = parseProfile(text, uri);
          const where = `${name}, seed ${seed}, step ${step}`;
          assert.deepEqual(validate(mine), validate(full), where);
          assert.deepEqual(
            mine.packs.map((p) => [p.range, p.values?.text, p.values?.outerRange, p.values?.contentRange, p.values?.errors, p.values && shape({ ...full, ast: p.values.doc } as ProfileDocument)]),
            full.packs.map((p) => [p.range, p.values?.text, p.values?.outerRange, p.values?.contentRange, p.values?.errors, p.values && shape({ ...full, ast: p.values.doc } as ProfileDocument)]),
            where,
          );
          for (const pack of mine.packs) if (pack.values && prev.packs.some((p) => p.values?.doc === pack.values!.doc)) reusedPacks++;
          prev = mine;
        }
      }
    }
    assert.ok(reusedPacks > 200, `only ${reusedPacks} pack parses were carried over`);
  });

  test('changeBetween finds the one replacement between two long texts', () => {
    const a = 'a'.repeat(10_000) + 'XYZ' + 'b'.repeat(9_000);
    const b = 'a'.repeat(10_000) + 'Q' + 'b'.repeat(9_000);
    assert.deepEqual(changeBetween(a, b), { start: 10_000, oldEnd: 10_003, newEnd: 10_001 });
    assert.deepEqual(changeBetween('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changeBetween('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
  });
});

describe('the editor\'s own changes stand in for comparing texts', () => {
  /** A random replacement in `text`: where, how much goes, what comes in. */
  function randomChange(text: string, next: () => number): { change: TextChange; after: string } {
    const start = Math.floor(next() * (text.length + 1));
    const oldEnd = Math.min(text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * (next() < 0.8 ? 3 : 40))));
    const insert = next() < 0.75 ? pieces[Math.floor(next() * pieces.length)] : '';
    return { change: { start, oldEnd, newEnd: start + insert.length }, after: text.slice(0, start) + insert + text.slice(oldEnd) };
  }

  test('changes composed one after another cover exactly what differs: the text outside them is the old text', () => {
    const next = random(2027);
    for (let round = 0; round < 3000; round++) {
      const first = 'abcdefghij'.repeat(1 + Math.floor(next() * 4));
      let text = first;
      let composed: TextChange | undefined;
      for (let k = 1 + Math.floor(next() * 6); k > 0; k--) {
        const { change, after } = randomChange(text, next);
        composed = composed ? composeChanges(composed, change) : change;
        text = after;
      }
      const c = composed!;
      const where = `round ${round}: ${JSON.stringify(c)} from ${first.length} to ${text.length} characters`;
      assert.ok(c.start <= c.oldEnd && c.start <= c.newEnd && c.oldEnd <= first.length && c.newEnd <= text.length, where);
      assert.equal(text.slice(0, c.start), first.slice(0, c.start), where);
      assert.equal(text.slice(c.newEnd), first.slice(c.oldEnd), where);
    }
  });

  test('keystrokes the editor reports, several between parses, give what a fresh parse gives and are not compared again', () => {
    let noted = 0;
    let changed = 0;
    for (const [name, original] of profiles) {
      const next = random(31 + name.length);
      const uri = `file:///noted-${name}`;
      let text = original;
      let lastParsed = text;
      parseDocumentText(uri, text);
      for (let step = 0; step < 12; step++) {
        for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
          const profile = parseProfile(text, uri);
          const withValues = profile.packs.filter((p) => p.values);
          let change: TextChange;
          let after: string;
          if (withValues.length > 0 && next() < 0.8) {
            // Typing inside a values block, as the benchmark does.
            const [cs, ce] = withValues[Math.floor(next() * withValues.length)].values!.contentRange;
            const at = cs + Math.floor(next() * (ce - cs + 1));
            const ch = 'ab: 1\n'[Math.floor(next() * 6)];
            change = { start: at, oldEnd: at, newEnd: at + 1 };
            after = text.slice(0, at) + ch + text.slice(at);
          } else {
            ({ change, after } = randomChange(text, next));
          }
          noteEdit(uri, text, change, after);
          text = after;
        }
        const before = changeSourceStats();
        if (text !== lastParsed) changed++;
        lastParsed = text;
        const mine = parseDocumentText(uri, text);
        noted += changeSourceStats().noted - before.noted;
        const where = `${name}, step ${step}`;
        const full = parseProfile(text, uri);
        assert.deepEqual(validate(mine), validate(full), where);
        assert.deepEqual(
          mine.packs.map((p) => [p.range, p.values?.text, p.values?.outerRange, p.values?.contentRange, p.values?.errors]),
          full.packs.map((p) => [p.range, p.values?.text, p.values?.outerRange, p.values?.contentRange, p.values?.errors]),
          where,
        );
      }
    }
    // Every parse of a changed text took the editor's change (a burst that ends where it began is no change).
    assert.ok(changed > profiles.length * 10);
    assert.equal(noted, changed);
  });

  test('a change noted for other texts is not taken: the texts are compared', () => {
    const text = profiles[0][1];
    const uri = 'file:///noted-stale';
    parseDocumentText(uri, text);
    const edited = text.replace('name:', 'name: x');
    // Noted against a text this parse never saw: it must not be believed.
    noteEdit(uri, `${text} `, { start: 0, oldEnd: 0, newEnd: 7 }, edited);
    const before = changeSourceStats();
    assert.deepEqual(validate(parseDocumentText(uri, edited)), validate(parseProfile(edited, uri)));
    assert.equal(changeSourceStats().compared, before.compared + 1);
  });
});
