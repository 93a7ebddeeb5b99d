import { test, describe } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import { fixesFor } from '../../server/src/core/fixes/index.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { rules } from '../../server/src/core/rules/index.js';
import type { Rule } from '../../server/src/core/rules/rule.js';
import { ruleCodes, ruleMetadata, validate } from '../../server/src/core/validate.js';
import { addonPack, applyEdits, exportYaml, infraPacks } from './rules-structure-helpers.js';

const addon = { type: 'add-on', cloudType: 'all' } as const;

function run(text: string, severities = {}) {
  return validate(parseProfile(text, 'x.profile.yaml'), emptyCatalog, { severities });
}

describe('validate: syntax, ordering, robustness', () => {
  test('outer YAML errors and values errors are reported at their position', () => {
    const text = `${exportYaml([{ ...addonPack, extra: ['values: |', '  pack:', '    replicas: 1: 2'] }], addon)}  bad: [\n`;
    const codes = run(text).map((f) => f.code);
    assert.ok(codes.includes('yaml-syntax'), codes.join());
    const values = run(text).find((f) => f.code === 'values-syntax');
    assert.ok(values);
    assert.equal(text.slice(values.range[0], values.range[0] + 3), '1: ');
  });

  test('an error inside cluster.config (a YAML string inside values) is reported too', () => {
    const text = exportYaml([{ ...infraPacks[1], name: 'edge-k3s', extra: ['values: |', '  cluster:', '    config: |', '      cluster-cidr: 1: 2'] }]);
    const f = run(text).find((x) => x.code === 'values-syntax');
    assert.ok(f, 'no values-syntax finding for cluster.config');
    assert.ok(f.range[0] > text.indexOf('cluster-cidr'));
  });

  test('findings come sorted by position', () => {
    const text = exportYaml([{ ...addonPack, type: 'helmm' }, { ...addonPack, layer: 'addons' }], { version: '1.0', type: 'Full' });
    const starts = run(text).map((f) => f.range[0]);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(starts.length >= 4);
  });

  test('a rule that throws becomes one internal-error info naming the rule, and the other rules still run', () => {
    const broken: Rule = { code: 'test-broken', severity: 'error', description: 'throws', check: () => { throw new Error('boom'); } };
    rules.push(broken);
    try {
      const findings = run(exportYaml(infraPacks, { version: '1.0' }));
      const internal = findings.filter((f) => f.code === 'internal-error');
      assert.equal(internal.length, 1);
      assert.equal(internal[0].severity, 'info');
      assert.equal(internal[0].data?.rule, 'test-broken');
      assert.ok(findings.some((f) => f.code === 'invalid-profile-version'));
    } finally {
      rules.splice(rules.indexOf(broken), 1);
    }
  });

  test('a rule reporting a range outside the text is clamped into the document', () => {
    const wild: Rule = { code: 'test-wild', severity: 'hint', description: 'bad range', check: () => [{ message: 'x', range: [-5, 1e9] }] };
    rules.push(wild);
    try {
      const text = exportYaml(infraPacks);
      const f = run(text).find((x) => x.code === 'test-wild');
      assert.deepEqual(f?.range, [0, text.length]);
    } finally {
      rules.splice(rules.indexOf(wild), 1);
    }
  });
});

describe('validate: severity overrides', () => {
  const text = exportYaml([{ ...addonPack, type: 'spectro', registry: 'Palette Registry' }], { ...addon, version: '1.0' });

  test('a severity override changes the reported severity', () => {
    const f = run(text, { 'pack-type-mismatch': 'warning' }).find((x) => x.code === 'pack-type-mismatch');
    assert.equal(f?.severity, 'warning');
  });

  test("'off' drops a rule's findings and leaves the others", () => {
    const codes = run(text, { 'pack-type-mismatch': 'off' }).map((f) => f.code);
    assert.ok(!codes.includes('pack-type-mismatch'));
    assert.ok(codes.includes('invalid-profile-version'));
  });
});

