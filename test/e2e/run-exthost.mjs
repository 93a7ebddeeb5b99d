#!/usr/bin/env node
// `npm run test:e2e`: the mocha suite in test/e2e/suite runs inside the Node extension host of a real VS Code
// (code-server 4.139.1 = VS Code 1.139.1), with this repository as the development extension.
//   Env: PALETTE_E2E_GREP (mocha grep), PALETTE_E2E_TIMEOUT_MS (whole run, default 300000).
//   --untrusted: restricted mode — workspace trust on, the folder never trusted; runs the 'Restricted mode' suite
//   (which skips itself in normal runs) unless PALETTE_E2E_GREP says otherwise.
// The workbench honours extensionDevelopmentPath/extensionTestsPath only in smoke-test-driver mode, through the
// `payload` URL parameter; when run() settles it calls window.codeAutomationExit(code), and it forwards the
// extension host's console (mocha's spec reporter) to window.codeAutomationLog. Exit code = the suite's result.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.mjs';
import { buildExtension, buildSuite, suiteEntry } from './lib/build.mjs';
import { prepareProfile, startCodeServer } from './lib/code-server.mjs';
import { assertInstalled, repoRoot } from './lib/e2e-paths.mjs';
import { keepEvidence } from './lib/evidence.mjs';
import { formatConsoleArgs } from './lib/format-console.mjs';

const timeoutMs = Number(process.env.PALETTE_E2E_TIMEOUT_MS || 300_000);
const untrusted = process.argv.includes('--untrusted');
// Trust on, no prompt at start-up (nobody would answer it), files opened in restricted mode without asking.
const untrustedSettings = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
  'security.workspace.trust.emptyWindow': false,
};
const grep = process.env.PALETTE_E2E_GREP || (untrusted ? 'Restricted mode' : '');
// code-server's web client always names the server's file system `vscode-remote://remote`.
const remote = (path) => `vscode-remote://remote${path}`;

async function runSuite(profile, workspace, resultFile, consoleLog) {
  const server = await startCodeServer(profile, {
    folder: workspace,
    workspaceTrust: untrusted,
    env: { PALETTE_E2E_RESULT_FILE: resultFile, PALETTE_E2E_GREP: grep, PALETTE_E2E_UNTRUSTED: untrusted ? '1' : '' },
  });
  const chromiumDir = join(profile.root, 'chromium');
  mkdirSync(chromiumDir);
  let browser;
  try {
    browser = await launchChromium(chromiumDir);
    const { page } = browser;
    let exit;
    const exited = new Promise((resolve) => { exit = resolve; });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      consoleLog.push(formatConsoleArgs(args ?? []));
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(suiteEntry)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser?.context.close().catch(() => {});
    await server.stop();
  }
}

/** Pass = exit code 0 and a result file that lists passed tests and no failures (guards against "ran nothing"). */
function verdict(code, resultFile) {
  let result;
  try { result = JSON.parse(readFileSync(resultFile, 'utf8')); } catch { result = undefined; }
  const passed = code === 0 && result?.failures === 0 && result.passed.length > 0;
  const why = code === 'timeout' ? `no result within ${timeoutMs} ms` : `exit code ${code}, result ${result ? `${result.passed.length} passed, ${result.failed.length} failed` : 'file missing'}`;
  return { passed, why, result };
}

async function main() {
  assertInstalled();
  buildExtension();
  await buildSuite();
  const root = mkdtempSync(join(tmpdir(), 'pp-e2e-'));
  const profile = prepareProfile(root, { settings: untrusted ? untrustedSettings : {} });
  const workspace = join(root, 'workspace');
  cpSync(join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const resultFile = join(root, 'result.json');
  const consoleLog = [];
  const started = Date.now();
  console.log(`e2e: starting code-server and the suite in its extension host${untrusted ? ' (untrusted workspace)' : ''} ...`);
  let code;
  try {
    code = await runSuite(profile, workspace, resultFile, consoleLog);
  } catch (err) {
    console.error(err);
    code = 'harness-error';
  }
  const { passed, why, result } = verdict(code, resultFile);
  // mocha's report from the result file; without one, the end of the forwarded console says where it stopped.
  console.log((result?.report ?? consoleLog.slice(-40)).join('\n'));
  console.log(`e2e (extension host${untrusted ? ', untrusted' : ''}): ${passed ? 'passed' : 'FAILED'} — ${why}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!passed) {
    writeFileSync(join(root, 'exthost-console.log'), consoleLog.join('\n'));
    const dir = keepEvidence(profile, untrusted ? 'exthost-untrusted' : 'exthost', [resultFile, join(root, 'exthost-console.log')]);
    console.log(`evidence: ${dir}`);
  }
  rmSync(root, { recursive: true, force: true });
  process.exit(passed ? 0 : 1);
}

await main();
