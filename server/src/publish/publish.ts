/**
 * Publish workflow (PRODUCT §7): local errors block; the packs are resolved in the target tenant; Palette's
 * validate/packs and validate/name run; then one create with publish=true (atomic, so a failure leaves nothing
 * half-made), guarded against duplicates by createOnce. The file is never touched here.
 */
import { packName } from '../core/pack-refs.js';
import { PaletteError } from '../palette/client.js';
import type { PackTagEntity, PaletteClient } from '../palette/client.js';
import { createOnce } from './create-once.js';
import { profileVersions } from './find-profile.js';
import { nextVersion } from './next-version.js';
import { planPublish, registryFor, versionKey } from './plan-publish.js';
import type { PlanProblem, PublishPlan, VersionsByPack } from './plan-publish.js';
import type { ProfileInput } from './profile-input.js';

/** A local finding of severity error, located for the user. */
export interface LocalError {
  code: string;
  message: string;
  /** 1-based. */
  line: number;
}

export interface PublishRequest {
  input: ProfileInput;
  localErrors: LocalError[];
  /** Publish as this version instead of the file's (an accepted bump, or the CLI's --version). */
  version?: string;
  /** Check everything, create nothing. */
  dryRun?: boolean;
  signal?: AbortSignal;
  progress?: (step: string) => void;
  /** How long to look for a create whose answer was lost (createOnce). */
  settleMs?: number;
  log?: (line: string) => void;
}

export type PublishOutcome =
  | { status: 'blocked'; errors: LocalError[] }
  | { status: 'rejected'; problems: PlanProblem[] }
  | { status: 'version-exists'; name: string; version: string; suggestedVersion: string; existing: { uid: string; version: string }[] }
  | { status: 'ready'; name: string; version: string; entity: PublishPlan['entity'] }
  | { status: 'published'; name: string; version: string; uid: string; recovered: boolean };

/** Versions of every pack the file names, per target registry; null where the registry has no such pack. */
export async function packVersionsFor(client: PaletteClient, input: ProfileInput, signal?: AbortSignal) {
  const registries = await client.listRegistries(signal);
  const versions: VersionsByPack = new Map();
  const wanted = new Map<string, { name: string; registryUid: string }>();
  for (const pack of input.packs) {
    const registry = registryFor(pack, registries);
    const name = packName(pack.name) ?? pack.name;
    if (registry && !('message' in registry)) wanted.set(versionKey(registry.uid, name), { name, registryUid: registry.uid });
  }
  await Promise.all(
    [...wanted].map(async ([key, { name, registryUid }]) => versions.set(key, await versionsOrNull(client, name, registryUid, signal))),
  );
  return { registries, versions };
}

async function versionsOrNull(client: PaletteClient, name: string, registryUid: string, signal?: AbortSignal): Promise<PackTagEntity | null> {
  try {
    const found = await client.packVersions(name, registryUid, { signal });
    return found.tags?.length ? found : null;
  } catch (e) {
    if (e instanceof PaletteError && e.status === 404) return null;
    throw e;
  }
}

function serverProblems(response: Record<string, unknown>): PlanProblem[] {
  const results = ((response.packs as { results?: unknown } | undefined)?.results ?? []) as { name?: string; errors?: { message?: string }[] }[];
  return results.flatMap((r) => (r.errors ?? []).map((e) => ({ pack: r.name, message: e.message ?? 'rejected by Palette' })));
}

export async function publishProfile(client: PaletteClient, req: PublishRequest): Promise<PublishOutcome> {
  if (req.localErrors.length > 0) return { status: 'blocked', errors: req.localErrors };
  const step = req.progress ?? (() => undefined);
  const { input, signal } = req;
  const version = req.version ?? input.version;
  step(`Resolving ${input.packs.length} packs in ${client.host}`);
  const { registries, versions } = await packVersionsFor(client, input, signal);
  const plan = planPublish(input, registries, versions, version);
  if (plan.problems.length > 0) return { status: 'rejected', problems: plan.problems };
  step('Validating packs with Palette');
  const { type, cloudType, packs } = plan.entity.spec.template;
  const rejected = serverProblems(await client.validatePacks({ type, cloudType, packs }, signal));
  if (rejected.length > 0) return { status: 'rejected', problems: rejected };
  step(`Checking that ${input.name} ${version} is free`);
  const free = await client.validateName(input.name, version, signal);
  if (!free.ok) {
    const existing = await profileVersions(client, input.name, signal);
    if (!existing.some((v) => v.version === version)) return { status: 'rejected', problems: [{ message: free.message ?? `Palette refused ${input.name} ${version}` }] };
    const taken = existing.map((v) => v.version);
    return { status: 'version-exists', name: input.name, version, suggestedVersion: nextVersion(version, taken), existing };
  }
  if (req.dryRun) return { status: 'ready', name: input.name, version, entity: plan.entity };
  signal?.throwIfAborted();
  step(`Creating and publishing ${input.name} ${version}`);
  const created = await createOnce(client, () => client.createProfile(plan.entity, { publish: true }), {
    name: input.name,
    version,
    settleMs: req.settleMs,
    log: req.log,
  });
  return { status: 'published', name: input.name, version, uid: created.uid, recovered: created.recovered };
}
