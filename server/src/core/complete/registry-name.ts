/**
 * Registry names for `registry.metadata.name` (and uids for `registryUid`). When the pack is known, only the
 * registries that hold it are offered, so the choice cannot produce an unknown-pack error.
 */
import type { CatalogSnapshot } from '../catalog.js';
import { packName } from '../pack-refs.js';
import { orderKey, type CompletionCandidate } from './candidate.js';
import type { CompletionContext } from './context.js';

type FieldContext = Extract<CompletionContext, { kind: 'pack-field' }>;

export function registryCandidates(ctx: FieldContext, catalog: CatalogSnapshot): CompletionCandidate[] {
  const name = packName(ctx.pack.name);
  const holding = name ? (catalog.packByName(name) ?? []) : [];
  const holders = new Set(holding.map((e) => e.registryUid));
  const registries = catalog.registries().filter((r) => holders.size === 0 || holders.has(r.uid));
  return registries.map((r, i) => {
    const latest = holding.find((e) => e.registryUid === r.uid)?.latestVersion;
    const byUid = ctx.field === 'registryUid';
    return {
      label: byUid ? r.uid : r.name,
      kind: 'registry' as const,
      detail: [byUid ? r.name : r.kind, latest && `${name} ${latest}`].filter(Boolean).join(' · '),
      insertText: ctx.lead + (byUid ? r.uid : r.name),
      range: ctx.replace,
      sortText: orderKey(i),
    };
  });
}
