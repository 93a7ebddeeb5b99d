/** `.palette-profile.yaml` for the CLI: from --config, else from the working directory when present. */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parseConfig } from '../core/config.js';
import type { RuleSeverity } from '../protocol.js';
import { UsageError } from './cli-io.js';

export interface CliConfig {
  severities: Record<string, RuleSeverity>;
  /** Config problems, as lines for stderr. */
  warnings: string[];
  /** The `ignore` globs (relative to the config file's folder) match this absolute path. */
  isIgnored(path: string): boolean;
}

export function loadConfig(configOption: string | undefined, cwd: string): CliConfig {
  const path = resolve(cwd, configOption ?? '.palette-profile.yaml');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (configOption !== undefined) throw new UsageError(`cannot read config '${configOption}': ${reason(err)}`);
    return { severities: {}, warnings: [], isIgnored: () => false };
  }
  const config = parseConfig(text);
  const warnings = config.problems.map((p: unknown) => `${configOption ?? '.palette-profile.yaml'}: ${problemText(p)}`);
  const matches = config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : undefined;
  const root = dirname(path);
  const isIgnored = (file: string) => matches?.(relative(root, file).split(sep).join('/')) ?? false;
  return { severities: config.severities, warnings, isIgnored };
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err);
}

function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (problem && typeof problem === 'object' && 'message' in problem) return String(problem.message);
  return JSON.stringify(problem);
}
