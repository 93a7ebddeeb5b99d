/** Quick fixes of the catalog rules, registered as one group. */
import type { FixProvider } from './fix-provider.js';
import { packRegistrySwitchFix } from './pack-registry-switch.js';
import { unknownPackFix } from './unknown-pack.js';
import { valuesIncompleteFix } from './values-incomplete.js';
import { valuesUnknownKeyFix } from './values-unknown-key.js';
import { versionFixes } from './version-bump.js';

export const catalogFixes: FixProvider[] = [packRegistrySwitchFix, unknownPackFix, valuesIncompleteFix, valuesUnknownKeyFix, ...versionFixes];
