/**
 * Did-you-mean: the allowed value closest to what was typed, or undefined when nothing is close enough to
 * be a confident suggestion (a quick fix applies it, so a wild guess would do harm).
 */
export function nearestValue(
  typed: string,
  allowed: readonly string[],
  aliases: Record<string, string> = {},
): string | undefined {
  const lower = typed.trim().toLowerCase();
  const lowered = lowerCased(allowed);
  const exact = lowered.indexOf(lower);
  if (exact >= 0) return allowed[exact];
  const alias = aliases[lower];
  if (alias !== undefined && allowed.includes(alias)) return alias;
  let best = -1;
  let bestDistance = maxDistance + 1;
  for (let k = 0; k < lowered.length; k++) {
    const value = lowered[k];
    // The distance is at least the difference in length: the hundreds of catalog pack names most unlike the
    // typed one cost no edit-distance run, and a run stops once it cannot beat the best so far.
    if (Math.abs(value.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, value, bestDistance - 1);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (best < 0) return undefined;
  // One edit per three characters (at least one, at most three) keeps `helmm`→helm but not `foo`→os.
  const limit = Math.min(maxDistance, Math.max(1, Math.floor(Math.max(lower.length, allowed[best].length) / 3)));
  return bestDistance <= limit ? allowed[best] : undefined;
}

/** Suggestions are at most this many edits away. */
const maxDistance = 3;

/** Lower-cased copies of the allowed lists seen (the catalog's pack names: one array per snapshot). */
const loweredLists = new WeakMap<readonly string[], string[]>();

function lowerCased(allowed: readonly string[]): string[] {
  let hit = loweredLists.get(allowed);
  if (!hit || hit.length !== allowed.length) {
    hit = allowed.map((v) => v.toLowerCase());
    loweredLists.set(allowed, hit);
  }
  return hit;
}

/**
 * Levenshtein distance with adjacent transposition counted as one edit; any result above `cap` is cap + 1
 * (the rows stop once every entry is past it). Rows are reused typed arrays: did-you-mean runs this for every
 * unknown pack name against every catalog name of a similar length, at a profile's first open too.
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return Math.min(Math.max(a.length, b.length), cap + 1);
  const n = b.length + 1;
  if (rows[0].length < n) rows = [new Int32Array(n * 2), new Int32Array(n * 2), new Int32Array(n * 2)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j < n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every entry of a later row is at least the smallest of the two rows before it.
    if (rowMin > cap && (i === 1 || minOf(prev, n) > cap)) return cap + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n - 1], cap + 1);
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function minOf(row: Int32Array, n: number): number {
  let m = row[0];
  for (let j = 1; j < n; j++) if (row[j] < m) m = row[j];
  return m;
}
