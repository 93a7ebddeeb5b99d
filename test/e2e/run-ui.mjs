#!/usr/bin/env node
// `npm run test:e2e:ui`: the packaged .vsix in a real VS Code (code-server), driven through headless chromium
// the way a user would: open a broken profile from the explorer, read its diagnostic in the Problems panel,
// open the Palette sidebar. Screenshots go to .test-output/e2e/ui/ whether the run passes or fails.
//   Env: PALETTE_E2E_WAIT_MS (each UI wait, default 60000). Exit code 0 = pass.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, waitForWorkbench } from './lib/browser.mjs';
import { buildExtension } from './lib/build.mjs';
import { installExtension, prepareProfile, startCodeServer } from './lib/code-server.mjs';
import { assertInstalled, outputDir, repoRoot } from './lib/e2e-paths.mjs';
import { keepEvidence } from './lib/evidence.mjs';
import { packageVsix, vsixFiles } from './lib/package-vsix.mjs';
import { paletteSidebar } from './lib/palette-sidebar.mjs';

const wait = Number(process.env.PALETTE_E2E_WAIT_MS || 60_000);
const shots = join(outputDir, 'ui');
const brokenFile = 'edge-k3s-infra.profile.yaml';

function checkVsixContents() {
  const files = vsixFiles();
  const strays = files.filter((f) => !/^(dist\/[^/]+\.m?js|syntaxes\/.+|snippets\/.+|media\/.+|package\.json|language-configuration\.json|README\.md|LICENSE)$/.test(f));
  if (strays.length > 0) throw new Error(`.vsix would ship files it should not: ${strays.join(', ')}`);
  if (!files.includes('dist/extension.js') || !files.includes('dist/server.mjs')) throw new Error(`.vsix lacks the bundles: ${files.join(', ')}`);
}

async function problemsPanelShowsDiagnostic(page, summary) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: brokenFile }).click({ timeout: wait });
  await page.locator('.monaco-editor .view-lines', { hasText: 'edge-k3s-infra' }).waitFor({ timeout: wait });
  await page.keyboard.press('Control+Shift+M'); // View: Focus Problems
  // The row names source and code (palette, invalid-profile-version) and where: line 7, column 12.
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'invalid-profile-version' });
  await row.first().waitFor({ timeout: wait });
  summary.problemsPanel = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  const text = summary.problemsPanel.join('\n');
  if (!/palette\W+invalid-profile-version/.test(text) || !/\[Ln 7, Col 12\]/.test(text)) throw new Error(`unexpected Problems panel: ${text}`);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: wait });
  await page.screenshot({ path: join(shots, 'problems.png') });
}

async function paletteSidebarShowsViews(page, summary) {
  const sidebar = paletteSidebar();
  if (!sidebar) {
    summary.paletteSidebar = 'not contributed by package.json yet: not checked';
    return;
  }
  await page.locator(`.activitybar .action-item a[aria-label^="${sidebar.title}"]`).first().click({ timeout: wait });
  for (const view of sidebar.views) {
    await page.locator('.sidebar .pane-header', { hasText: view }).first().waitFor({ timeout: wait });
  }
  summary.paletteSidebar = sidebar.views;
  await page.screenshot({ path: join(shots, 'palette-sidebar.png') });
}

async function main() {
  assertInstalled();
  rmSync(shots, { recursive: true, force: true }); // no screenshot of an earlier run may pass for this one's
  mkdirSync(shots, { recursive: true });
  buildExtension();
  checkVsixContents();
  const vsix = packageVsix();
  const root = mkdtempSync(join(tmpdir(), 'pp-ui-'));
  const profile = prepareProfile(root);
  const workspace = join(root, 'workspace');
  cpSync(join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const summary = { ok: false, screenshots: shots };
  const started = Date.now();
  let server;
  let browser;
  try {
    installExtension(profile, vsix);
    server = await startCodeServer(profile, { folder: workspace });
    mkdirSync(join(root, 'chromium'));
    browser = await launchChromium(join(root, 'chromium'));
    await browser.page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await waitForWorkbench(browser.page, wait);
    await problemsPanelShowsDiagnostic(browser.page, summary);
    await paletteSidebarShowsViews(browser.page, summary);
    summary.ok = true;
  } catch (err) {
    summary.error = String(err?.stack ?? err);
    await browser?.page.screenshot({ path: join(shots, 'failure.png') }).catch(() => {});
  } finally {
    await browser?.context.close().catch(() => {});
    await server?.stop();
  }
  summary.seconds = Number(((Date.now() - started) / 1000).toFixed(1));
  if (!summary.ok) summary.evidence = keepEvidence(profile, 'ui', [join(shots, 'failure.png')]);
  rmSync(root, { recursive: true, force: true });
  console.log(JSON.stringify(summary, null, 2));
  console.log(`e2e (UI, packaged .vsix): ${summary.ok ? 'passed' : 'FAILED'} in ${summary.seconds} s`);
  process.exit(summary.ok ? 0 : 1);
}

await main();
