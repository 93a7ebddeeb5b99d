// Builds what the editor loads: the extension bundles (dist/) and the in-host mocha suite (out/e2e/).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './e2e-paths.mjs';

export const suiteOut = join(repoRoot, 'out', 'e2e');
/** The extensionTestsPath VS Code loads: exports run(). */
export const suiteEntry = join(suiteOut, 'index.js');

/** `npm run build`'s bundles, so the tests never run a stale dist/. */
export function buildExtension() {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit', timeout: 120_000 });
  if (result.status !== 0) throw new Error('building the extension failed (node esbuild.mjs)');
}

function suiteSources(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) suiteSources(path, out);
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

// Every bundle must share one mocha instance (suite/test register on it), so mocha stays external and is
// loaded from node_modules at run time; its CommonJS build, so hosts without require(esm) load it too.
const mochaExternal = {
  name: 'mocha-external',
  setup(build) {
    build.onResolve({ filter: /^mocha$/ }, () => ({ path: 'mocha/lib/mocha.cjs', external: true }));
  },
};

/**
 * Bundles each test/e2e/suite/**\/*.ts to out/e2e/ on its own (index.js adds the *.test.js files to mocha).
 * Test files may import anything in the repository, the emulator included: it is bundled in and runs in the
 * extension host.
 */
export async function buildSuite() {
  const suiteDir = join(repoRoot, 'test', 'e2e', 'suite');
  rmSync(suiteOut, { recursive: true, force: true });
  const entryPoints = suiteSources(suiteDir).map((file) => ({ in: file, out: relative(suiteDir, file).replace(/\.ts$/, '') }));
  await esbuild.build({
    entryPoints,
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    plugins: [mochaExternal],
    logLevel: 'warning',
  });
}
