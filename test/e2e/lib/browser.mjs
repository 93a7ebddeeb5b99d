// Debian's chromium, headless, driven by playwright-core from the e2e cache (no browser download).
import { join } from 'node:path';
import { chromiumPath, requireTool } from './e2e-paths.mjs';

const chromiumArgs = [
  '--no-sandbox', // CI containers run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // CI containers often have a 64 MiB /dev/shm, and Debian's wrapper misdetects it on some hosts.
  '--disable-dev-shm-usage',
];

/** Launches chromium with a fresh profile in `dir` (an empty directory); resolves to { context, page }. */
export async function launchChromium(dir, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = requireTool('playwright-core');
  // Chromium writes outside its profile too (crash reports, dconf): keep that inside the throw-away dir.
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, '.config'), XDG_CACHE_HOME: join(dir, '.cache') };
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: chromiumPath, headless: true, viewport, args: chromiumArgs, env,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Waits until the workbench has restored (the smoke-test driver says so), then for the status bar. */
export async function waitForWorkbench(page, timeout) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForFunction(() => Boolean(globalThis.driver), null, { timeout });
  await page.evaluate(() => globalThis.driver.whenWorkbenchRestored());
  await page.waitForSelector('.part.statusbar', { timeout });
}
