/** Quick fixes by finding code. One entry per fix file; the LSP turns them into code actions, the CLI into --fix. */
import type { CatalogSnapshot } from '../catalog.js';
import type { Finding, Fix } from '../finding.js';
import type { ProfileDocument } from '../model.js';
import type { FixProvider } from './fix-provider.js';
import { invalidEnumFix } from './invalid-enum.js';
import { invalidProfileVersionFix } from './invalid-profile-version.js';
import { packTypeMismatchFix } from './pack-type-mismatch.js';
import { unusedSuppressionFix } from './unused-suppression.js';
import { providerImageMismatchFix } from './provider-image-mismatch.js';
import { providerImageFormatFix } from './provider-image-format.js';
import { invalidCidrFix } from './invalid-cidr.js';
import { undefinedVariableFix } from './undefined-variable.js';
import { unquotedVariableFix } from './unquoted-variable.js';
import { unknownMacroFix } from './unknown-macro.js';
import { catalogFixes } from './catalog-fixes.js';

export const fixProviders: FixProvider[] = [
  invalidEnumFix,
  invalidProfileVersionFix,
  packTypeMismatchFix,
  unusedSuppressionFix,
  providerImageMismatchFix,
  providerImageFormatFix,
  invalidCidrFix,
  undefinedVariableFix,
  unquotedVariableFix,
  unknownMacroFix,
  ...catalogFixes,
];

/** Every fix for a finding. Never throws: a failing provider offers nothing. */
export function fixesFor(profile: ProfileDocument, finding: Finding, catalog: CatalogSnapshot): Fix[] {
  const out: Fix[] = [];
  for (const provider of fixProviders) {
    if (provider.code !== finding.code) continue;
    try {
      out.push(...provider.fixes(profile, finding, catalog));
    } catch {
      // A fix bug must not take the code-action request down; the finding itself still shows.
    }
  }
  return out;
}
