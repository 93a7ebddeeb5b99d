import { checkPack } from '../profile-checks.js';
import type { PackEntity } from '../profile-checks.js';
import { assertNameVersion } from '../profile-create.js';
import { noContent, ok } from '../route-types.js';
import type { RequestContext, Route } from '../route-types.js';

/** Runs the create-time pack checks without creating; lists only packs that have errors (none = valid). */
function validatePacks(ctx: RequestContext) {
  const packs = ((ctx.body ?? {}) as { packs?: PackEntity[] }).packs ?? [];
  const results = packs.flatMap((e) => {
    const r = checkPack(ctx.state.catalog, ctx.content, e);
    if (r.problems.length === 0) return [];
    const v = e.uid ? ctx.state.catalog.byUid.get(e.uid) : undefined;
    return [{ name: e.name ?? '', displayName: v?.displayName ?? e.name ?? '',
      errors: r.problems.map((p) => ({ code: p.code, message: p.message })) }];
  });
  return ok({ packs: { results } });
}

/** 204 when the name/version pair is free in the caller's scope; 409 when taken; 400 when malformed. */
function validateName(ctx: RequestContext) {
  const name = ctx.query.get('name') ?? undefined;
  const version = ctx.query.get('version') ?? undefined;
  assertNameVersion(name, version);
  ctx.state.profiles.assertFree(name, version ?? '', ctx.projectUid);
  return noContent();
}

export const profileValidationRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/clusterprofiles/validate/packs', handle: validatePacks },
  { method: 'GET', pattern: '/v1/clusterprofiles/validate/name', handle: validateName },
];
