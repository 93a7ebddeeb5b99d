import type { CatalogSnapshot } from '../catalog.js';
import type { Finding, Severity } from '../finding.js';
import type { PackEntry, ProfileDocument } from '../model.js';

export interface RuleContext {
  profile: ProfileDocument;
  catalog: CatalogSnapshot;
}

/** A finding as a rule reports it: code and severity are filled in from the rule. */
export type RuleFinding = Omit<Finding, 'code' | 'severity'> & { severity?: Severity; code?: string };

/**
 * A validation rule. `code` equals the rule's file name. Implement `checkPack` when the rule reads only one
 * pack (plus the catalog): the engine then re-runs it only for packs whose text changed. Implement `check`
 * when the rule looks across packs or at the profile as a whole. Besides the pack, `checkPack` may read only
 * the profile's cloudType, form and whether it is a profile (its results are cached keyed by those:
 * pack-findings-cache.ts), and reports ranges inside the pack.
 */
export interface Rule {
  code: string;
  severity: Severity;
  /** One-line description for docs, SARIF rule metadata and settings. */
  description: string;
  needsCatalog?: boolean;
  check?(ctx: RuleContext): RuleFinding[];
  checkPack?(pack: PackEntry, ctx: RuleContext): RuleFinding[];
}
