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
  // A floating tag sorts as the version it resolves to, just above it. Keys are computed once: resolving a
  // pattern scans every version.
  const resolves = new Map(offered.filter((v) => !isConcreteTag(v.tag)).map((v) => [v.tag, newestMatching(v.tag, concrete)]));
  const keyed = offered.map((v) => ({ v, key: resolves.has(v.tag) ? (resolves.get(v.tag) ?? v.tag) : v.tag, floating: resolves.has(v.tag) }));
  keyed.sort((a, b) => compareVersions(b.key, a.key) || Number(b.floating) - Number(a.floating));
  return keyed.map(({ v }, i) => {
    const notes: string[] = [];
    if (resolves.has(v.tag)) notes.push(`→ ${resolves.get(v.tag) ?? 'no version'}`);
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
