// Packages the extension as users get it: `vsce package` (on Node 24; vsce 4 needs Node >= 22) after a build.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { node24, outputDir, repoRoot, vsceEntry } from './e2e-paths.mjs';

/** Writes .test-output/e2e/palette-profiles.vsix and returns its path; .vscodeignore decides the contents. */
export function packageVsix() {
  mkdirSync(outputDir, { recursive: true });
  const vsix = join(outputDir, 'palette-profiles.vsix');
  // The manifest names no repository, so the README's relative links stay as written instead of being rewritten.
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix];
  execFileSync(node24, [vsceEntry, ...args], {
    cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], timeout: 120_000,
  });
  return vsix;
}

/** The files `vsce package` puts in the .vsix, to check that .vscodeignore keeps sources and tests out. */
export function vsixFiles() {
  return execFileSync(node24, [vsceEntry, 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 })
    .split('\n').filter(Boolean);
}
