/** `palette-profile clone`: a profile version (or file) into another tenant/project, through a preflight report. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseProfile } from '../core/parse/parse-profile.js';
import { createPaletteClient, PaletteError } from '../palette/client.js';
import type { PaletteClient } from '../palette/client.js';
import { connectionFromEnv, resolveConnection } from '../palette/connection-from-env.js';
import { importClone, preflightClone } from '../publish/clone.js';
import type { CloneSource } from '../publish/clone.js';
import { renderPreflightReport } from '../publish/preflight-report.js';
import { profileInput } from '../publish/profile-input.js';
import { targetLabel } from '../publish/target-label.js';
import { exitCode, UsageError } from './cli-io.js';
import type { CliIo } from './cli-io.js';
import type { Subcommand } from './subcommand.js';

const usage = `Usage: palette-profile clone (--from-uid UID | --file FILE) --to-project NAME [--to-host HOST] [--dry-run] [--yes] [--report FILE]

Exports the source profile version (PALETTE_* credentials) or reads FILE (export form), resolves every pack by
registry name and version in the destination, prints a preflight report (markdown), and imports only with --yes:
a clean report imports, a report with items to review imports because --yes accepts them, a blocking item never.

  --from-uid UID     profile version uid in the source (PALETTE_HOST / PALETTE_API_KEY / PALETTE_PROJECT)
  --file FILE        a profile file in export form instead
  --to-host HOST     destination host (default: the source host)
  --to-project NAME  destination project (omit for tenant scope)
  --dry-run          the report only
  --yes              import (and accept the report's review items)
  --report FILE      also write the report to FILE

The destination key comes from PALETTE_DEST_API_KEY only; PALETTE_DEST_CA_FILE and PALETTE_DEST_INSECURE=1 are the
destination's TLS settings (the source's come from PALETTE_CA_FILE / PALETTE_INSECURE).
Exit codes: 0 imported (or a clean dry run), 1 blocked, needs review, or failed, 2 usage or I/O error.
`;

function options(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        'from-uid': { type: 'string' }, file: { type: 'string' }, 'to-host': { type: 'string' }, 'to-project': { type: 'string' },
        'dry-run': { type: 'boolean', default: false }, yes: { type: 'boolean', default: false }, report: { type: 'string' },
      },
    });
    if (!values['from-uid'] === !values.file) throw new UsageError('give one of --from-uid UID or --file FILE');
    return values;
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError((e as Error).message);
  }
}

type Options = ReturnType<typeof options>;

interface Tls {
  caFile?: string;
  insecure?: boolean;
}

async function client(host: string, apiKey: string, projectName: string | undefined, tls: Tls, io: CliIo): Promise<PaletteClient> {
  const base = { host, apiKey, projectName, caFile: tls.caFile, insecure: tls.insecure, env: io.env };
  return createPaletteClient({ ...(await resolveConnection(base, createPaletteClient)), env: io.env });
}

function fileSource(o: Options, io: CliIo): CloneSource {
  const path = resolve(io.cwd, o.file ?? '');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read '${o.file}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return { input: profileInput(parseProfile(text, path)), label: `file ${o.file}` };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const o = options(args);
  const source = connectionFromEnv(io.env);
  const destKey = io.env.PALETTE_DEST_API_KEY;
  const destHost = o['to-host'] ?? source?.host;
  if (!destKey || !destHost) throw new UsageError('set PALETTE_DEST_API_KEY and --to-host (or a source PALETTE_HOST)');
  if (o['from-uid'] && !source) throw new UsageError('--from-uid needs the source credentials: PALETTE_HOST and PALETTE_API_KEY');
  const opened: PaletteClient[] = [];
  try {
    // The destination's TLS settings are its own: a private CA of the source says nothing about the destination.
    const destTls = { caFile: io.env.PALETTE_DEST_CA_FILE || undefined, insecure: io.env.PALETTE_DEST_INSECURE === '1' };
    const dest = await client(destHost, destKey, o['to-project'], destTls, io);
    opened.push(dest);
    let from: CloneSource;
    if (o.file || !source) from = fileSource(o, io);
    else {
      const src = await client(source.host, source.apiKey, source.projectName, source, io);
      opened.push(src);
      from = { client: src, uid: o['from-uid'] ?? '' };
    }
    const req = { source: from, destination: dest, destinationLabel: await targetLabel(dest, o['to-project']), log: (l: string) => io.err(`${l}\n`) };
    const plan = await preflightClone(req);
    const report = renderPreflightReport(plan.report);
    io.out(`${report}\n`);
    if (o.report) writeFileSync(resolve(io.cwd, o.report), report);
    if (plan.report.blocking.length > 0) return (io.err('clone: blocked; nothing was imported\n'), exitCode.findings);
    if (o['dry-run'] || !o.yes) {
      if (!o['dry-run']) io.err(`clone: add --yes to import into ${req.destinationLabel}\n`);
      return plan.report.clean ? exitCode.ok : exitCode.findings;
    }
    const done = await importClone(req, plan, { accept: true });
    io.out(`clone: imported ${done.name} ${done.version} into ${req.destinationLabel}: uid ${done.uid}\n`);
    return exitCode.ok;
  } catch (e) {
    if (e instanceof PaletteError || (e instanceof Error && !(e instanceof UsageError))) return (io.err(`clone: ${e.message}\n`), exitCode.findings);
    throw e;
  } finally {
    await Promise.all(opened.map((c) => c.close()));
  }
}

export const cloneCommand: Subcommand = { name: 'clone', summary: 'clone a profile to another tenant or project (preflight report first)', usage, run };
