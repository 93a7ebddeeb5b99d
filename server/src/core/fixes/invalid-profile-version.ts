import type { FixProvider } from './fix-provider.js';
import { replaceWithData } from './replace-with-data.js';

/** invalid-profile-version → the strict semver the loose version meant (`1.0` → `1.0.0`, `v1.2.3` → `1.2.3`). */
export const invalidProfileVersionFix: FixProvider = {
  code: 'invalid-profile-version',
  fixes: (profile, finding) => replaceWithData(profile, finding, 'suggestion', (v) => `Change version to '${v}'`),
};
