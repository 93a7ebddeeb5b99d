/**
 * Tags and versions of the pack being edited, newest first. Disabled versions are hidden; "latest" and
 * (for Kubernetes layers, the n-1 advice) "recommended" are labelled; deprecated ones are marked. The `tag`
 * field also offers floating tags (`1.32.x`), each just above the versions it covers.
 */
import type { CatalogSnapshot, PackVersionInfo } from '../catalog.js';
import { compareVersions, isConcreteTag, newestMatching, recommendedK8s } from '../versions.js';
import { orderKey, type CompletionCandidate } from './candidate.js';
import type { CompletionContext } from './context.js';
import { latestOf, resolvePack, usableVersions } from './pack-catalog.js';

type FieldContext = Extract<CompletionContext, { kind: 'pack-field' }>;

export function versionCandidates(ctx: FieldContext, catalog: CatalogSnapshot): CompletionCandidate[] {
  const resolved = resolvePack({ ...ctx.pack, tag: undefined, version: undefined }, catalog);
  if (!resolved) return [];
  const byTag = new Map<string, PackVersionInfo>();
  for (const entry of resolved.entries) for (const v of usableVersions(entry)) if (!byTag.has(v.tag)) byTag.set(v.tag, v);
  const all = [...byTag.values()];
  const concrete = all.filter((v) => isConcreteTag(v.tag)).map((v) => v.version);
  const offered = ctx.field === 'version' ? all.filter((v) => isConcreteTag(v.tag)) : all;
  const latest = resolved.entries.map(latestOf).filter((v): v is string => !!v).sort(compareVersions).pop();
  const layer = ctx.pack.layer ?? resolved.entry?.layer;
  const recommended = layer === 'k8s' ? recommendedK8s(concrete) : undefined;
  const sortKey = (v: PackVersionInfo) => (isConcreteTag(v.tag) ? v.tag : (newestMatching(v.tag, concrete) ?? v.tag));
  offered.sort((a, b) => compareVersions(sortKey(b), sortKey(a)) || Number(isConcreteTag(a.tag)) - Number(isConcreteTag(b.tag)));
  return offered.map((v, i) => {
    const notes: string[] = [];
    if (!isConcreteTag(v.tag)) notes.push(`→ ${newestMatching(v.tag, concrete) ?? 'no version'}`);
    if (v.tag === latest) notes.push('latest');
    if (v.tag === recommended) notes.push('recommended');
    if (v.deprecated) notes.push('deprecated');
    return {
      label: v.tag,
      kind: 'version' as const,
      detail: notes.length > 0 ? notes.join(' · ') : undefined,
      insertText: ctx.lead + v.tag,
      range: ctx.replace,
      sortText: orderKey(i),
      deprecated: v.deprecated || undefined,
      preselect: v.tag === (recommended ?? latest) || undefined,
    };
  });
}
