import { badRequest, notFound } from '../api-error.js';
import type { CatalogVersion } from '../catalog.js';
import { versionsOf } from '../catalog.js';
import { packSummary, packTagEntity } from '../pack-views.js';
import { pageOf } from '../paging.js';
import { ok } from '../route-types.js';
import type { RequestContext, Route } from '../route-types.js';

/** `filters` terms the emulator honours (Palette honours only indexed fields; FACTS.md §1). */
const FILTER_FIELDS: Record<string, (v: CatalogVersion) => string> = {
  'spec.name': (v) => v.name,
  'metadata.name': (v) => v.name,
  'metadata.uid': (v) => v.uid,
  'spec.registryUid': (v) => v.registry.uid,
  'spec.version': (v) => v.version,
  'spec.layer': (v) => v.layer,
  'spec.type': (v) => v.registry.packType,
};

/** `spec.name=XANDspec.registryUid=Y`: terms joined by a literal AND; unknown fields are ignored like Palette does. */
function parseFilters(raw: string | null): ((v: CatalogVersion) => boolean)[] {
  if (!raw) return [];
  if (/[^=]OR[a-z]/.test(raw)) throw badRequest('InvalidFilter', 'the emulator supports only AND in filters');
  return raw.split(/AND(?=[a-z])/).flatMap((term) => {
    const m = /^([A-Za-z.]+)=(.*)$/.exec(term);
    if (!m) throw badRequest('InvalidFilter', `cannot parse filter term ${term}`);
    const field = FILTER_FIELDS[m[1]];
    return field ? [(v: CatalogVersion) => field(v) === m[2]] : [];
  });
}

function listPacks({ state, content, query }: RequestContext) {
  const filters = parseFilters(query.get('filters'));
  const matching = state.catalog.versions.filter((v) => filters.every((f) => f(v)));
  const page = pageOf(matching, query);
  return ok({ items: page.items.map((v) => packSummary(v, content)), listmeta: page.listmeta });
}

function byUid({ state, params }: RequestContext): CatalogVersion {
  const v = state.catalog.byUid.get(params.uid);
  if (!v) throw notFound(`pack ${params.uid} not found`);
  return v;
}

/** `states` lists the states to return; without it everything except disabled (spec parameter text). */
function byNameInRegistry({ state, content, params, query }: RequestContext) {
  const registry = state.catalog.registries.find((r) => r.uid === params.registryUid);
  if (!registry) throw notFound(`registry ${params.registryUid} not found`);
  const wanted = (query.get('states') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const cloudType = query.get('cloudType');
  const layer = query.get('layer');
  const versions = versionsOf(state.catalog, params.name, registry.uid).filter((v) =>
    (wanted.length ? wanted.includes(v.state) : v.state !== 'disabled') &&
    (!cloudType || cloudType === 'all' || v.cloudTypes.includes('all') || v.cloudTypes.includes(cloudType)) &&
    (!layer || v.layer === layer));
  if (versions.length === 0) throw notFound(`pack ${params.name} not found in registry ${registry.name}`);
  return ok(packTagEntity(versions, content));
}

export const packRoutes: Route[] = [
  { method: 'GET', pattern: '/v1/packs', handle: listPacks },
  { method: 'GET', pattern: '/v1/packs/:name/registries/:registryUid', handle: byNameInRegistry },
  { method: 'GET', pattern: '/v1/packs/:uid/readme', handle: (ctx) => ok({ readme: ctx.content.readme(byUid(ctx)) }) },
  // Only the packValues entry of this uid, so clients need not guess which entry is theirs (FACTS.md §2.3).
  { method: 'GET', pattern: '/v1/packs/:uid', handle: (ctx) => ok(packTagEntity([byUid(ctx)], ctx.content)) },
];
