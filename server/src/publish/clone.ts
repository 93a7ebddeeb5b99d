/**
 * Cross-tenant clone (PRODUCT §7): export from the source (or a file) → resolve in the destination → preflight
 * report → import with publish → read back. The spec's /clone endpoint cannot cross tenants (FACTS §2.7), so
 * this goes through Palette's export/import form, where registries are named, not uid'd.
 */
import { PaletteError } from '../palette/client.js';
import type { PaletteClient } from '../palette/client.js';
import type { ClonePlan } from './clone-plan.js';
import { planClone } from './clone-plan.js';
import { createOnce, isAmbiguous } from './create-once.js';
import { findProfile } from './find-profile.js';
import { profileInputOfJson } from './profile-input.js';
import type { ProfileInput } from './profile-input.js';
import { packVersionsFor } from './publish.js';

export type CloneSource = { client: PaletteClient; uid: string } | { input: ProfileInput; label: string };

export interface CloneRequest {
  source: CloneSource;
  destination: PaletteClient;
  /** host · tenant · project, as the user should read it in the report and the confirmation. */
  destinationLabel: string;
  signal?: AbortSignal;
  progress?: (step: string) => void;
  log?: (line: string) => void;
}

/** The source profile in export form; from a Palette profile version through /export (never the GET form). */
async function readSource(source: CloneSource, signal?: AbortSignal): Promise<{ input: ProfileInput; label: string }> {
  if ('input' in source) return source;
  const text = await source.client.exportProfile(source.uid, { format: 'json', signal });
  return { input: profileInputOfJson(JSON.parse(text)), label: `${source.client.host} profile ${source.uid}` };
}

/** Everything up to the report; nothing is written anywhere. */
export async function preflightClone(req: CloneRequest): Promise<ClonePlan> {
  const step = req.progress ?? (() => undefined);
  step('Exporting the source profile');
  const { input, label } = await readSource(req.source, req.signal);
  step(`Resolving ${input.packs.length} packs in ${req.destinationLabel}`);
  const dest = await packVersionsFor(req.destination, input, req.signal);
  const plan = planClone(input, dest, { source: label, destination: req.destinationLabel });
  if (plan.report.blocking.length === 0) {
    step('Asking the destination to validate the import');
    const refusal = await importRefusal(req.destination, plan.entity, req.signal);
    if (refusal) plan.report.blocking.push(refusal);
    plan.report.clean &&= !refusal;
  }
  return plan;
}

async function importRefusal(client: PaletteClient, entity: Record<string, unknown>, signal?: AbortSignal): Promise<string | undefined> {
  try {
    await client.validateImport(entity, signal);
    return undefined;
  } catch (e) {
    if (!(e instanceof PaletteError) || e.status === undefined || e.status >= 500 || e.status === 401 || e.status === 403) throw e;
    return e.status === 409 ? 'a profile with this name and version already exists in the destination' : e.message;
  }
}

export interface CloneResult {
  uid: string;
  name: string;
  version: string;
}

/**
 * Imports a planned clone and reads it back. Any failure after the profile may exist removes it again, so a
 * failed clone leaves nothing half-imported.
 */
export async function importClone(req: CloneRequest, plan: ClonePlan, o: { accept?: boolean; settleMs?: number } = {}): Promise<CloneResult> {
  const { report } = plan;
  if (report.blocking.length > 0) throw new Error(`cannot import: ${report.blocking.join('; ')}`);
  if (!report.clean && !o.accept) throw new Error('the preflight report has items to review; accept it to import anyway');
  req.signal?.throwIfAborted();
  const step = req.progress ?? (() => undefined);
  const dest = req.destination;
  step(`Importing ${report.name} ${report.version} into ${req.destinationLabel}`);
  let uid: string | undefined;
  try {
    ({ uid } = await createOnce(dest, () => dest.importProfile(plan.entity, { publish: true }), {
      name: report.name,
      version: report.version,
      settleMs: o.settleMs,
      log: req.log,
    }));
    step('Reading the imported profile back');
    await verify(dest, uid, plan);
    return { uid, name: report.name, version: report.version };
  } catch (e) {
    // Without a uid, only a lost answer can have left something; a clear refusal created nothing (and the
    // name may belong to someone else's profile by now).
    if (uid || isAmbiguous(e)) await removeLeftover(dest, report.name, report.version, uid, req.log);
    throw e;
  }
}

async function verify(client: PaletteClient, uid: string, plan: ClonePlan): Promise<void> {
  const profile = await client.getProfile(uid);
  const spec = (profile.spec ?? {}) as { published?: { packs?: { name?: string; version?: string; tag?: string }[] } | null };
  const got = (spec.published?.packs ?? []).map((p) => `${p.name}@${p.version ?? p.tag}`).sort();
  const want = plan.report.packs.map((p) => `${p.name}@${p.version}`).sort();
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    throw new Error(`the imported profile does not match the source (expected ${want.join(', ')}; got ${got.join(', ') || 'no published packs'})`);
  }
}

/** Best effort: the uid we were given, or whatever landed under the name and version after a lost answer. */
async function removeLeftover(client: PaletteClient, name: string, version: string, uid: string | undefined, log?: (line: string) => void): Promise<void> {
  try {
    const leftover = uid ?? (await findProfile(client, name, version));
    if (leftover) {
      await client.deleteProfile(leftover);
      log?.(`clone: removed the half-imported ${name} ${version} (${leftover})`);
    }
  } catch (e) {
    log?.(`clone: could not check for or remove a half-imported ${name} ${version}: ${(e as Error).message}`);
  }
}
