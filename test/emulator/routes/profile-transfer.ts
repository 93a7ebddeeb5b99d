import { stringify } from 'yaml';
import { badRequest } from '../api-error.js';
import type { CatalogRegistry, TenantCatalog } from '../catalog.js';
import type { ProfileEntity } from '../profile-create.js';
import { assertNameVersion, createProfile } from '../profile-create.js';
import type { StoredVariable } from '../profile-store.js';
import { exportView } from '../profile-views.js';
import { ok } from '../route-types.js';
import type { RequestContext, Route } from '../route-types.js';
import { created } from './cluster-profiles.js';

interface RegistryRef { uid?: string; name?: string; kind?: string }
interface ImportPack {
  name?: string; type?: string; layer?: string; tag?: string; version?: string; values?: string;
  manifests?: { name?: string; content?: string }[];
  registry?: { metadata?: RegistryRef; matchingRegistries?: RegistryRef[] };
}
interface ImportEntity {
  metadata?: { name?: string; description?: string; labels?: Record<string, string> };
  spec?: { version?: string; template?: { type?: string; cloudType?: string; packs?: ImportPack[] }; variables?: StoredVariable[] };
}

function exportProfile(ctx: RequestContext) {
  const p = ctx.state.profiles.get(ctx.params.uid, ctx.projectUid);
  const format = ctx.query.get('format') ?? 'json';
  if (format !== 'json' && format !== 'yaml') throw badRequest('InvalidParameter', 'format must be json or yaml');
  const doc = exportView(p, ctx.state.catalog);
  return {
    status: 200, text: format === 'json' ? JSON.stringify(doc, null, 2) : stringify(doc),
    headers: { 'Content-Disposition': `attachment; filename="${p.name}-${p.version}.${format}"` },
  };
}

const hasPack = (c: TenantCatalog, r: CatalogRegistry, p: ImportPack) =>
  c.versions.some((v) => v.registry === r && v.name === p.name && (v.version === (p.version ?? p.tag) || v.tag === p.tag));

/** Registries are matched by NAME in the importing tenant (uids differ per tenant), falling back to uid. */
function destinationRegistry(c: TenantCatalog, p: ImportPack): CatalogRegistry | undefined {
  const ref = p.registry?.metadata;
  return c.registries.find((r) => ref?.name !== undefined && r.name === ref.name) ?? c.registries.find((r) => r.uid === ref?.uid);
}

const registryJson = (r: CatalogRegistry) => ({ uid: r.uid, name: r.name, kind: r.kind, isPrivate: r.isPrivate,
  providerType: r.providerType ?? '', isSyncSupported: true });

/**
 * Echoes the entity with each pack's registry remapped into this tenant and `matchingRegistries` listing every
 * registry here that has that pack version — empty when the pack is missing (what the UI asks the user about).
 */
function validateImport(ctx: RequestContext) {
  const e = (ctx.body ?? {}) as ImportEntity;
  assertNameVersion(e.metadata?.name, e.spec?.version);
  ctx.state.profiles.assertFree(e.metadata.name, e.spec?.version ?? '', ctx.projectUid);
  const c = ctx.state.catalog;
  const packs = (e.spec?.template?.packs ?? []).map((p) => {
    if (p.type === 'manifest') return p;
    const matching = c.registries.filter((r) => hasPack(c, r, p));
    const dest = destinationRegistry(c, p);
    const metadata = dest && matching.includes(dest) ? registryJson(dest) : p.registry?.metadata ?? {};
    return { ...p, registry: { metadata, matchingRegistries: matching.map(registryJson) } };
  });
  return ok({ ...e, spec: { ...e.spec, template: { ...e.spec?.template, packs } } });
}

function importProfile(ctx: RequestContext) {
  const e = (ctx.body ?? {}) as ImportEntity;
  const c = ctx.state.catalog;
  const packs = (e.spec?.template?.packs ?? []).map((p) => {
    if (p.type === 'manifest') return { name: p.name, type: p.type, layer: p.layer, tag: p.tag, values: p.values, manifests: p.manifests };
    const dest = destinationRegistry(c, p);
    if (!dest || !hasPack(c, dest, p)) {
      throw badRequest('PackNotFound', `Pack ${p.name}:${p.version ?? p.tag ?? ''} not found in registry ${p.registry?.metadata?.name ?? ''}`);
    }
    return { name: p.name, type: p.type, layer: p.layer, tag: p.version ?? p.tag, registryUid: dest.uid, values: p.values, manifests: p.manifests };
  });
  const entity: ProfileEntity = {
    metadata: { name: e.metadata?.name, labels: e.metadata?.labels,
      annotations: e.metadata?.description ? { description: e.metadata.description } : {} },
    spec: { version: e.spec?.version, template: { type: e.spec?.template?.type, cloudType: e.spec?.template?.cloudType, packs },
      variables: e.spec?.variables },
  };
  return created(createProfile(ctx, entity, ctx.query.get('publish') === 'true').uid);
}

export const profileTransferRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/clusterprofiles/import/validate', handle: validateImport },
  { method: 'POST', pattern: '/v1/clusterprofiles/import', handle: importProfile },
  { method: 'GET', pattern: '/v1/clusterprofiles/:uid/export', handle: exportProfile },
];
