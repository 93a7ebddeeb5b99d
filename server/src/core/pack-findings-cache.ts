/**
 * Per-pack results of the `checkPack` rules, reused while a pack is unchanged: typing in one pack of a
 * 50k-line profile re-runs the single-pack rules for that pack only. A pack counts as unchanged when
 * - its values parse is the same object (values-reuse.ts hands an untouched pack its previous parse),
 * - its outer text around the values (name, tag, registry… and its indentation) is the same,
 * - it has the same index and the catalog snapshot is the same object (a new snapshot = new catalog data),
 * - the few profile facts single-pack rules read (cloudType, form, whether it is a profile) are the same.
 * Findings are stored relative to the pack's start and shifted on reuse, so edits above the pack keep them.
 * Results with a range outside their pack are not stored (they could not be shifted safely).
 */
import type { CatalogSnapshot } from './catalog.js';
import type { Finding } from './finding.js';
import type { PackEntry, ProfileDocument } from './model.js';

interface Entry {
  valuesDoc: unknown;
  catalog: CatalogSnapshot;
  profileFacts: string;
  /** Findings with ranges relative to the pack's start. */
  findings: Finding[];
}

/** Per document uri, the entries of its current packs (rebuilt on every run, so bounded by the pack count). */
const byUri = new Map<string, Map<string, Entry>>();
const documentLimit = 16;
/** Per document uri, how the last run went: packs whose findings were reused vs computed. */
const lastRun = new Map<string, { reused: number; computed: number }>();

/** What single-pack rules may read from the profile besides the pack (see rules/rule.ts). */
function factsOf(profile: ProfileDocument): string {
  const likeProfile = profile.isProfile || profile.spec.range !== undefined || profile.metadata.range !== undefined;
  return `${profile.form}\u0000${profile.template.cloudType?.value ?? ''}\u0000${likeProfile}`;
}

function keyOf(pack: PackEntry, text: string): string {
  const [start, end] = pack.range;
  const values = pack.values?.outerRange;
  const outer = values && values[0] >= start && values[1] <= end
    ? `${text.slice(start, values[0])}\u0000${text.slice(values[1], end)}`
    : text.slice(start, end);
  return `${pack.index}\u0000${outer}`;
}

function shift(findings: Finding[], delta: number): Finding[] {
  return findings.map((f) => ({ ...f, range: [f.range[0] + delta, f.range[1] + delta] as const }));
}

/** The findings of `run(pack)` for every pack, from the cache where the pack is unchanged. */
export function packFindings(profile: ProfileDocument, catalog: CatalogSnapshot, run: (pack: PackEntry) => Finding[]): Finding[] {
  const previous = byUri.get(profile.uri);
  const next = new Map<string, Entry>();
  const profileFacts = factsOf(profile);
  const out: Finding[] = [];
  const stats = { reused: 0, computed: 0 };
  for (const pack of profile.packs) {
    const key = keyOf(pack, profile.text);
    const valuesDoc = pack.values?.doc;
    const start = pack.range[0];
    const hit = previous?.get(key);
    if (hit && hit.valuesDoc === valuesDoc && hit.catalog === catalog && hit.profileFacts === profileFacts) {
      out.push(...shift(hit.findings, start));
      next.set(key, hit);
      stats.reused++;
      continue;
    }
    stats.computed++;
    const found = run(pack);
    out.push(...found);
    const inside = found.every((f) => f.range[0] >= start && f.range[1] <= pack.range[1]);
    if (inside) next.set(key, { valuesDoc, catalog, profileFacts, findings: shift(found, -start) });
  }
  byUri.delete(profile.uri);
  byUri.set(profile.uri, next);
  lastRun.set(profile.uri, stats);
  if (byUri.size > documentLimit) {
    const oldest = byUri.keys().next().value as string;
    byUri.delete(oldest);
    lastRun.delete(oldest);
  }
  return out;
}

/** For tests and benchmarks: packs whose findings the last validation of `uri` reused vs computed. */
export function lastPackRun(uri: string): { reused: number; computed: number } | undefined {
  return lastRun.get(uri);
}
