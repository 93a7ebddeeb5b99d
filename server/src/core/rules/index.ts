/** Every validation rule, in no particular order (the engine sorts findings). One entry per rule file. */
import type { Rule } from './rule.js';
import { duplicatePack } from './duplicate-pack.js';
import { invalidEnum } from './invalid-enum.js';
import { invalidProfileVersion } from './invalid-profile-version.js';
import { layerComposition } from './layer-composition.js';
import { missingField } from './missing-field.js';
import { mixedProfile } from './mixed-profile.js';
import { packTypeMismatch } from './pack-type-mismatch.js';
import { providerImageMismatch } from './provider-image-mismatch.js';
import { providerImageFormat } from './provider-image-format.js';
import { invalidCidr } from './invalid-cidr.js';
import { cidrOverlap } from './cidr-overlap.js';
import { undefinedVariable } from './undefined-variable.js';
import { unusedVariable } from './unused-variable.js';
import { unquotedVariable } from './unquoted-variable.js';
import { unknownMacro } from './unknown-macro.js';
import { catalogRules } from './catalog-rules.js';

export const rules: Rule[] = [
  missingField,
  invalidEnum,
  invalidProfileVersion,
  duplicatePack,
  layerComposition,
  mixedProfile,
  packTypeMismatch,
  providerImageMismatch,
  providerImageFormat,
  invalidCidr,
  cidrOverlap,
  undefinedVariable,
  unusedVariable,
  unquotedVariable,
  unknownMacro,
  ...catalogRules,
];
