import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mergeSeverities, parseConfig } from '../../server/src/core/config.js';

describe('.palette-profile.yaml', () => {
  test('rule severities and ignore globs are read', () => {
    const config = parseConfig('rules:\n  mixed-profile: off\n  missing-field: warning\nignore:\n  - vendor/**\n  - "**/*.draft.profile.yaml"\n');
    assert.deepEqual(config.severities, { 'mixed-profile': 'off', 'missing-field': 'warning' });
    assert.deepEqual(config.ignore, ['vendor/**', '**/*.draft.profile.yaml']);
    assert.deepEqual(config.problems, []);
  });

  test('false is accepted as off', () => {
    assert.deepEqual(parseConfig('rules:\n  mixed-profile: false\n').severities, { 'mixed-profile': 'off' });
  });

  test('an unknown rule code is reported with a did-you-mean, at the code, and the rest still applies', () => {
    const text = 'rules:\n  mixed-profiles: off\n  duplicate-pack: info\n';
    const config = parseConfig(text);
    assert.deepEqual(config.severities, { 'duplicate-pack': 'info' });
    assert.equal(config.problems.length, 1);
    assert.match(config.problems[0].message, /Unknown rule code 'mixed-profiles'.*'mixed-profile'/);
    const [s, e] = config.problems[0].range;
    assert.equal(text.slice(s, e), 'mixed-profiles');
  });

  test('an unknown severity is reported at the value', () => {
    const text = 'rules:\n  mixed-profile: loud\n';
    const config = parseConfig(text);
    assert.deepEqual(config.severities, {});
    assert.equal(text.slice(...config.problems[0].range), 'loud');
  });

  test('broken YAML, wrong shapes and unknown keys become problems, never exceptions', () => {
    for (const text of ['rules: [', 'rules: error', '- a\n- b', 'rulez:\n  x: off', 'ignore:\n  - 3', '\u0000\ud800']) {
      const config = parseConfig(text);
      assert.ok(config.problems.length > 0, JSON.stringify(text));
    }
    assert.deepEqual(parseConfig('').problems, []);
  });

  test('merging: defaults < repo file < editor setting', () => {
    const merged = mergeSeverities(
      { 'mixed-profile': 'info', 'missing-field': 'error' },
      { 'mixed-profile': 'off' },
      { 'missing-field': 'warning' },
      undefined,
    );
    assert.deepEqual(merged, { 'mixed-profile': 'off', 'missing-field': 'warning' });
  });
});
