/**
 * Pure planning of a publish: which registry and pack uid each pack of the file means in the target tenant,
 * and the v1ClusterProfileEntity to send. The I/O (registries, pack versions) happens in publish.ts first.
 */
import { packName } from '../core/pack-refs.js';
import type { PackTagEntity, RegistryMetadata } from '../palette/client.js';
import type { PackInput, ProfileInput } from './profile-input.js';

export interface PlanProblem {
  /** The pack as the file names it; absent for profile-level problems. */
  pack?: string;
  message: string;
}

/** Versions of one pack in one registry, keyed by {@link versionKey}; null when the registry has no such pack. */
export type VersionsByPack = Map<string, PackTagEntity | null>;

export const versionKey = (registryUid: string, name: string): string => `${registryUid}\n${name}`;

/**
 * The registry a pack refers to in the target: by name first (names travel between tenants, uids do not), then
 * by uid (a create-form file written for this tenant). Manifest layers live in no registry.
 */
export function registryFor(pack: PackInput, registries: RegistryMetadata[]): RegistryMetadata | PlanProblem | undefined {
  if (pack.type === 'manifest') return undefined;
  if (pack.registryName) {
    const byName = registries.filter((r) => r.name === pack.registryName);
    if (byName.length === 1) return byName[0];
    if (byName.length > 1) return { pack: pack.name, message: `registry "${pack.registryName}" is ambiguous (${byName.length} registries have that name)` };
    return { pack: pack.name, message: `registry "${pack.registryName}" does not exist here` };
  }
  if (pack.registryUid) {
    return registries.find((r) => r.uid === pack.registryUid) ?? { pack: pack.name, message: `registry uid ${pack.registryUid} does not exist here` };
  }
  return { pack: pack.name, message: 'names no registry (registry.metadata.name or registryUid)' };
}

/** Pack type when the file leaves it out: what the registry kind usually holds (FACTS §4; the file wins). */
function defaultType(kind: string): string {
  return kind === 'oci' ? 'oci' : kind === 'helm' ? 'helm' : 'spectro';
}

function tagFor(pack: PackInput, versions: PackTagEntity): { packUid: string; tag: string; version: string } | undefined {
  const tags = versions.tags ?? [];
  // The concrete version decides when the file has one; a tag may float (`1.32.x`) over several versions.
  if (pack.version) return tags.find((t) => t.version === pack.version && t.tag === pack.tag) ?? tags.find((t) => t.version === pack.version);
  return tags.find((t) => t.tag === pack.tag) ?? tags.find((t) => t.version === pack.tag);
}

type PackResult = { entity: Record<string, unknown> } | { problem: PlanProblem };

function packEntity(pack: PackInput, registry: RegistryMetadata | undefined, versions: VersionsByPack): PackResult {
  const manifests = pack.manifests.map((m) => ({ name: m.name, content: m.content }));
  if (!registry) return { entity: { name: pack.name, type: 'manifest', layer: pack.layer ?? 'addon', tag: pack.tag, values: pack.values ?? '', manifests } };
  const real = packName(pack.name) ?? pack.name;
  const found = versions.get(versionKey(registry.uid, real));
  const wanted = pack.version ?? pack.tag ?? '';
  if (!found) return { problem: { pack: pack.name, message: `pack ${real} is not in registry "${registry.name}"` } };
  const tag = tagFor(pack, found);
  if (!tag) return { problem: { pack: pack.name, message: `pack ${real} has no version ${wanted} in registry "${registry.name}"` } };
  const defaults = found.packValues?.find((v) => v.packUid === tag.packUid)?.values;
  return { entity: {
    name: pack.name,
    tag: pack.tag ?? tag.tag,
    uid: tag.packUid,
    registryUid: registry.uid,
    type: pack.type ?? defaultType(registry.kind),
    ...(pack.layer ? { layer: pack.layer } : {}),
    values: pack.values ?? defaults ?? '',
    manifests,
  } };
}

export interface PublishPlan {
  /** v1ClusterProfileEntity (FACTS §2.4). */
  entity: { metadata: Record<string, unknown>; spec: { version: string; template: { type: string; cloudType: string; packs: Record<string, unknown>[] }; variables: Record<string, unknown>[] } };
  problems: PlanProblem[];
}

/** The create entity for the target tenant, or the reasons it cannot be built. */
export function planPublish(input: ProfileInput, registries: RegistryMetadata[], versions: VersionsByPack, version = input.version): PublishPlan {
  const problems: PlanProblem[] = [];
  if (!input.name) problems.push({ message: 'the profile has no metadata.name' });
  const packs: Record<string, unknown>[] = [];
  for (const pack of input.packs) {
    const registry = registryFor(pack, registries);
    if (registry && 'message' in registry) {
      problems.push(registry);
      continue;
    }
    const result = packEntity(pack, registry, versions);
    if ('problem' in result) problems.push(result.problem);
    else packs.push(result.entity);
  }
  const annotations = input.description ? { description: input.description } : {};
  return {
    entity: {
      metadata: { name: input.name, labels: input.labels, annotations },
      spec: { version, template: { type: input.type, cloudType: input.cloudType, packs }, variables: input.variables },
    },
    problems,
  };
}
