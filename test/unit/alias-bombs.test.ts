/**
 * Billion laughs: ten anchors of nine aliases each name 9^10 scalars if expanded. In the outer profile, inside
 * a pack's values and inside a pack's catalog defaults, validation, completion, hover and quick fixes must
 * never expand them: everything finishes in bounded time, and no rule fails.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { complete } from '../../server/src/core/complete/index.js';
import { fixesFor } from '../../server/src/core/fixes/index.js';
import { hoverAt } from '../../server/src/core/hover/index.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { fuzzCatalog } from '../fuzz/catalog-snapshot.js';
import { loadCorpus, type Corpus } from '../fuzz/corpus.js';

function bomb(indent: string): string {
  const rows = [`${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i < 10; i++) rows.push(`${indent}l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  rows.push(`${indent}laughs: *l9`, `${indent}<<: *l9`);
  return rows.join('\n');
}

/** Offsets worth probing: every alias and anchor, plus points spread over the text. */
function probes(text: string): number[] {
  const at = [...text.matchAll(/[*&]l\d/g)].map((m) => m.index + 1);
  for (let i = 0; i <= 40; i++) at.push(Math.floor((text.length * i) / 40));
  return at;
}

/** Everything a keystroke and a code-action request run; returns ms taken. */
function exercise(text: string, catalog: CatalogSnapshot): { ms: number; codes: string[]; fixes: string[] } {
  const t0 = performance.now();
  const profile = parseProfile(text, 'file:///bomb.profile.yaml');
  const findings = validate(profile, catalog);
  assert.deepEqual(findings.filter((f) => f.code === 'internal-error').map((f) => f.message), []);
  const fixes: string[] = [];
  for (const f of findings) fixes.push(...fixesFor(profile, f, catalog).flatMap((x) => x.edits.map((e) => e.newText)));
  for (const offset of probes(text)) {
    complete(profile, offset, catalog);
    hoverAt(profile, offset, catalog);
  }
  return { ms: performance.now() - t0, codes: findings.map((f) => f.code), fixes };
}

describe('alias bombs are never expanded', () => {
  let corpus: Corpus;
  let catalog: CatalogSnapshot;
  /** A corpus profile with literal values blocks, its packs in the catalog. */
  let base: string;

  before(async () => {
    corpus = loadCorpus();
    catalog = await fuzzCatalog(corpus);
    const found = corpus.profiles.find((p) => {
      const packs = parseProfile(p.text).packs;
      return packs.some((k) => k.values?.style === 'block-literal') && packs.every((k) => k.name && catalog.packByName(k.name.value)?.length);
    });
    assert.ok(found, 'a profile with a literal values block and every pack in the catalog');
    base = found.text;
  });

  test('a billion-laughs block in the outer profile is validated, completed, hovered and fixed in bounded time', () => {
    const text = `${bomb('')}\n${base}`;
    assert.ok(parseProfile(text).packs.length > 0, 'the packs are still read');
    const { ms } = exercise(text, catalog);
    assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms (an unbounded expansion never finishes)`);
  });

  test('a billion-laughs block inside a pack\'s values is handled in bounded time', () => {
    const text = base.replace(/^( +)values: \|[-+]?\n/m, (header: string, pad: string) => `${header}${bomb(`${pad}  `)}\n`);
    assert.notEqual(text, base);
    const values = parseProfile(text).packs.find((p) => p.values?.text.includes('*l9'))?.values;
    assert.ok(values, 'the bomb is inside a parsed values block');
    const { ms } = exercise(text, catalog);
    assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms (an unbounded expansion never finishes)`);
  });

  test('a billion-laughs block in a pack\'s catalog defaults offers no merge of it and hangs nothing', () => {
    const withBomb: CatalogSnapshot = {
      ...catalog,
      versionDetail: (uid, name, version) => {
        const detail = catalog.versionDetail(uid, name, version);
        return detail && { ...detail, values: `${detail.values}\n${bomb('')}\n` };
      },
    };
    const { ms, codes, fixes } = exercise(base, withBomb);
    assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms (an unbounded expansion never finishes)`);
    assert.ok(codes.includes('values-incomplete'), `the defaults' new keys are reported missing (${codes.join(', ')})`);
    assert.ok(!fixes.some((t) => t.includes('lol')), 'no fix copies the expanded bomb');
  });

  test('no product code converts YAML to JavaScript without an alias bound', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
    const root = join(__dirname, '../../server/src');
    const calls = files(root).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\.toJS\(([^)]*)\)|\.toJSON\(([^)]*)\)/g)].map((m) => ({ f, call: m[0] })));
    assert.ok(calls.length > 0, 'the scan finds the conversions');
    assert.deepEqual(calls.filter((c) => !c.call.includes('maxAliasCount')), []);
  });
});
