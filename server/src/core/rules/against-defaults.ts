import type { CatalogSnapshot } from '../catalog.js';
import type { EmbeddedYaml, PackEntry } from '../model.js';
import { defaultsOf, type DefaultValues } from '../values/defaults-model.js';
import { resolvedDetail } from './pack-version.js';

export interface AgainstDefaults {
  values: EmbeddedYaml;
  defaults: DefaultValues;
  got: NonNullable<ReturnType<typeof resolvedDetail>>;
}

/**
 * What every values-vs-defaults rule starts from: the pack's parsed values (broken values are values-syntax's
 * to report), its resolved version and that version's defaults. Undefined when any is missing.
 */
export function againstDefaults(pack: PackEntry, catalog: CatalogSnapshot): AgainstDefaults | undefined {
  const values = pack.values;
  if (!values || values.errors.length > 0) return undefined;
  const got = resolvedDetail(pack, catalog);
  return got ? { values, got, defaults: defaultsOf(got.detail) } : undefined;
}
