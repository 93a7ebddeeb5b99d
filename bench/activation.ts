/**
 * Extension activation, timed by bench/activation-probe.mjs in a plain Node process with a stub `vscode`
 * (benchmark only): `activateMs` is activate() itself, `loadMs` the require of the bundle before it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './external-tools.js';

export interface ActivationRun {
  requireMs: number;
  activateMs: number;
  totalMs: number;
  error?: string;
}

export function measureActivation(node: string, bundle: string): ActivationRun {
  const out = execFileSync(node, [join(repoRoot, 'bench/activation-probe.mjs'), bundle], { encoding: 'utf8', cwd: repoRoot });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ActivationRun;
}
