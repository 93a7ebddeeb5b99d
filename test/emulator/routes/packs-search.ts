import type { CatalogVersion } from '../catalog.js';
import { latestOf, versionsByName } from '../pack-views.js';
import { pageOf } from '../paging.js';
import { ok } from '../route-types.js';
import type { RequestContext, Route } from '../route-types.js';

interface FilterString { eq?: string; ne?: string; contains?: string; beginsWith?: string; ignoreCase?: boolean }
interface SearchBody {
  filter?: { name?: FilterString; displayName?: FilterString; type?: string[]; layer?: string[]; environment?: string[];
    registryUid?: string[]; addOnType?: string[]; state?: string[] };
  sort?: { field?: string; order?: string }[];
}

export function matchesFilterString(value: string, f: FilterString | undefined): boolean {
  if (!f) return true;
  const fold = (s: string) => (f.ignoreCase === false ? s : s.toLowerCase());
  const v = fold(value);
  return (f.eq == null || v === fold(f.eq)) && (f.ne == null || v !== fold(f.ne)) &&
    (f.contains == null || v.includes(fold(f.contains))) && (f.beginsWith == null || v.startsWith(fold(f.beginsWith)));
}

const inList = (list: string[] | undefined, value: string | undefined): boolean =>
  !list || list.length === 0 || (value !== undefined && list.includes(value));

function versionMatches(v: CatalogVersion, f: NonNullable<SearchBody['filter']>): boolean {
  const env = !f.environment?.length || v.cloudTypes.includes('all') || f.environment.some((e) => v.cloudTypes.includes(e));
  return env && inList(f.type, v.registry.packType) && inList(f.layer, v.layer) && inList(f.registryUid, v.registry.uid) &&
    inList(f.addOnType, v.addonType) && inList(f.state, v.state) && matchesFilterString(v.name, f.name) &&
    matchesFilterString(v.displayName, f.displayName);
}

/** One item per pack NAME; versions aggregate per registry into registries[] (FACTS.md §2.3). */
function search({ state, query, body }: RequestContext) {
  const b = (body ?? {}) as SearchBody;
  const f = b.filter ?? {};
  const items = [...versionsByName(state.catalog)].flatMap(([name, all]) => {
    const versions = all.filter((v) => versionMatches(v, f) && (f.state?.length || v.state !== 'disabled'));
    if (versions.length === 0) return [];
    const registries = [...new Set(versions.map((v) => v.registry))];
    const first = versions[0];
    return [{
      metadata: { name, uid: first.uid },
      spec: {
        name, displayName: first.displayName, layer: first.layer, type: first.registry.packType, addonType: first.addonType ?? '',
        cloudTypes: first.cloudTypes, registries: registries.map((r) => {
          const latest = latestOf(versions.filter((v) => v.registry === r));
          return { uid: r.uid, name: r.name, scope: r.scope, latestVersion: latest.version, latestPackUid: latest.uid,
            logoUrl: '', annotations: {} };
        }),
      },
    }];
  });
  const sort = b.sort?.[0];
  const key = (sort?.field ?? 'name') as 'name' | 'displayName' | 'layer' | 'type';
  items.sort((x, y) => String(x.spec[key] ?? '').localeCompare(String(y.spec[key] ?? '')) || x.spec.name.localeCompare(y.spec.name));
  if (sort?.order === 'desc') items.reverse();
  const page = pageOf(items, query);
  return ok({ items: page.items, listmeta: page.listmeta });
}

export const packSearchRoutes: Route[] = [{ method: 'POST', pattern: '/v1/packs/search', handle: search }];
