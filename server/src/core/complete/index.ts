/** Completion: find the cursor's context, then ask the one provider for that context. Never throws. */
import type { CatalogSnapshot } from '../catalog.js';
import type { ProfileDocument } from '../model.js';
import type { CompletionCandidate } from './candidate.js';
import { completionContext } from './context.js';
import { enumCandidates } from './enum-values.js';
import { packMacroCandidates, systemMacroCandidates } from './macro-name.js';
import { packNameCandidates, type PackNameOptions } from './pack-name.js';
import { versionCandidates } from './pack-version.js';
import { registryCandidates } from './registry-name.js';
import { valuesKeyCandidates } from './values-key.js';
import { variableCandidates } from './variable-name.js';

export type { CompletionCandidate } from './candidate.js';
export { completionContext, type CompletionContext } from './context.js';

/** Completion candidates at outer offset `offset`, in the order to show them. */
export function complete(profile: ProfileDocument, offset: number, catalog: CatalogSnapshot, o: PackNameOptions = {}): CompletionCandidate[] {
  const ctx = completionContext(profile, offset);
  switch (ctx.kind) {
    case 'macro':
      if (ctx.macro === 'var') return variableCandidates(ctx, profile);
      return ctx.macro === 'system' ? systemMacroCandidates(ctx) : packMacroCandidates(ctx, profile);
    case 'values-key':
      return valuesKeyCandidates(ctx, catalog);
    case 'template-field':
      return enumCandidates(ctx, catalog);
    case 'pack-field':
      if (ctx.field === 'name') return packNameCandidates(ctx, profile, catalog, o);
      if (ctx.field === 'tag' || ctx.field === 'version') return versionCandidates(ctx, catalog);
      if (ctx.field === 'registryName' || ctx.field === 'registryUid') return registryCandidates(ctx, catalog);
      return enumCandidates(ctx, catalog);
    default:
      return [];
  }
}
