import type { Rule } from './rule.js';
import { semverFromLoose } from './semver-from-loose.js';

/**
 * Palette versions profiles with strict semver `major.minor.patch[-pre]` and rejects `v1.2` or `b0.0.1`
 * (librarium version-cluster-profile.md). Build metadata (`+x`) is not in that grammar, so it is flagged too.
 */
export const strictProfileVersion = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export const invalidProfileVersion: Rule = {
  code: 'invalid-profile-version',
  severity: 'error',
  description: 'spec.version is not strict semver major.minor.patch[-pre], which Palette requires.',
  check: ({ profile }) => {
    const field = profile.version;
    if (field === undefined) return [];
    // The parser keeps plain scalars as written, so `1.0` arrives as "1.0", not the number 1.
    const value = String(field.value);
    if (value.trim() === '' || strictProfileVersion.test(value)) return [];
    const suggestion = semverFromLoose(value);
    const hint = suggestion !== undefined ? ` Did you mean '${suggestion}'?` : '';
    return [{
      message: `Profile version '${value}' is not strict semver (major.minor.patch[-pre]).${hint}`,
      range: field.range,
      data: { value, ...(suggestion !== undefined ? { suggestion } : {}) },
    }];
  },
};

