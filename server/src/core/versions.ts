/**
 * Ordering and tag matching over the version strings Palette really uses. Not semver: packs carry `v1.8.7`,
 * `3.26.1-rev2`, `0.30.0-5.5.2026` (pack-central akuity-agent), `2.0.2-up.3` (rancher charts), `23.01.0`, `1.5`,
 * `22.04`; profiles carry floating tags such as `1.32.x` and `LTS__22.4.x` (which matches version `22.04`).
 * Pure functions, no I/O.
 */

interface ParsedVersion {
  nums: number[];
  /** -1 pre-release (rc, beta…), 0 release, 1 post-release (rev, up, dates…). */
  rank: number;
  suffix: string[];
}

const preReleaseWords = /^(alpha|beta|rc|pre|preview|dev|snapshot|a|b)\d*$/i;
/** Vendor prefixes Palette puts before a numeric tag, e.g. `LTS__22.4.x`. */
const tagPrefix = /^[A-Za-z][A-Za-z0-9]*__/;

function stripPrefix(text: string): string {
  return text.trim().replace(tagPrefix, '').replace(/^[vV](?=\d)/, '');
}

function parseVersion(text: string): ParsedVersion | undefined {
  const m = /^(\d+(?:\.\d+)*)(.*)$/.exec(stripPrefix(text));
  if (!m) return undefined;
  const nums = m[1].split('.').map(Number);
  const rest = m[2].replace(/\+.*$/, '').replace(/^[-.]/, '');
  if (rest === '') return { nums, rank: 0, suffix: [] };
  const suffix = rest.split(/[.-]/).filter((s) => s !== '');
  return { nums, rank: preReleaseWords.test(suffix[0] ?? '') ? -1 : 1, suffix };
}

function compareIdentifiers(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (xn !== yn) return xn ? -1 : 1;
    if (!xn && x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function compareNums(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Total order over version strings, ascending. Numeric segments compare numerically (missing = 0), a
 * pre-release (`-rc.1`) sorts before its release and a post-release suffix (`-rev2`, `-up.3`, `-5.5.2026`)
 * after it. Strings that are not versions sort before all versions. Ties break on the raw text so sorting is stable.
 */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) {
    if (pa !== pb) return pa ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const diff = compareNums(pa.nums, pb.nums) || pa.rank - pb.rank || compareIdentifiers(pa.suffix, pb.suffix);
  if (diff !== 0) return Math.sign(diff);
  return a < b ? -1 : a > b ? 1 : 0;
}

function isWildcard(segment: string): boolean {
  return segment === 'x' || segment === 'X' || segment === '*';
}

/** A tag is concrete when it names one version; `1.32.x`, `LTS__22.4.x` and `*` are patterns. */
export function isConcreteTag(tag: string): boolean {
  return !stripPrefix(tag).split('.').some(isWildcard);
}

/**
 * Does `version` belong to `tag`? A concrete tag matches its own version (numerically, so `LTS__20.04`
 * matches `20.04` and `v1.2.0` matches `1.2.0`); a pattern matches every version whose leading numeric
 * segments equal the pattern's, whatever follows (`1.32.x` ⊇ `1.32.10-rev2`; `LTS__22.4.x` ⊇ `22.04`).
 */
export function matchesTag(tag: string, version: string): boolean {
  if (tag === version) return true;
  const segments = stripPrefix(tag).split('.');
  const wild = segments.findIndex(isWildcard);
  const parsed = parseVersion(version);
  if (!parsed) return false;
  if (wild < 0) {
    const t = parseVersion(tag);
    return !!t && compareNums(t.nums, parsed.nums) === 0 && compareIdentifiers(t.suffix, parsed.suffix) === 0;
  }
  const fixed = segments.slice(0, wild);
  if (!fixed.every((s) => /^\d+$/.test(s))) return false;
  return fixed.every((s, i) => Number(s) === (parsed.nums[i] ?? 0));
}

/** The newest version a tag resolves to, or undefined when none matches. */
export function newestMatching(tag: string, versions: string[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) {
    if (matchesTag(tag, v) && (best === undefined || compareVersions(v, best) > 0)) best = v;
  }
  return best;
}

/**
 * Kubernetes n-1 advice: the newest patch of the minor just below the newest minor offered. Patterns and
 * pre-releases are ignored; undefined when fewer than two minors exist (there is no n-1 to recommend).
 */
export function recommendedK8s(versions: string[]): string | undefined {
  const releases = versions.filter((v) => isConcreteTag(v) && parseVersion(v)?.rank !== -1 && parseVersion(v));
  const minorOf = (v: string): string => (parseVersion(v)?.nums.slice(0, 2) ?? []).join('.');
  const minors = [...new Set(releases.map(minorOf))].sort(compareVersions);
  if (minors.length < 2) return undefined;
  const previous = minors[minors.length - 2];
  return releases.filter((v) => minorOf(v) === previous).sort(compareVersions).pop();
}