describe('validate: inline suppression', () => {
  const base = exportYaml([{ ...addonPack, type: 'spectro', registry: 'Palette Registry' }], addon);
  const suppress = (directive: string) => base.replace('        type: spectro\n', `        ${directive}\n        type: spectro\n`);

  test('a directive naming the code silences the finding on the next line', () => {
    const findings = run(suppress('# palette-profile-disable-next-line pack-type-mismatch -- moving registries next sprint'));
    assert.deepEqual(findings.map((f) => f.code), []);
  });

  test('a directive without codes silences every finding on the next line', () => {
    assert.deepEqual(run(suppress('# palette-profile-disable-next-line')), []);
  });

  test('a directive naming another code silences nothing and is reported unused at that code', () => {
    const text = suppress('# palette-profile-disable-next-line duplicate-pack');
    const codes = run(text).map((f) => f.code);
    assert.deepEqual(codes, ['unused-suppression', 'pack-type-mismatch']);
    const unused = run(text)[0];
    assert.equal(text.slice(unused.range[0], unused.range[1]), 'duplicate-pack');
    assert.deepEqual(unused.tags, ['unnecessary']);
  });

  test('of two codes, only the one that silenced nothing is reported, and its fix removes just that code', () => {
    const text = suppress('# palette-profile-disable-next-line duplicate-pack pack-type-mismatch');
    const profile = parseProfile(text, 'x.profile.yaml');
    const findings = validate(profile);
    assert.deepEqual(findings.map((f) => f.code), ['unused-suppression']);
    const [fix] = fixesFor(profile, findings[0], emptyCatalog);
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /# palette-profile-disable-next-line pack-type-mismatch\n/);
    assert.deepEqual(run(fixed), []);
  });

  test('the fix for a wholly unused directive deletes its line', () => {
    const text = suppress('# palette-profile-disable-next-line duplicate-pack');
    const profile = parseProfile(text, 'x.profile.yaml');
    const [finding] = validate(profile);
    const fixed = applyEdits(text, fixesFor(profile, finding, emptyCatalog)[0].edits);
    assert.equal(fixed, base);
  });

  test('stacked directives both apply to the first line below them', () => {
    const line = '      - { name: hello-universe, type: spectro, layer: addons, tag: 1.3.1, registry: { metadata: { name: Palette Registry } } }';
    const directives = '      # palette-profile-disable-next-line pack-type-mismatch\n      # palette-profile-disable-next-line invalid-enum\n';
    const text = `${exportYaml([], addon)}${directives}${line}\n`;
    assert.deepEqual(run(text).map((f) => f.code), []);
    const unsuppressed = text.replace(/ *# palette-profile-disable-next-line.*\n/g, '');
    assert.deepEqual(run(unsuppressed).map((f) => f.code).sort(), ['invalid-enum', 'pack-type-mismatch']);
  });

  test('a directive inside a values block silences a values error on the next line', () => {
    const text = exportYaml([{ ...addonPack, extra: ['values: |', '  pack:', '    # palette-profile-disable-next-line values-syntax', '    replicas: 1: 2'] }], addon);
    assert.deepEqual(run(text).map((f) => f.code), []);
  });

  test('a directive inside a JSON values string applies to the next line of the values', () => {
    const values = 'pack:\n  # palette-profile-disable-next-line values-syntax\n  replicas: 1: 2\n';
    const json = JSON.stringify({ metadata: { name: 'j' }, spec: { version: '1.0.0', template: { ...addon, packs: [{ name: 'hello-universe', type: 'oci', layer: 'addon', tag: '1.3.1', registry: { metadata: { name: 'Palette Community Registry' } }, values }] } } }, null, 2);
    assert.deepEqual(run(json).map((f) => f.code), []);
    assert.deepEqual(run(json.replace('# palette', '# not-palette')).map((f) => f.code), ['values-syntax']);
  });

  test("suppressing a rule that is 'off' is not reported as unused", () => {
    const text = suppress('# palette-profile-disable-next-line pack-type-mismatch');
    assert.deepEqual(run(text, { 'pack-type-mismatch': 'off' }), []);
  });

  test("unused-suppression itself can be turned off", () => {
    assert.deepEqual(run(suppress('# palette-profile-disable-next-line duplicate-pack'), { 'unused-suppression': 'off', 'pack-type-mismatch': 'off' }), []);
  });
});

describe('rule metadata', () => {
  test('every rule and engine code is listed once with a description and a default severity', () => {
    assert.deepEqual([...ruleCodes], [...new Set(ruleCodes)]);
    for (const code of ['yaml-syntax', 'values-syntax', 'unused-suppression', 'internal-error', ...rules.map((r) => r.code)]) {
      assert.ok(ruleCodes.includes(code), code);
    }
    for (const m of ruleMetadata) {
      assert.match(m.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(m.description.length > 10, m.code);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(m.severity), m.code);
    }
  });

  test('every code has its section in docs/rules.md, which is where diagnostics link', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    const undocumented = ruleCodes.filter((code) => !new RegExp(`^## ${code}$`, 'm').test(doc));
    assert.deepEqual(undocumented, [], 'add a "## <code>" section to docs/rules.md for each');
  });
});
