/**
 * The catalog branch of unknown-macro: a `{{ .spectro.pack.P.path }}` whose path the profile's values of P leave out
 * may still resolve through P's default values (the pack version's values.yaml in the catalog), so those are
 * checked before reporting. Without the version's details (no catalog, still loading, unknown pack or version)
 * the answer is "unknown" and the rule keeps judging by the profile's values alone.
 */
import type { CatalogSnapshot } from '../catalog.js';
import { resolveDottedPath } from '../dotted-path.js';
import type { PackEntry } from '../model.js';
import { defaultsOf } from '../values/defaults-model.js';
import { resolvedDetail } from './pack-version.js';

export interface DefaultsAnswer {
  /** Whether the defaults hold the path. */
  found: boolean;
  /** The concrete version whose defaults were read, for the message. */
  version: string;
}

/** Whether `valuesPath` is in the pack's catalog default values; undefined when those are not at hand. */
export function pathInPackDefaults(pack: PackEntry, valuesPath: string, catalog: CatalogSnapshot): DefaultsAnswer | undefined {
  const got = resolvedDetail(pack, catalog);
  if (!got) return undefined;
  const defaults = defaultsOf(got.detail);
  return { found: resolveDottedPath(defaults.doc.contents, valuesPath) !== undefined, version: got.resolved.version.version };
}
