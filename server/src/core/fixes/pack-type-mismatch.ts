import type { FixProvider } from './fix-provider.js';
import { replaceWithData } from './replace-with-data.js';

/** pack-type-mismatch → the type the pack has in its registry (`data.expected`). */
export const packTypeMismatchFix: FixProvider = {
  code: 'pack-type-mismatch',
  fixes: (profile, finding) => {
    const registry = typeof finding.data?.registry === 'string' ? ` (as in '${finding.data.registry}')` : '';
    return replaceWithData(profile, finding, 'expected', (v) => `Set type to '${v}'${registry}`);
  },
};
