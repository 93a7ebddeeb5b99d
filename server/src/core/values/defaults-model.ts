/**
 * A pack version's default values, parsed once per catalog detail object: every keystroke compares the
 * profile's values with these, so the defaults (thanos 17.6.0: 5,700 lines) must never be re-parsed.
 */
import { parseDocument, type Document } from 'yaml';
import type { PackVersionDetail } from '../catalog.js';

export interface DefaultValues {
  text: string;
  doc: Document.Parsed;
  /** Keys the defaults show only commented out (`# nodeSelector:`): documented options, not unknown keys. */
  commentedKeys: ReadonlySet<string>;
}

const cache = new WeakMap<PackVersionDetail, DefaultValues>();

export function defaultsOf(detail: PackVersionDetail): DefaultValues {
  let hit = cache.get(detail);
  if (!hit) {
    hit = parseDefaults(detail.values);
    cache.set(detail, hit);
  }
  return hit;
}

export function parseDefaults(text: string): DefaultValues {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false }) as Document.Parsed;
  const commentedKeys = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*#+[ \t]*-?[ \t]*["']?([A-Za-z0-9_./-]+)["']?[ \t]*:/gm)) commentedKeys.add(m[1]);
  return { text, doc, commentedKeys };
}
