import { ApiError, badRequest } from './api-error.js';
import type { PackEntity } from './profile-checks.js';
import { checkPack } from './profile-checks.js';
import type { StoredProfile, StoredVariable } from './profile-store.js';
import type { RequestContext } from './route-types.js';

export interface ProfileEntity {
  metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { version?: string; template?: { type?: string; cloudType?: string; packs?: PackEntity[] }; variables?: StoredVariable[] };
}

const PROFILE_TYPES = ['cluster', 'infra', 'add-on', 'system'];
/** Strict semver major.minor.patch[-pre] (librarium version-cluster-profile.md). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

export function assertNameVersion(name: string | undefined, version: string | undefined): asserts name is string {
  if (!name) throw badRequest('InvalidName', 'metadata.name is required');
  if (!version || !SEMVER.test(version)) throw badRequest('InvalidVersion', `Version '${version ?? ''}' is not a valid semantic version`);
}

/** POST /v1/clusterprofiles and import share this: every check first, then one atomic insert. */
export function createProfile(ctx: RequestContext, entity: ProfileEntity, publish: boolean): StoredProfile {
  const name = entity.metadata?.name;
  const version = entity.spec?.version ?? '1.0.0';
  assertNameVersion(name, version);
  const template = entity.spec?.template ?? {};
  const type = template.type ?? 'cluster';
  if (!PROFILE_TYPES.includes(type)) throw badRequest('InvalidProfileType', `Profile type '${type}' is not supported`);
  ctx.state.profiles.assertFree(name, version, ctx.projectUid);
  const packs = (template.packs ?? []).map((e) => {
    const r = checkPack(ctx.state.catalog, ctx.content, e);
    if (!r.pack) throw new ApiError(r.problems[0].status, r.problems[0].code, r.problems[0].message);
    return r.pack;
  });
  return ctx.state.profiles.add({
    projectUid: ctx.projectUid, name, version, labels: entity.metadata?.labels ?? {},
    annotations: entity.metadata?.annotations ?? {}, type, cloudType: template.cloudType ?? 'all', packs,
    variables: entity.spec?.variables ?? [], published: publish,
  });
}
