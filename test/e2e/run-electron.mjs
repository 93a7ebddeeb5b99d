#!/usr/bin/env node
// `npm run test:e2e:electron`: the same in-host mocha suite on desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (it fetches a build into out/vscode-test/). On Linux without a display,
// run it under a virtual one: `xvfb-run -a npm run test:e2e:electron`. Here (no route to the VS Code download
// servers) `npm run test:e2e` runs the suite on code-server instead.
//   Env: PALETTE_E2E_VSCODE_VERSION (default "stable"), PALETTE_E2E_GREP (mocha grep).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildExtension, buildSuite, suiteEntry } from './lib/build.mjs';
import { repoRoot } from './lib/e2e-paths.mjs';

async function main() {
  buildExtension();
  await buildSuite();
  const root = mkdtempSync(join(tmpdir(), 'pp-electron-'));
  const workspace = join(root, 'workspace');
  cpSync(join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const resultFile = join(root, 'result.json');
  let passed = false;
  try {
    const code = await runTests({
      version: process.env.PALETTE_E2E_VSCODE_VERSION || 'stable',
      cachePath: join(repoRoot, 'out', 'vscode-test'), // git-ignored, instead of .vscode-test/ in the repository
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteEntry,
      // Fresh profile, no other extensions, no trust prompt: the same conditions as the code-server run.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', join(root, 'ud'), '--extensions-dir', join(root, 'ext')],
      extensionTestsEnv: { PALETTE_E2E_RESULT_FILE: resultFile, PALETTE_E2E_GREP: process.env.PALETTE_E2E_GREP ?? '' },
    });
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    passed = code === 0 && result.failures === 0 && result.passed.length > 0;
    console.log(`e2e (VS Code desktop): ${passed ? 'passed' : 'FAILED'} — ${result.passed.length} passed, ${result.failed.length} failed`);
  } catch (err) {
    console.error(`e2e (VS Code desktop) did not run: ${err instanceof Error ? err.message : String(err)}`);
    console.error('It needs to download VS Code; where that is impossible, `npm run test:e2e` runs the suite on code-server.');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  process.exit(passed ? 0 : 1);
}

await main();
