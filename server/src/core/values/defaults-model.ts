/**
 * A pack version's default values, parsed once per catalog detail object: every keystroke compares the
 * profile's values with these, so the defaults (thanos 17.6.0: 5,700 lines) must never be re-parsed.
 */
import type { Document } from 'yaml';
import { parseValuesYaml } from '../parse/embedded-yaml.js';
import { BoundedCache } from '../bounded-cache.js';
import type { PackVersionDetail } from '../catalog.js';

export interface DefaultValues {
  text: string;
  doc: Document.Parsed;
  /** Keys the defaults show only commented out (`# nodeSelector:`): documented options, not unknown keys. */
  commentedKeys: ReadonlySet<string>;
}

const cache = new WeakMap<PackVersionDetail, DefaultValues>();
/**
 * The same parses by text, for completion and hover, which hold only the text: validation at open has parsed
 * every pack's defaults already, so the first completion inside values costs no parse. Bounded: only the
 * most recently used texts (a 50k-line profile names ~100 packs), and 16 M characters of them.
 */
const byText = new BoundedCache<DefaultValues>(128, 16 * 1024 * 1024);

export function defaultsOf(detail: PackVersionDetail): DefaultValues {
  let hit = cache.get(detail);
  if (!hit) {
    hit = defaultsOfText(detail.values);
    cache.set(detail, hit);
  }
  return hit;
}

/** The parsed defaults of a values text, shared with defaultsOf for the same text. */
export function defaultsOfText(text: string): DefaultValues {
  let hit = byText.get(text);
  if (!hit) {
    hit = parseDefaults(text);
    byText.set(text, hit, text.length);
  }
  return hit;
}

/**
 * Parsed exactly like a profile's values (parseValuesYaml): macros in defaults read as the strings Palette
 * fills in, and a profile's values that were copied from the defaults share their sections' parse with them,
 * so opening such a profile parses the common text once (time and memory).
 */
export function parseDefaults(file: string): DefaultValues {
  // A profile holds its values in a `|-` block, which drops the file's final line breaks: parse the defaults
  // without them too, so values left as the defaults are the very same text (trailing breaks carry no value).
  const text = file.trimEnd();
  const doc = parseValuesYaml(text);
  // Read only when the profile's values hold a key the defaults lack: not on every pack at open (a 50k-line
  // profile's defaults are 2 MB of text to match).
  let keys: Set<string> | undefined;
  return {
    text,
    doc,
    get commentedKeys() {
      return (keys ??= commentedKeysOf(text));
    },
  };
}

function commentedKeysOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*#+[ \t]*-?[ \t]*["']?([A-Za-z0-9_./-]+)["']?[ \t]*:/gm)) keys.add(m[1]);
  return keys;
}
