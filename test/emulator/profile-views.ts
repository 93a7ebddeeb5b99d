import type { TenantCatalog } from './catalog.js';
import type { PackContent } from './pack-content.js';
import type { ProfileStore, StoredPack, StoredProfile } from './profile-store.js';
import { stableUid } from './stable-uid.js';

function metadata(p: StoredProfile) {
  return { uid: p.uid, name: p.name, labels: p.labels, annotations: p.annotations,
    creationTimestamp: p.created, lastModifiedTimestamp: p.modified };
}

/** v1PackRef: `packUid`, not `uid`; manifests as references without content. */
function packRef(pack: StoredPack, catalog: TenantCatalog, content: PackContent, meta: string[]) {
  const v = pack.packUid ? catalog.byUid.get(pack.packUid) : undefined;
  return {
    name: pack.name, layer: pack.layer, type: pack.type, tag: pack.tag, version: pack.version,
    packUid: pack.packUid ?? '', registryUid: pack.registryUid ?? '', values: pack.values,
    manifests: pack.manifests.map((m) => ({ uid: m.uid, name: m.name, kind: 'Manifest' })),
    ...(v && meta.includes('schema') ? { schema: content.schema(v) } : {}),
    ...(v && meta.includes('presets') ? { presets: content.presets(v) } : {}),
  };
}

/**
 * v1ClusterProfile. Before publish the content is `draft`; publishing moves it to `published` and the draft
 * goes away. It is omitted rather than sent as null: the spec types it as a non-nullable object and Go's
 * omitempty drops nil pointers. Clients should treat absent and null alike.
 */
export function clusterProfileView(p: StoredProfile, store: ProfileStore, catalog: TenantCatalog, content: PackContent,
  includePackMeta: string[]) {
  const template = {
    name: p.name, uid: stableUid('template', p.uid), type: p.type, cloudType: p.cloudType, profileVersion: p.version,
    version: 1, packs: p.packs.map((pack) => packRef(pack, catalog, content, includePackMeta)),
  };
  return {
    apiVersion: 'v1', kind: 'ClusterProfile', metadata: metadata(p),
    spec: { version: p.version, versions: store.versionsOf(p), ...(p.published ? { published: template } : { draft: template }) },
    status: { isPublished: p.published, hasUserMacros: false, inUseClusters: [], inUseClusterUids: [], inUseClusterTemplates: [] },
  };
}

/** v1ClusterProfileSummary (dashboard list items). */
export function profileSummaryView(p: StoredProfile, store: ProfileStore, catalog: TenantCatalog) {
  const versions = p.packs.map((pack) => (pack.packUid ? catalog.byUid.get(pack.packUid) : undefined));
  const template = {
    type: p.type, cloudType: p.cloudType,
    packs: p.packs.map((pack, i) => ({ name: pack.name, tag: pack.tag, version: pack.version, type: pack.type, layer: pack.layer,
      packUid: pack.packUid ?? '', displayName: versions[i]?.displayName ?? pack.name, addonType: versions[i]?.addonType ?? '',
      logoUrl: '', annotations: {} })),
  };
  const count = (state: string) => versions.filter((v) => v?.state === state).length;
  return {
    metadata: metadata(p),
    specSummary: { version: p.version, versions: store.versionsOf(p), ...(p.published ? { published: template } : { draft: template }) },
    status: { isPublished: p.published, fips: { mode: 'none' }, inUseClusters: [], inUseClusterUids: [], inUseClusterTemplates: [],
      pack: { deleted: 0, deprecated: count('deprecated'), disabled: count('disabled') } },
  };
}

/** The export/import form (FACTS.md §2.7): registries by name and kind, manifests with content, variables. */
export function exportView(p: StoredProfile, catalog: TenantCatalog) {
  return {
    metadata: { name: p.name, description: p.annotations.description ?? '', labels: p.labels },
    spec: {
      version: p.version,
      template: {
        type: p.type, cloudType: p.cloudType,
        packs: p.packs.map((pack) => {
          const r = catalog.registries.find((x) => x.uid === pack.registryUid);
          return {
            name: pack.name, type: pack.type, layer: pack.layer, tag: pack.tag, version: pack.version, values: pack.values,
            manifests: pack.manifests.map((m) => ({ name: m.name, content: m.content })),
            ...(r ? { registry: { metadata: { uid: r.uid, name: r.name, kind: r.kind, isPrivate: r.isPrivate,
              providerType: r.providerType ?? '', isSyncSupported: true } } } : {}),
          };
        }),
      },
      variables: p.variables,
    },
  };
}
