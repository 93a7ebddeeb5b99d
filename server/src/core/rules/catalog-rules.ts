/** The rules that read registry data (PRODUCT.md §3 "Catalog" and "Values"), registered as one group. */
import type { Rule } from './rule.js';
import { ambiguousPack } from './ambiguous-pack.js';
import { catalogUnavailable } from './catalog-unavailable.js';
import { cloudTypeMismatch } from './cloud-type-mismatch.js';
import { deprecatedVersion } from './deprecated-version.js';
import { disabledVersion } from './disabled-version.js';
import { k8sVersionAdvice } from './k8s-version-advice.js';
import { outdatedVersion } from './outdated-version.js';
import { packDependency } from './pack-dependency.js';
import { schemaConstraint } from './schema-constraint.js';
import { unknownPack } from './unknown-pack.js';
import { unknownRegistry } from './unknown-registry.js';
import { unknownVersion } from './unknown-version.js';
import { valuesIncomplete } from './values-incomplete.js';
import { valuesTypeMismatch } from './values-type-mismatch.js';
import { valuesUnknownKey } from './values-unknown-key.js';

export const catalogRules: Rule[] = [
  catalogUnavailable,
  unknownRegistry,
  unknownPack,
  ambiguousPack,
  unknownVersion,
  disabledVersion,
  deprecatedVersion,
  outdatedVersion,
  cloudTypeMismatch,
  packDependency,
  valuesIncomplete,
  valuesUnknownKey,
  valuesTypeMismatch,
  schemaConstraint,
  k8sVersionAdvice,
];
