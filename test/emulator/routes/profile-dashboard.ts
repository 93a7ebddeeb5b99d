import type { StoredProfile } from '../profile-store.js';
import { pageOf } from '../paging.js';
import { profileSummaryView } from '../profile-views.js';
import { ok } from '../route-types.js';
import type { RequestContext, Route } from '../route-types.js';
import { matchesFilterString } from './packs-search.js';

interface DashboardFilter {
  profileName?: { eq?: string; ne?: string; contains?: string; beginsWith?: string; ignoreCase?: boolean };
  version?: { eq?: string; ne?: string; beginsWith?: string };
  profileType?: string[];
  environment?: string[];
  scope?: string;
}

function matches(p: StoredProfile, f: DashboardFilter): boolean {
  const scope = p.projectUid === undefined ? 'tenant' : 'project';
  return matchesFilterString(p.name, f.profileName) &&
    (!f.version?.eq || p.version === f.version.eq) && (!f.version?.ne || p.version !== f.version.ne) &&
    (!f.version?.beginsWith || p.version.startsWith(f.version.beginsWith)) &&
    (!f.profileType?.length || f.profileType.includes(p.type)) &&
    (!f.environment?.length || f.environment.includes(p.cloudType)) && (!f.scope || f.scope === scope);
}

/** Sorted by name then creation so pages are stable while paging. */
function visibleSorted(ctx: RequestContext): StoredProfile[] {
  return ctx.state.profiles.visible(ctx.projectUid)
    .sort((a, b) => a.name.localeCompare(b.name) || a.created.localeCompare(b.created) || a.uid.localeCompare(b.uid));
}

export const profileDashboardRoutes: Route[] = [
  {
    method: 'POST', pattern: '/v1/dashboard/clusterprofiles',
    handle: (ctx) => {
      const filter = ((ctx.body ?? {}) as { filter?: DashboardFilter }).filter ?? {};
      const page = pageOf(visibleSorted(ctx).filter((p) => matches(p, filter)), ctx.query, true);
      return ok({ items: page.items.map((p) => profileSummaryView(p, ctx.state.profiles, ctx.state.catalog)), listmeta: page.listmeta });
    },
  },
  {
    method: 'GET', pattern: '/v1/dashboard/clusterprofiles/metadata',
    handle: (ctx) => ok({ items: visibleSorted(ctx).map((p) => ({
      metadata: { name: p.name, uid: p.uid }, spec: { cloudType: p.cloudType, version: p.version } })) }),
  },
];
