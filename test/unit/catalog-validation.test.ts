import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { validate } from '../../server/src/core/validate.js';
import { fixesFor } from '../../server/src/core/fixes/index.js';
import { parseDefaults } from '../../server/src/core/values/defaults-model.js';
import { emulatorCatalog, type EmulatorCatalog } from '../fixtures/emulator-catalog.js';
import { applyEdits, onlyAddsLines, packCentralValues, yamlProfile } from './values-merge-profile.js';

const thanos = { name: 'thanos', version: '17.6.0', registry: 'Palette Community Registry', type: 'oci', layer: 'addon' };

describe('catalog validation against the emulator', () => {
  let ec: EmulatorCatalog;
  before(async () => {
    ec = await emulatorCatalog();
  });
  after(async () => {
    await ec.stop();
  });

  test('values-incomplete on thanos 17.6.0 lists the exact missing paths and the merge fix clears it, only adding lines', async () => {
    const defaults = packCentralValues('thanos-17.6.0');
    // Drop two whole top-level blocks of charts.thanos: every key under them is missing at once.
    const partial = defaults.replace(/^ {4}query:\n(?: {6}.*\n|\n)+/m, '').replace(/^ {4}ruler:\n(?: {6}.*\n|\n)+/m, '');
    assert.ok(partial.length < defaults.length - 1000);
    const text = yamlProfile(thanos, partial);
    const profile = parseProfile(text, 'thanos.yaml');
    const snapshot = await ec.load(packRefs(profile));
    const finding = validate(profile, snapshot).find((f) => f.code === 'values-incomplete');
    assert.ok(finding, 'values-incomplete not reported');
    assert.deepEqual(finding.data?.paths, ['charts.thanos.query', 'charts.thanos.ruler']);
    const fix = fixesFor(profile, finding, snapshot).find((f) => f.title === 'Merge complete default values');
    assert.ok(fix);
    const merged = applyEdits(text, fix.edits);
    assert.ok(onlyAddsLines(text, merged));
    const after = parseProfile(merged, 'thanos.yaml');
    assert.deepEqual(after.syntaxErrors, []);
    assert.deepEqual(after.packs[0].values?.errors, []);
    assert.deepEqual(validate(after, snapshot).filter((f) => f.code === 'values-incomplete'), []);
    assert.deepEqual(after.packs[0].values?.doc.toJS(), parseDefaults(defaults).doc.toJS());
  });

  test('editing one pack\'s values re-validates without a single new request', async () => {
    const text = yamlProfile(thanos, packCentralValues('thanos-17.6.0'));
    const first = parseProfile(text, 'thanos.yaml');
    await ec.load(packRefs(first));
    const before = ec.emulator.requestLog.length;
    const edited = text.replace('          pack:\n', '          pack:\n            typo: 1\n');
    const second = parseProfile(edited, 'thanos.yaml');
    const snapshot = await ec.load(packRefs(second));
    assert.equal(ec.emulator.requestLog.length, before, JSON.stringify(ec.emulator.requestLog.slice(before).map((r) => r.path)));
    assert.deepEqual(validate(second, snapshot).filter((f) => f.code !== 'outdated-version').map((f) => f.code), []);
  });

  test('a kubernetes version among 63 (more than one page of 50) resolves: oldest and newest alike', async () => {
    for (const version of ['1.27.2', '1.35.2']) {
      const text = yamlProfile({ name: 'kubernetes', version, registry: 'Public Repo', type: 'spectro', layer: 'k8s' }, 'pack:\n  x: 1\n', 'edge');
      const profile = parseProfile(text, 'k.yaml');
      const codes = validate(profile, await ec.load(packRefs(profile))).map((f) => f.code);
      assert.ok(!codes.includes('unknown-version') && !codes.includes('catalog-unavailable'), `${version}: ${codes.join(', ')}`);
    }
  });
});
