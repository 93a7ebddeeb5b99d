/** The LSP and CLI tests run the bundles; rebuild them first when a source file is newer (a lock keeps parallel test files from building twice). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  const built = ['dist/server.js', 'dist/cli.js'].map((f) => {
    try {
      return statSync(resolve(repoRoot, f)).mtimeMs;
    } catch {
      return 0;
    }
  });
  const sources = Math.max(newestSource(resolve(repoRoot, 'server/src')), statSync(resolve(repoRoot, 'package.json')).mtimeMs);
  return Math.min(...built) < sources;
}

export function ensureBuilt(): void {
  if (!isStale()) return;
  const lock = resolve(repoRoot, 'dist/.test-build.lock');
  mkdirSync(resolve(repoRoot, 'dist'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`could not take ${lock}; remove it if no build is running`);
      // Another test file is building: wait for it (a blocking wait is fine here, before any test runs).
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!isStale()) return;
    const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  } finally {
    rmdirSync(lock);
  }
}
