/**
 * Palette rejects values that lack keys of the pack's defaults ("Parameter X value is required"). One finding
 * per pack listing every missing path (a missing subtree once, at its root); the fix merges the defaults in.
 */
import { againstDefaults } from './against-defaults.js';
import type { Rule } from './rule.js';
import { dottedPath, isExemptPath, missingKeys } from '../values/missing-keys.js';
import type { Document } from 'yaml';
import type { DefaultValues } from '../values/defaults-model.js';

const memo = new WeakMap<Document, { defaults: DefaultValues; paths: string[] }>();

/** Missing paths Palette would demand, cached per (user document, defaults). */
export function requiredMissing(user: Document, defaults: DefaultValues): string[] {
  const hit = memo.get(user);
  if (hit?.defaults === defaults) return hit.paths;
  const paths = missingKeys(user, defaults.doc).filter((m) => !isExemptPath(m.path)).map((m) => dottedPath(m.path));
  memo.set(user, { defaults, paths });
  return paths;
}

export const valuesIncomplete: Rule = {
  code: 'values-incomplete',
  severity: 'error',
  description: "Keys of the pack's default values are missing from the profile's values (Palette rejects partial values).",
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const base = againstDefaults(pack, catalog);
    if (!base) return [];
    const { values, got, defaults } = base;
    const paths = requiredMissing(values.doc, defaults);
    if (paths.length === 0) return [];
    const shown = paths.slice(0, 10).join(', ') + (paths.length > 10 ? `, … (${paths.length - 10} more)` : '');
    return [{
      message: `${paths.length} key${paths.length === 1 ? '' : 's'} of the ${got.resolved.name} ${got.resolved.version.version} default values ${paths.length === 1 ? 'is' : 'are'} missing: ${shown}.`,
      range: pack.valuesKey ?? values.outerRange,
      data: { paths, name: got.resolved.name, version: got.resolved.version.version },
    }];
  },
};
