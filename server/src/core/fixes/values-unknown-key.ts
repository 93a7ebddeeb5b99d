import type { FixProvider } from './fix-provider.js';
import { replaceWithData } from './replace-with-data.js';

/** values-unknown-key → rename the key to the default key it most likely meant. */
export const valuesUnknownKeyFix: FixProvider = {
  code: 'values-unknown-key',
  fixes: (profile, finding) => replaceWithData(profile, finding, 'suggestion', (v) => `Rename to '${v}'`),
};
