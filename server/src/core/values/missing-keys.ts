/**
 * Which keys of a pack's default values the profile's values lack (Palette: "Parameter X value is required").
 * Maps are compared key by key, recursively; lists and scalars are leaves (a user's list replaces the default
 * list, items are never demanded). A key the user set to another kind (map vs scalar vs list) is present: that
 * is values-type-mismatch's finding, not a missing key.
 */
import { isMap, isScalar, type Document, type Pair, type YAMLMap } from 'yaml';
import { keyText, pairsByKey } from './yaml-nodes.js';

export interface MissingKey {
  /** Key path from the document root. */
  path: string[];
  /**
   * The user map the key belongs in; null when there is none: the document is empty, or `userPair` is a key
   * left empty (`grpc:`) where the defaults have a map.
   */
  userMap: YAMLMap | null;
  /** The user pair holding `userMap` (or the empty key): where children are placed from. */
  userPair?: Pair;
  /** The default pair to copy, and the default map it stands in (its order picks the insert position). */
  defaultPair: Pair;
  defaultMap: YAMLMap;
}

/** Missing subtrees, each reported once at its root, in default-document order. */
export function missingKeys(user: Document, defaults: Document): MissingKey[] {
  const out: MissingKey[] = [];
  const root = defaults.contents;
  if (!isMap(root)) return out;
  const userRoot = user.contents;
  if (isMap(userRoot)) walk(root, userRoot, undefined, [], out);
  else if (userRoot === null || (isScalar(userRoot) && userRoot.value === null)) {
    for (const item of root.items) {
      const key = keyText(item as Pair);
      if (key !== undefined) out.push({ path: [key], userMap: null, defaultPair: item as Pair, defaultMap: root });
    }
  }
  return out;
}

function walk(defaults: YAMLMap, user: YAMLMap, userPair: Pair | undefined, path: string[], out: MissingKey[]): void {
  const present = pairsByKey(user);
  for (const item of defaults.items) {
    const pair = item as Pair;
    const key = keyText(pair);
    if (key === undefined) continue;
    const mine = present.get(key);
    if (mine === pair) continue; // shared by values and defaults (see compare-values.ts): nothing missing below
    if (!mine) {
      out.push({ path: [...path, key], userMap: user, userPair, defaultPair: pair, defaultMap: defaults });
      continue;
    }
    if (!isMap(pair.value)) continue;
    if (isMap(mine.value)) walk(pair.value, mine.value, mine, [...path, key], out);
    else if (isEmptyValue(mine)) {
      for (const child of pair.value.items) {
        const name = keyText(child as Pair);
        if (name !== undefined) out.push({ path: [...path, key, name], userMap: null, userPair: mine, defaultPair: child as Pair, defaultMap: pair.value });
      }
    }
  }
}

/** `key:` with nothing after it (not an explicit `null` or `~`, which the user wrote on purpose). */
function isEmptyValue(pair: Pair): boolean {
  const value = pair.value;
  if (value === null) return true;
  if (!isScalar(value) || value.value !== null) return false;
  return !value.range || value.range[0] === value.range[1];
}

/**
 * Paths values-incomplete does not demand: `pack.content` (the image list Palette uses for air-gapped
 * installs) and `pack.spectrocloud.com/*` annotations are pack metadata Palette manages, not chart values.
 */
export function isExemptPath(path: readonly string[]): boolean {
  if (path[0] !== 'pack' || path.length < 2) return false;
  return path[1] === 'content' || path[1].startsWith('spectrocloud.com/');
}

/** Dotted form for messages and data (`charts.thanos.query.enabled`). */
export function dottedPath(path: readonly string[]): string {
  return path.join('.');
}
