/**
 * Orders pack version strings the way a person reads them: numeric runs compare as numbers, so 1.9.2 < 1.16
 * and 20.04 < 22.04. Good enough for the seed's versions; the product has its own semver-aware ordering.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[^0-9]+/).filter(Boolean).map(Number);
  const pb = b.split(/[^0-9]+/).filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

/** `1.32.x` matches 1.32.3; a concrete tag matches only itself. */
export function tagMatches(tag: string, version: string): boolean {
  if (!tag.endsWith('.x')) return tag === version;
  return version.startsWith(tag.slice(0, -1));
}
