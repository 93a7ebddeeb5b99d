// `npm run demo -- --check`: proves the quick start works by looking at it the way a newcomer does — the
// broken example open, its diagnostics in the Problems panel — and saves the view as a screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, waitForWorkbench } from './browser.mjs';

const wait = Number(process.env.PALETTE_E2E_WAIT_MS || 60_000);

/** Opens `file` from the explorer at `url`; resolves to the Problems panel rows; throws if `code` is absent. */
export async function checkDemo(url, { file, code, screenshot, scratchDir }) {
  mkdirSync(scratchDir, { recursive: true });
  const browser = await launchChromium(scratchDir);
  const { page } = browser;
  try {
    await page.goto(url);
    await waitForWorkbench(page, wait);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).click({ timeout: wait });
    await page.keyboard.press('Control+Shift+M'); // View: Focus Problems
    await page.locator('.markers-panel .monaco-list-row', { hasText: code }).first().waitFor({ timeout: wait });
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: wait });
    return await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  } finally {
    mkdirSync(join(screenshot, '..'), { recursive: true });
    await page.screenshot({ path: screenshot }).catch(() => {});
    await browser.context.close().catch(() => {});
  }
}
