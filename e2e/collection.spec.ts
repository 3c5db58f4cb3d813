/**
 * The researcher's collection end to end, with the built extension in Chromium:
 * - save a claim by click (popup) and a selection (the message the context menu and the
 *   keyboard shortcut send: Chromium does not deliver native menu clicks or `commands`
 *   shortcuts to an automated headless browser, so the spec sends what they send);
 * - the library lists, searches and exports them (CSV checked for formula escaping, JSON parsed);
 * - the JSON imports into a fresh profile with a clear report;
 * - reopening the page re-anchors the saved quote; a changed page flags it with old and new text.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import {
  extensionIdOf,
  extensionWorker as workerOf,
  launchWithExtension,
} from './support/chromium.ts';
import { NEWEST } from './support/demo.ts';
import { tabIdFor, waitForStoredArticle } from './support/page-state.ts';
import { test, expect } from './support/test.ts';

/** Selects `text` inside the element matching `selector` (one text node). */
async function select(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, wanted]) => {
      const el = document.querySelector(sel);
      const walker = document.createTreeWalker(el ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        const s = document.getSelection();
        s?.removeAllRanges();
        s?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" not found`);
    },
    [selector, text] as const,
  );
}

/** What the context menu item and the shortcut do: ask the tab to save its selection. */
async function saveSelection(worker: Worker, tabId: number): Promise<unknown> {
  return worker.evaluate(
    (id: number) => chrome.tabs.sendMessage(id, { type: 'collection/save-selection' }),
    tabId,
  );
}

async function openLibrary(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('heading', { name: 'On Record — Collection' })).toBeVisible();
}

async function exportAs(library: Page, format: string): Promise<string> {
  await library.getByLabel('Format').selectOption(format);
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Export all' }).click(),
  ]);
  const path = await download.path();
  return readFile(path, 'utf8');
}

const QUOTE = 'We will not sign a deal that puts the harbour workers last';

