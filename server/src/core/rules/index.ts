/** Every validation rule, in no particular order (the engine sorts findings). One entry per rule file. */
import type { Rule } from './rule.js';
import { duplicatePack } from './duplicate-pack.js';
import { invalidEnum } from './invalid-enum.js';
import { invalidProfileVersion } from './invalid-profile-version.js';
import { layerComposition } from './layer-composition.js';
import { missingField } from './missing-field.js';
import { mixedProfile } from './mixed-profile.js';
import { packTypeMismatch } from './pack-type-mismatch.js';

export const rules: Rule[] = [
  missingField,
  invalidEnum,
  invalidProfileVersion,
  duplicatePack,
  layerComposition,
  mixedProfile,
  packTypeMismatch,
];
