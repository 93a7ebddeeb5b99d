import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { formatFindings, goldenDiff, listCases, readExpected, readProfile, writeExpected } from '../fixtures/golden.js';

// UPDATE_GOLDEN=1 rewrites the .findings.txt files from the current output; review the git diff afterwards.
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden profile corpus (core)', () => {
  const cases = listCases();

  test('the corpus has cases and every case has its findings file', () => {
    assert.ok(cases.length >= 16, `only ${cases.length} cases`);
    const names = cases.map((c) => c.name);
    assert.deepEqual(names, [...new Set(names)], 'two profiles share a case name (x.profile.yaml and x.profile.json)');
    for (const c of cases) assert.ok(update || existsSync(c.findingsPath), `${c.name}: missing ${c.findingsPath}`);
  });

  for (const c of cases) {
    test(`${c.name} reports exactly its expected findings`, () => {
      const text = readProfile(c);
      const findings = validate(parseProfile(text, c.profilePath));
      const actual = formatFindings(text, findings);
      if (update) writeExpected(c, actual);
      const diff = goldenDiff(update ? actual : readExpected(c), actual);
      assert.equal(diff, '', `${c.name}:\n${diff}`);
      assert.ok(!findings.some((f) => f.code === 'internal-error'), `${c.name}: a rule threw`);
    });
  }
});