test('save by click and by selection, find, export, import into a fresh profile', async ({
  page,
  context,
  extensionWorker,
  extensionId,
  fixtureUrl,
  openPopup,
}) => {
  // Save a claim from the popup.
  await page.goto(fixtureUrl(NEWEST.path));
  const tabId = await tabIdFor(extensionWorker, page.url());
  expect(await waitForStoredArticle(extensionWorker, tabId)).not.toBeNull();
  const popup = await openPopup(page);
  const save = popup.getByTestId('claims').getByRole('button', { name: 'Save this claim' }).first();
  await save.click();
  await expect(
    popup.getByTestId('claims').getByRole('button', { name: 'Saved to your collection' }).first(),
  ).toBeVisible();
  await popup.close();

  // Save a selection, as the context menu / shortcut do.
  await page.goto(fixtureUrl('collection/port-talks-v1.html'));
  const portTab = await tabIdFor(extensionWorker, page.url());
  await expect
    .poll(
      async () =>
        (await extensionWorker.evaluate(
          (id: number) => chrome.tabs.sendMessage(id, { type: 'page/get-state' }),
          portTab,
        )) as { ok: boolean; value?: { status: string } },
    )
    .toMatchObject({ ok: true, value: { status: 'article' } });
  await select(page, '#quote', QUOTE);
  expect(await saveSelection(extensionWorker, portTab)).toMatchObject({
    ok: true,
    value: { duplicate: false },
  });
  // The same selection again is not a second item.
  expect(await saveSelection(extensionWorker, portTab)).toMatchObject({
    ok: true,
    value: { duplicate: true },
  });

  // The library lists both, searches, and exports.
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await expect(library.locator('article.item')).toHaveCount(2);
  await library.getByTestId('search').fill('harbour workers');
  await expect(library.locator('article.item')).toHaveCount(1);
  await expect(library.locator('article.item .quote')).toContainText(QUOTE);
  await library.getByRole('button', { name: 'Clear filters' }).click();
  await expect(library.locator('article.item')).toHaveCount(2);

  const csv = await exportAs(library, 'csv');
  expect(csv.split('\r\n')[0]).toContain('"id","saved_at","published_at","person"');
  expect(csv).toContain(QUOTE);
  expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  const json = await exportAs(library, 'json');
  const file = JSON.parse(json) as {
    format: string;
    items: Array<{ url: string; quote: { exact: string } }>;
  };
  expect(file.format).toBe('on-record-collection');
  expect(file.items).toHaveLength(2);
  // Stored under the page's canonical URL, which is on the page's own site.
  expect(file.items.map((i) => i.url)).toContain(fixtureUrl('collection/port-talks'));
  for (const format of ['web-annotation', 'csl-json', 'ris'])
    expect((await exportAs(library, format)).length).toBeGreaterThan(100);

  // A fresh profile imports the JSON, with a report.
  const dir = await mkdtemp(join(tmpdir(), 'onrecord-e2e-fresh-'));
  const fresh = await launchWithExtension(dir);
  try {
    const freshId = extensionIdOf(await workerOf(fresh));
    const other = fresh.pages()[0] ?? (await fresh.newPage());
    await openLibrary(other, freshId);
    await expect(other.getByText('Nothing saved yet.', { exact: false })).toBeVisible();
    await other
      .getByTestId('import-file')
      .setInputFiles({
        name: 'collection.json',
        mimeType: 'application/json',
        buffer: Buffer.from(json),
      });
    await expect(other.getByTestId('import-report')).toContainText(
      'Imported 2 items of 2; skipped 0.',
    );
    await expect(other.locator('article.item')).toHaveCount(2);
    // Importing the same file again adds nothing and says why.
    await other
      .getByTestId('import-file')
      .setInputFiles({
        name: 'collection.json',
        mimeType: 'application/json',
        buffer: Buffer.from(json),
      });
    await expect(other.getByTestId('import-report')).toContainText('Already in the collection.');
    // A file that is not ours changes nothing.
    await other
      .getByTestId('import-file')
      .setInputFiles({
        name: 'x.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"not": "ours"}'),
      });
    await expect(other.getByTestId('status')).toContainText('Nothing was imported');
    await expect(other.locator('article.item')).toHaveCount(2);
  } finally {
    await fresh.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a saved quote is re-anchored when the page is reopened, and flagged when it changed', async ({
  page,
  context,
  extensionWorker,
  extensionId,
  fixtureUrl,
}) => {
  // The content script re-anchors saved quotes when a page opens (collection/for-page →
  // reanchorItems from src/core/anchor → collection/mark-anchors); the library shows the result.
  await page.goto(fixtureUrl('collection/port-talks-v1.html'));
  const tabId = await tabIdFor(extensionWorker, page.url());
  await expect
    .poll(
      async () =>
        (await extensionWorker.evaluate(
          (id: number) => chrome.tabs.sendMessage(id, { type: 'page/get-state' }),
          tabId,
        )) as { ok: boolean; value?: { status: string } },
    )
    .toMatchObject({ ok: true, value: { status: 'article' } });
  await select(page, '#quote', QUOTE);
  expect(await saveSelection(extensionWorker, tabId)).toMatchObject({ ok: true });

  const library = await context.newPage();
  await openLibrary(library, extensionId);

  // Reopened, a little changed around it (same canonical URL, on the same site): found again. The page
  // re-anchors after it is read; the library shows what is stored when it loads, so reload
  // until the result is there.
  await page.goto(fixtureUrl('collection/port-talks-v1-again.html'));
  await expect
    .poll(
      async () => {
        await library.reload();
        return library.locator('.anchor-found').count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  await expect(library.locator('.anchor-found')).toContainText('Found on the page');

  // The quote itself changed: flagged, with the old and the new text.
  await page.goto(fixtureUrl('collection/port-talks-v2.html'));
  await expect
    .poll(
      async () => {
        await library.reload();
        return library.locator('.anchor-changed').count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  const flag = library.locator('.anchor-changed');
  await expect(flag).toContainText('Changed on the page since you saved it');
  await expect(flag).toContainText('puts the harbour workers last');
  await expect(flag).toContainText('leaves the harbour workers behind');
});
