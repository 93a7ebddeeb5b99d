import type { Route } from '../route-types.js';
import { clusterProfileRoutes } from './cluster-profiles.js';
import { identityRoutes } from './identity.js';
import { packRoutes } from './packs.js';
import { packSearchRoutes } from './packs-search.js';
import { profileDashboardRoutes } from './profile-dashboard.js';
import { profileTransferRoutes } from './profile-transfer.js';
import { profileValidationRoutes } from './profile-validation.js';

/** Literal paths before captured ones: the first match wins (router.ts). */
export const allRoutes: Route[] = [
  ...identityRoutes,
  ...packSearchRoutes,
  ...packRoutes,
  ...profileValidationRoutes,
  ...profileTransferRoutes,
  ...clusterProfileRoutes,
  ...profileDashboardRoutes,
];
