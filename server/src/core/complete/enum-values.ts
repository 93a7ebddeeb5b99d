/** Closed value sets: pack type and layer, profile type, cloud type (FACTS.md §3). */
import type { CatalogSnapshot } from '../catalog.js';
import { cloudTypes, packLayers, packTypes, profileTypes } from '../rules/enums.js';
import { orderKey, type CompletionCandidate } from './candidate.js';
import type { CompletionContext } from './context.js';
import { resolvePack } from './pack-catalog.js';

const profileTypeLabels: Record<string, string> = { cluster: 'Full', infra: 'Infrastructure', 'add-on': 'Add-on', system: 'System' };

type EnumContext = Extract<CompletionContext, { kind: 'pack-field' | 'template-field' }>;

function valuesFor(ctx: EnumContext): readonly string[] | undefined {
  if (ctx.kind === 'template-field') return ctx.field === 'type' ? profileTypes : cloudTypes;
  if (ctx.field === 'type') return packTypes;
  if (ctx.field === 'layer') return packLayers;
  return undefined;
}

/** The enum values of a field; for a pack's type and layer, the catalog's own value is preselected. */
export function enumCandidates(ctx: EnumContext, catalog: CatalogSnapshot): CompletionCandidate[] {
  const values = valuesFor(ctx);
  if (!values) return [];
  const known = ctx.kind === 'pack-field' ? resolvePack(ctx.pack, catalog)?.entry : undefined;
  const expected = ctx.kind === 'pack-field' ? (ctx.field === 'type' ? known?.type : known?.layer) : undefined;
  return values.map((value, i) => ({
    label: value,
    kind: 'enum' as const,
    detail: ctx.kind === 'template-field' && ctx.field === 'type' ? profileTypeLabels[value] : value === expected ? 'this pack' : undefined,
    insertText: ctx.lead + value,
    range: ctx.replace,
    sortText: orderKey(i),
    preselect: value === expected || undefined,
  }));
}
