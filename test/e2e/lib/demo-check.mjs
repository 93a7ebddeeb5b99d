// `npm run demo -- --check`: proves the quick start works by looking at it the way a newcomer does — the
// broken example open, its diagnostics in the Problems panel — and saves the view as a screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, waitForWorkbench } from './browser.mjs';

const wait = Number(process.env.PALETTE_E2E_WAIT_MS || 60_000);

/** A Problems row's text is `message\npalette\n<code>\n[Ln …]`; matching the source and code lines (not the message)
 *  keeps a rule name quoted in another finding's message from passing for the finding itself. */
const rowOf = (code) => new RegExp(`\\npalette\\n${code}\\n`);

/**
 * Opens `file` from the explorer at `url`; resolves to the Problems panel rows; throws if any of `codes` is
 * absent or a rule failed (internal-error).
 */
export async function checkDemo(url, { file, codes, screenshot, scratchDir }) {
  mkdirSync(scratchDir, { recursive: true });
  const browser = await launchChromium(scratchDir);
  const { page } = browser;
  try {
    await page.goto(url);
    await waitForWorkbench(page, wait);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).click({ timeout: wait });
    await page.keyboard.press('Control+Shift+M'); // View: Focus Problems
    const rowsLocator = page.locator('.markers-panel .monaco-list-row');
    await rowsLocator.first().waitFor({ timeout: wait });
    let rows = [];
    const deadline = Date.now() + wait;
    // innerText keeps the row's line structure (hasText matching does not), so poll it until every code shows.
    while (!codes.every((code) => rows.some((r) => rowOf(code).test(r)))) {
      if (Date.now() > deadline) throw new Error(`Problems panel lacks ${codes.join(', ')}: ${JSON.stringify(rows)}`);
      await page.waitForTimeout(250);
      rows = await rowsLocator.allInnerTexts();
    }
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: wait });
    const failed = rows.filter((r) => rowOf('internal-error').test(r));
    if (failed.length > 0) throw new Error(`a rule failed on the example: ${failed.join(' | ')}`);
    return rows;
  } finally {
    mkdirSync(join(screenshot, '..'), { recursive: true });
    await page.screenshot({ path: screenshot }).catch(() => {});
    await browser.context.close().catch(() => {});
  }
}
