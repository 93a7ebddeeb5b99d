import { badRequest } from '../api-error.js';
import type { ProfileEntity } from '../profile-create.js';
import { assertNameVersion, createProfile } from '../profile-create.js';
import { clusterProfileView } from '../profile-views.js';
import { newUid } from '../stable-uid.js';
import { noContent, ok } from '../route-types.js';
import type { RequestContext, Route } from '../route-types.js';

const profileOf = (ctx: RequestContext) => ctx.state.profiles.get(ctx.params.uid, ctx.projectUid);

export const created = (uid: string) => ({ status: 201, json: { uid }, headers: { AuditUid: newUid() } });

function patchMetadata(ctx: RequestContext) {
  const p = profileOf(ctx);
  const b = (ctx.body ?? {}) as { metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
    spec?: { version?: string } };
  if (!b.metadata) throw badRequest('InvalidRequestBody', 'metadata is required');
  const name = b.metadata.name ?? p.name;
  const version = b.spec?.version ?? p.version;
  assertNameVersion(name, version);
  ctx.state.profiles.assertFree(name, version, p.projectUid, p.uid);
  Object.assign(p, { name, version, labels: b.metadata.labels ?? p.labels, annotations: b.metadata.annotations ?? p.annotations,
    modified: new Date().toISOString() });
  return noContent();
}

export const clusterProfileRoutes: Route[] = [
  {
    method: 'POST', pattern: '/v1/clusterprofiles',
    handle: (ctx) => created(createProfile(ctx, (ctx.body ?? {}) as ProfileEntity, ctx.query.get('publish') === 'true').uid),
  },
  {
    method: 'GET', pattern: '/v1/clusterprofiles/:uid',
    handle: (ctx) => ok(clusterProfileView(profileOf(ctx), ctx.state.profiles, ctx.state.catalog, ctx.content,
      (ctx.query.get('includePackMeta') ?? '').split(','))),
  },
  {
    method: 'DELETE', pattern: '/v1/clusterprofiles/:uid',
    handle: (ctx) => {
      ctx.state.profiles.delete(profileOf(ctx).uid);
      return noContent();
    },
  },
  {
    method: 'PATCH', pattern: '/v1/clusterprofiles/:uid/publish',
    handle: (ctx) => {
      const p = profileOf(ctx);
      p.published = true;
      p.modified = new Date().toISOString();
      return noContent();
    },
  },
  { method: 'PATCH', pattern: '/v1/clusterprofiles/:uid/metadata', handle: patchMetadata },
  {
    method: 'GET', pattern: '/v1/clusterprofiles/:uid/variables',
    handle: (ctx) => ok({ variables: profileOf(ctx).variables }),
  },
  {
    method: 'PUT', pattern: '/v1/clusterprofiles/:uid/variables',
    handle: (ctx) => {
      const p = profileOf(ctx);
      const vars = (ctx.body as { variables?: unknown } | undefined)?.variables;
      if (!Array.isArray(vars) || vars.some((v) => typeof (v as { name?: unknown })?.name !== 'string')) {
        throw badRequest('InvalidRequestBody', 'variables must be a list of {name, ...}');
      }
      p.variables = vars as typeof p.variables;
      return noContent();
    },
  },
];
