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
  const exactIgnoringCase = allowed.find((v) => v.toLowerCase() === lower);
  if (exactIgnoringCase !== undefined) return exactIgnoringCase;
  const alias = aliases[lower];
  if (alias !== undefined && allowed.includes(alias)) return alias;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const value of allowed) {
    // Suggestions need a distance of 3 at most, and the distance is at least the difference in length: the
    // hundreds of catalog pack names most unlike the typed one cost no edit-distance run.
    if (Math.abs(value.length - lower.length) > Math.min(3, bestDistance)) continue;
    const d = editDistance(lower, value.toLowerCase());
    if (d < bestDistance) {
      best = value;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  // One edit per three characters (at least one, at most three) keeps `helmm`→helm but not `foo`→os.
  const limit = Math.min(3, Math.max(1, Math.floor(Math.max(lower.length, best.length) / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance with adjacent transposition counted as one edit. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
