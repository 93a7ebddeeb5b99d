import { parse } from 'yaml';

/**
 * Leaf paths of a values document, dotted (`pack.namespace`, `options.system.uri` — keys may contain dots,
 * the path is only for messages). Lists and empty maps count as leaves: Palette compares keys, not items.
 */
export function leafPaths(doc: unknown, prefix: string[] = []): string[][] {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return prefix.length ? [prefix] : [];
  const entries = Object.entries(doc as Record<string, unknown>);
  if (entries.length === 0) return prefix.length ? [prefix] : [];
  return entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

export function hasPath(doc: unknown, path: string[]): boolean {
  let cur = doc;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !(key in (cur as object))) return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  return true;
}

/** The parsed document, or undefined when the text is not YAML (e.g. unquoted Helm templates). */
export function parseValues(text: string): { ok: true; doc: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, doc: parse(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.split('\n')[0] : 'invalid YAML' };
  }
}
