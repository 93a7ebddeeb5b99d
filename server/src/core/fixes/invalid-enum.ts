import type { FixProvider } from './fix-provider.js';
import { replaceWithData } from './replace-with-data.js';

/** invalid-enum → the nearest valid value the rule found (`data.suggestion`). */
export const invalidEnumFix: FixProvider = {
  code: 'invalid-enum',
  fixes: (profile, finding) => replaceWithData(profile, finding, 'suggestion', (v) => `Change to '${v}'`),
};
