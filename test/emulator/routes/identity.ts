import { ok } from '../route-types.js';
import type { Route } from '../route-types.js';
import { stableUid } from '../stable-uid.js';

/** Who am I, which projects, which registries: the cheap calls a client makes first. */
export const identityRoutes: Route[] = [
  {
    method: 'GET', pattern: '/v1/users/info',
    handle: ({ state }) => ok({ userUid: stableUid('user', state.tenant.name), tenantUid: state.tenant.uid, orgName: state.tenant.name }),
  },
  {
    method: 'GET', pattern: '/v1/dashboard/projects/metadata',
    handle: ({ state, query }) => {
      const name = query.get('name');
      const projects = state.tenant.projects.filter((p) => !name || p.name === name);
      return ok({ items: projects.map((p) => ({ metadata: { name: p.name, uid: p.uid } })) });
    },
  },
  {
    method: 'GET', pattern: '/v1/registries/metadata',
    handle: ({ state, query }) => {
      const scope = query.get('scope');
      const registries = state.catalog.registries.filter((r) => !scope || scope === 'all' || r.scope === scope);
      // Items are flat here, no metadata wrapper (FACTS.md §2.2).
      return ok({ items: registries.map((r) => ({
        uid: r.uid, name: r.name, kind: r.kind, scope: r.scope, isPrivate: r.isPrivate, isDefault: r.isDefault,
      })) });
    },
  },
];
