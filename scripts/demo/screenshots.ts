/**
 * The demo's screenshots (headless runs): the highlighted article, an open hovercard over an
 * official with earlier statements, the popup (light and dark, page and people views), and the
 * library with three saved claims.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { hoverPainted, paintedRanges } from '../../e2e/support/highlights.ts';

const HOVER_NAMES = ['Zelenskyy', 'Kaja Kallas', 'Kallas', 'Volodymyr Zelenskyy', 'Rutte'];

async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
}

export async function takeScreenshots(
  context: BrowserContext,
  article: Page,
  extensionId: string,
  tabId: number,
  outDir: string,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false): Promise<void> => {
    const file = resolve(outDir, name);
    await page.screenshot({ path: file, fullPage });
    files.push(file);
  };

  await article.evaluate(() => window.scrollTo(0, 0));
  await settle(article, 300);
  await shot(article, '1-highlighted-article.png');

  let hovered = false;
  for (const name of HOVER_NAMES) {
    if ((await paintedRanges(article, 'onrecord-official', name)).length === 0) continue;
    hovered = await hoverPainted(article, 'onrecord-official', name);
    if (hovered) break;
  }
  if (!hovered) {
    const any = (await paintedRanges(article, 'onrecord-official'))[0];
    if (any) hovered = await hoverPainted(article, 'onrecord-official', any.text);
  }
  await settle(article, 900);
  await shot(article, hovered ? '2-hovercard.png' : '2-hovercard-NOT-OPENED.png');
  await article.mouse.move(5, 5);

  for (const scheme of ['light', 'dark'] as const) {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.claim, .empty').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await settle(popup, 300);
    await shot(popup, `3-popup-${scheme}.png`);
    if (scheme === 'light') {
      await popup.evaluate(() => document.getElementById('claims-h')?.scrollIntoView());
      await settle(popup, 200);
      await shot(popup, '3-popup-claims.png');
      await popup.getByRole('tab', { name: 'People' }).click();
      await popup.locator('[data-testid="people"], .empty').first().waitFor({ timeout: 5000 }).catch(() => undefined);
      await settle(popup, 300);
      await shot(popup, '4-popup-people.png');
      await popup.getByRole('tab', { name: 'Settings' }).click();
      await popup.locator('.settings').waitFor({ timeout: 5000 }).catch(() => undefined);
      await shot(popup, '5-popup-settings.png');
    }
    await popup.close();
  }

  // The library, after saving a few of this page's claims the way the popup's Save does.
  const library = await context.newPage();
  await library.setViewportSize({ width: 1280, height: 820 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  for (const claimIndex of [0, 3, 6]) {
    await library.evaluate(
      ([tab, index]) => chrome.tabs.sendMessage(tab, { type: 'collection/save-claim', claimIndex: index }),
      [tabId, claimIndex] as const,
    );
  }
  await library.reload();
  await library.locator('.item, .empty').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await settle(library, 400);
  await shot(library, '6-library.png');
  await library.close();
  return files;
}
