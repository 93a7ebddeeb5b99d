/**
 * Pure planning of a cross-tenant clone: every pack of the source resolved in the destination by registry NAME
 * and version (uids differ per tenant), the import entity Palette's /import takes, and the preflight report.
 */
import { packName } from '../core/pack-refs.js';
import type { RegistryMetadata } from '../palette/client.js';
import { byoosRegistries, maskedValues, variableLines } from './clone-findings.js';
import type { VariableLine } from './clone-findings.js';
import { registryFor, versionKey } from './plan-publish.js';
import type { VersionsByPack } from './plan-publish.js';
import type { PackInput, ProfileInput } from './profile-input.js';

export type PackStatus = 'resolved' | 'remapped' | 'missing' | 'manifest';

export interface PackLine {
  name: string;
  version: string;
  registry: string;
  status: PackStatus;
  detail: string;
}

export interface PreflightReport {
  name: string;
  version: string;
  source: string;
  /** host · tenant · project of the destination. */
  destination: string;
  packs: PackLine[];
  masked: string[];
  variables: VariableLine[];
  byoos: string[];
  /** Reasons the import cannot work at all (missing packs, name taken): fix them, accepting does not help. */
  blocking: string[];
  /** No blocking reason and nothing to review: import without asking. */
  clean: boolean;
}

export interface ClonePlan {
  report: PreflightReport;
  /** v1ClusterProfileImportEntity for the destination. */
  entity: Record<string, unknown>;
}

function packLine(pack: PackInput, registries: RegistryMetadata[], versions: VersionsByPack): { line: PackLine; registry?: RegistryMetadata } {
  const version = pack.version ?? pack.tag ?? '';
  const base = { name: pack.name, version, registry: pack.registryName ?? pack.registryUid ?? '' };
  if (pack.type === 'manifest') return { line: { ...base, status: 'manifest', detail: 'manifest layer: copied as is' } };
  const registry = registryFor(pack, registries);
  if (!registry || 'message' in registry) return { line: { ...base, status: 'missing', detail: registry?.message ?? 'no registry' } };
  const found = versions.get(versionKey(registry.uid, packName(pack.name) ?? pack.name));
  const has = found?.tags?.some((t) => t.version === version || t.tag === version);
  if (!has) {
    const others = (found?.tags ?? []).map((t) => t.version).join(', ');
    const detail = found ? `version ${version} is not in "${registry.name}" (there: ${others})` : `pack is not in "${registry.name}"`;
    return { line: { ...base, registry: registry.name, status: 'missing', detail } };
  }
  const remapped = pack.registryUid !== undefined && pack.registryUid !== registry.uid;
  const detail = remapped ? `registry "${registry.name}" by name: ${pack.registryUid} → ${registry.uid}` : `registry "${registry.name}"`;
  return { line: { ...base, registry: registry.name, status: remapped ? 'remapped' : 'resolved', detail }, registry };
}

function importPack(pack: PackInput, registry: RegistryMetadata | undefined): Record<string, unknown> {
  return {
    name: pack.name,
    type: pack.type,
    layer: pack.layer,
    tag: pack.tag,
    version: pack.version ?? pack.tag,
    values: pack.values ?? '',
    manifests: pack.manifests,
    ...(registry ? { registry: { metadata: { uid: registry.uid, name: registry.name, kind: registry.kind, isPrivate: registry.isPrivate ?? false } } } : {}),
  };
}

export function planClone(
  input: ProfileInput,
  dest: { registries: RegistryMetadata[]; versions: VersionsByPack },
  where: { source: string; destination: string },
): ClonePlan {
  const resolved = input.packs.map((p) => ({ pack: p, ...packLine(p, dest.registries, dest.versions) }));
  const packs = resolved.map((r) => r.line);
  const masked = maskedValues(input);
  const byoos = byoosRegistries(input);
  const blocking = packs.filter((p) => p.status === 'missing').map((p) => `pack ${p.name} ${p.version}: ${p.detail}`);
  const report: PreflightReport = {
    name: input.name,
    version: input.version,
    ...where,
    packs,
    masked,
    variables: variableLines(input),
    byoos,
    blocking,
    clean: blocking.length === 0 && masked.length === 0 && byoos.length === 0,
  };
  const entity = {
    metadata: { name: input.name, description: input.description ?? '', labels: input.labels },
    spec: {
      version: input.version,
      template: { type: input.type, cloudType: input.cloudType, packs: resolved.map((r) => importPack(r.pack, r.registry)) },
      variables: input.variables,
    },
  };
  return { report, entity };
}
