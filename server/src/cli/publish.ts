/** `palette-profile publish FILE`: the editor's publish workflow for CI. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseProfile } from '../core/parse/parse-profile.js';
import { validate } from '../core/validate.js';
import { createPaletteClient, PaletteError } from '../palette/client.js';
import type { PaletteClient } from '../palette/client.js';
import { connectionFromEnv, resolveConnection } from '../palette/connection-from-env.js';
import { localErrorsOf } from '../publish/local-errors.js';
import { profileInput } from '../publish/profile-input.js';
import { publishProfile } from '../publish/publish.js';
import type { PublishOutcome } from '../publish/publish.js';
import { targetLabel } from '../publish/target-label.js';
import { loadCatalog } from './cli-catalog.js';
import { exitCode, UsageError } from './cli-io.js';
import type { CliIo } from './cli-io.js';
import type { Subcommand } from './subcommand.js';

const usage = `Usage: palette-profile publish FILE [--dry-run] [--yes] [--version X.Y.Z]

Validates FILE locally (errors stop here), resolves its packs in the target tenant, runs Palette's pack and
name checks, then creates and publishes the profile. The file is never modified.

  --dry-run        check everything, create nothing
  --yes            really publish (without it, the command only says what it would do)
  --version X.Y.Z  publish as this version instead of the file's (e.g. the suggested next version)

Target: PALETTE_HOST, PALETTE_API_KEY, PALETTE_PROJECT (a project name), or SPECTROCLOUD_HOST / SPECTROCLOUD_APIKEY.
Exit codes: 0 published (or would be), 1 refused (local errors, Palette's checks, version exists), 2 usage or I/O error.
`;

function options(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, yes: { type: 'boolean', default: false }, version: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
    return { file: positionals[0], dryRun: values['dry-run'], yes: values.yes, version: values.version };
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError((e as Error).message);
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** One outcome → lines and exit code. */
export function reportOutcome(o: PublishOutcome, target: string, io: CliIo, file: string): number {
  switch (o.status) {
    case 'blocked':
      for (const e of o.errors) io.err(`${file}:${e.line} error ${e.code} ${e.message}\n`);
      io.err(`publish: ${o.errors.length} error(s) in ${file}; nothing was sent to Palette\n`);
      return exitCode.findings;
    case 'rejected':
      for (const p of o.problems) io.err(`publish: ${p.pack ? `pack ${p.pack}: ` : ''}${p.message}\n`);
      return exitCode.findings;
    case 'version-exists':
      io.err(`publish: ${o.name} ${o.version} already exists in ${target}; next free version: ${o.suggestedVersion} (--version ${o.suggestedVersion})\n`);
      return exitCode.findings;
    case 'ready':
      io.out(`publish: ${o.name} ${o.version} is ready to publish to ${target} (dry run, nothing created)\n`);
      return exitCode.ok;
    case 'published':
      io.out(`publish: published ${o.name} ${o.version} to ${target}: uid ${o.uid}${o.recovered ? ' (found after a lost answer; not created twice)' : ''}\n`);
      return exitCode.ok;
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const o = options(args);
  const path = resolve(io.cwd, o.file);
  const text = readText(path);
  const conn = connectionFromEnv(io.env);
  if (!conn) throw new UsageError('set PALETTE_HOST and PALETTE_API_KEY (or SPECTROCLOUD_HOST / SPECTROCLOUD_APIKEY)');
  const profile = parseProfile(text, pathToFileURL(path).href);
  const catalog = await loadCatalog({ offline: false, verbose: false }, [profile], io);
  const localErrors = localErrorsOf(validate(profile, catalog), text);
  let client: PaletteClient | undefined;
  try {
    client = createPaletteClient({ ...(await resolveConnection({ ...conn, env: io.env }, createPaletteClient)), env: io.env });
    const target = await targetLabel(client, conn.projectName);
    const dryRun = o.dryRun || !o.yes;
    const outcome = await publishProfile(client, { input: profileInput(profile), localErrors, version: o.version, dryRun });
    const code = reportOutcome(outcome, target, io, o.file);
    if (outcome.status !== 'ready' || o.dryRun) return code;
    // A write needs an explicit yes that has seen the target named: not the default in a script.
    io.err(`publish: add --yes to publish ${outcome.name} ${outcome.version} to ${target}\n`);
    return exitCode.usage;
  } catch (e) {
    if (e instanceof PaletteError) return (io.err(`publish: ${e.message}\n`), exitCode.findings);
    throw e;
  } finally {
    await client?.close();
  }
}

export const publishCommand: Subcommand = { name: 'publish', summary: 'create and publish a profile file in Palette', usage, run };
