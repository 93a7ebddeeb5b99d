import type { FixProvider } from './fix-provider.js';
import { resolvedDetail } from '../rules/pack-version.js';
import { defaultsOf } from '../values/defaults-model.js';
import { outerMergeEdits } from '../values/merge-edits.js';
import { mergePlan } from '../values/merge-plan.js';

/** values-incomplete → "Merge complete default values": adds every missing default key, rewrites nothing. */
export const valuesIncompleteFix: FixProvider = {
  code: 'values-incomplete',
  fixes: (profile, finding, catalog) => {
    const pack = profile.packs.find((p) => {
      const at = p.valuesKey ?? p.values?.outerRange;
      return at !== undefined && at[0] === finding.range[0] && at[1] === finding.range[1];
    });
    if (!pack?.values || pack.values.errors.length > 0) return [];
    const got = resolvedDetail(pack, catalog);
    if (!got) return [];
    const plan = mergePlan(pack.values.text, pack.values.doc, defaultsOf(got.detail));
    const edits = outerMergeEdits(pack.values, profile.text, plan.edits);
    if (!edits?.length) return [];
    return [{ title: 'Merge complete default values', code: finding.code, edits, isPreferred: true }];
  },
};
