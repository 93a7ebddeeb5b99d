/** `palette-profile validate`: the editor's rules over files, for CI. */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import type { Severity } from '../core/finding.js';
import type { ProfileDocument } from '../core/model.js';
import { parseProfile } from '../core/parse/parse-profile.js';
import { loadCatalog } from './cli-catalog.js';
import { exitCode, UsageError } from './cli-io.js';
import type { CliIo } from './cli-io.js';
import { loadConfig } from './config-file.js';
import { expandInputs } from './expand-inputs.js';
import type { InputFile } from './expand-inputs.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import { atOrAbove, locateFindings } from './located-finding.js';
import type { LocatedFinding } from './located-finding.js';
import { ruleMetadata, validate } from '../core/validate.js';
import type { Subcommand } from './subcommand.js';

const usage = `Usage: palette-profile validate <files|folders|globs...> [options]

Validates Palette cluster profiles with the same rules as the editor. Folders expand to
*.profile.{yaml,yml,json} below them; quote globs ('profiles/**/*.yaml') to let the CLI expand them.

Options:
  --format text|json|sarif      output format (default text)
  --fail-on error|warning|info  lowest severity that makes the exit code 1 (default error)
  --catalog FILE                validate against a catalog snapshot (palette-profile catalog pull)
  --offline                     no network: use the cached catalog only
  --config FILE                 rule severities (default ./.palette-profile.yaml when present)
  --verbose                     log catalog requests to stderr

Exit codes: 0 no findings at or above --fail-on, 1 such findings, 2 usage or I/O error.
`;

const formats = ['text', 'json', 'sarif'] as const;
const failLevels = ['error', 'warning', 'info', 'hint'] as const;

interface Loaded {
  file: string;
  text: string;
  profile: ProfileDocument;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args);
  const config = loadConfig(options.config, io.cwd);
  for (const warning of config.warnings) io.err(`warning: ${warning}\n`);
  // Files a glob or folder found are skipped when the config ignores them; named ones are validated regardless.
  const files = (await expandInputs(options.inputs, io.cwd)).filter((f) => f.explicit || !config.isIgnored(f.path));
  const loaded = readProfiles(files, io.cwd);
  const catalog = await loadCatalog(
    { snapshotFile: options.catalog && resolve(io.cwd, options.catalog), offline: options.offline, verbose: options.verbose },
    loaded.map((l) => l.profile),
    io,
  );
  const findings: LocatedFinding[] = loaded.flatMap(({ file, text, profile }) =>
    locateFindings(file, text, validate(profile, catalog, { severities: config.severities })),
  );
  io.out(render(options.format, findings, loaded.length, io.cwd));
  return findings.some((f) => atOrAbove(f.severity, options.failOn)) ? exitCode.findings : exitCode.ok;
}

function readOptions(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        catalog: { type: 'string' },
        offline: { type: 'boolean', default: false },
        config: { type: 'string' },
        verbose: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const format = oneOf(values.format, formats, '--format');
  const failOn: Severity = oneOf(values['fail-on'], failLevels, '--fail-on');
  if (positionals.length === 0) throw new UsageError('no files given (try: palette-profile validate profiles/)');
  if (values.catalog !== undefined && values.offline) throw new UsageError('--catalog and --offline exclude each other');
  const { catalog, offline, config, verbose } = values;
  return { inputs: positionals, format, failOn, catalog, offline, config, verbose };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}

/** Files a glob or folder found are kept only when they hold a profile; files named explicitly always are. */
function readProfiles(files: InputFile[], cwd: string): Loaded[] {
  const loaded: Loaded[] = [];
  for (const { path, explicit } of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read '${relative(cwd, path)}': ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const file = relative(cwd, path).split(sep).join('/');
    const profile = parseProfile(text, pathToFileURL(path).href);
    if (explicit || profile.isProfile || /\.profile\.(ya?ml|json)$/.test(path)) loaded.push({ file, text, profile });
  }
  return loaded;
}

function render(format: (typeof formats)[number], findings: LocatedFinding[], fileCount: number, cwd: string): string {
  if (format === 'json') return formatJson(findings);
  if (format === 'sarif') return formatSarif(findings, { rules: ruleMetadata, version, cwd });
  return formatText(findings, fileCount);
}

export const validateCommand: Subcommand = {
  name: 'validate',
  summary: 'validate profile files (text, JSON or SARIF output)',
  usage,
  run,
};
