/**
 * One informational finding when catalog data this profile needs is missing (still loading, or absent from a
 * snapshot), instead of every catalog rule guessing or staying silently incomplete. No catalog at all
 * (state `none`) reports nothing: the user chose to validate without one.
 */
import type { Rule } from './rule.js';
import { lookupPack } from './catalog-pack.js';
import { lookupVersion } from './catalog-version.js';
import { resolvePack } from './pack-version.js';
import type { CatalogSnapshot } from '../catalog.js';
import type { PackEntry } from '../model.js';

function missingFor(pack: PackEntry, catalog: CatalogSnapshot): boolean {
  const found = lookupPack(pack, catalog);
  if (found.kind === 'loading') return true;
  if (found.kind !== 'found') return false;
  if (lookupVersion(found.entry, pack).kind === 'loading') return true;
  const r = resolvePack(pack, catalog);
  return !!r && catalog.versionDetail(r.entry.registryUid, r.name, r.version.version) === undefined;
}

export const catalogUnavailable: Rule = {
  code: 'catalog-unavailable',
  severity: 'info',
  description: 'Catalog data this profile needs is still loading or not available; catalog rules are incomplete until it is.',
  check({ profile, catalog }) {
    if (catalog.state === 'none') return [];
    const missing = profile.packs.filter((p) => missingFor(p, catalog)).map((p) => p.name?.value ?? `#${p.index + 1}`);
    if (missing.length === 0) return [];
    const loading = catalog.state === 'partial';
    const list = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, … (${missing.length} packs)` : '');
    return [{
      message: loading
        ? `Catalog still loading (${catalog.source}); checks that need it are pending for: ${list}.`
        : `Catalog (${catalog.source}) has no data for: ${list}; checks that need it were skipped.`,
      range: profile.template.packsKeyRange ?? [0, 0],
      data: { loading, packs: missing },
    }];
  },
};
