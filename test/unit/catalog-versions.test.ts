import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, isConcreteTag, matchesTag, newestMatching, recommendedK8s } from '../../server/src/core/versions.js';

describe('version ordering over the version strings Palette really uses', () => {
  test('real pack versions sort numerically, pre-releases before and revisions after their release', () => {
    const shuffled = ['1.10.0', 'v1.8.7', '1.9.2', '1.10.0-rc.1', '1.10.0-rev2', '0.30.0-5.5.2026', '0.30.0', '23.01.0', '1.5', '2.0.2-up.3', '2.0.2-up.10'];
    assert.deepEqual([...shuffled].sort(compareVersions), [
      '0.30.0', '0.30.0-5.5.2026', '1.5', 'v1.8.7', '1.9.2', '1.10.0-rc.1', '1.10.0', '1.10.0-rev2', '2.0.2-up.3', '2.0.2-up.10', '23.01.0',
    ]);
  });

  test('text that is no version sorts below every version instead of throwing', () => {
    assert.ok(compareVersions('latest', '0.0.1') < 0);
    assert.equal(compareVersions('1.2.3', '1.2.3'), 0);
  });

  test('tag patterns match their line, including the LTS__ form and two-segment versions', () => {
    assert.ok(matchesTag('1.32.x', '1.32.10'));
    assert.ok(matchesTag('1.32.x', '1.32.4-rev2'));
    assert.ok(!matchesTag('1.32.x', '1.33.0'));
    assert.ok(!matchesTag('1.3.x', '1.32.0'));
    assert.ok(matchesTag('LTS__22.4.x', '22.04'));
    assert.ok(matchesTag('LTS__20.04', '20.04'));
    assert.ok(matchesTag('v1.2.0', '1.2.0'));
    assert.ok(!matchesTag('1.2.0', '1.2.1'));
    assert.ok(isConcreteTag('1.32.4') && isConcreteTag('LTS__20.04'));
    assert.ok(!isConcreteTag('1.32.x') && !isConcreteTag('LTS__22.4.x'));
  });

  test('a floating tag resolves to the newest matching version, not the last listed', () => {
    assert.equal(newestMatching('1.32.x', ['1.32.9', '1.32.10', '1.32.2', '1.33.1']), '1.32.10');
    assert.equal(newestMatching('1.31.x', ['1.32.9']), undefined);
  });

  test('Kubernetes advice is the newest patch of the previous minor', () => {
    assert.equal(recommendedK8s(['1.33.1', '1.32.2', '1.32.10', '1.31.5', '1.33.0-rc.1', '1.34.0-rc.1', '1.33.x']), '1.32.10');
    assert.equal(recommendedK8s(['1.9.3', '1.10.1', '1.9.10']), '1.9.10');
    assert.equal(recommendedK8s(['1.30.1', '1.30.2']), undefined);
  });
});
