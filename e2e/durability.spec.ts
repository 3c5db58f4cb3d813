/**
 * Data safety when the background worker dies: Chromium may stop an MV3 service worker at any
 * moment. Saves run through the real path (popup → content script → worker → IndexedDB), the
 * worker is then stopped through the DevTools protocol, and the collection is read back from a
 * fresh worker. What was acknowledged must be there, whole; nothing half-written may appear.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { NEWEST } from './support/demo.ts';
import { readDemoArticles } from './support/read-demo.ts';
import { test, expect } from './support/test.ts';

interface SavedView {
  id: number;
  quote: { exact: string };
  personName: string | null;
  cue: string | null;
  url: string;
}

/**
 * Stops every service worker of the extension's origin, as Chromium does to an idle or crashed
 * one, and waits until DevTools reports the worker stopped (so the test can't pass without a
 * stop). The next message starts a fresh worker.
 */
async function stopWorkers(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  const stopped = new Promise<void>((done) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (e.versions.some((v) => v.runningStatus === 'stopped')) done();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Saves claim `claimIndex` of the page in tab `tabId` as the popup does; resolves to the reply. */
function saveClaim(popup: Page, tabId: number, claimIndex: number): Promise<unknown> {
  return popup.evaluate(
    ([tab, index]) => chrome.tabs.sendMessage(tab, { type: 'collection/save-claim', claimIndex: index }),
    [tabId, claimIndex] as const,
  );
}

/** The whole collection, read through a worker that is started again if it was stopped. */
async function collection(popup: Page): Promise<SavedView[]> {
  const reply = (await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'collection/query', query: { limit: 500 } }),
  )) as { ok: boolean; value: { items: SavedView[] } };
  expect(reply.ok).toBe(true);
  return reply.value.items;
}

/** The newest demo article, read and stored, with a popup over it: what every test starts from. */
const withPopup = test.extend<{ popup: Page; tabId: number }>({
  popup: async ({ page, extensionWorker, fixtureUrl, openPopup }, use) => {
    await readDemoArticles(page, extensionWorker, fixtureUrl, [NEWEST]);
    await use(await openPopup(page));
  },
  tabId: async ({ page, tabIdOf }, use) => {
    await use(await tabIdOf(page));
  },
});

withPopup('saves acknowledged just before the worker is stopped are all kept', async ({ context, popup, tabId }) => {
  const replies = await Promise.all([0, 1, 2, 3, 4].map((i) => saveClaim(popup, tabId, i)));
  const acknowledged = replies.filter((r) => (r as { ok?: boolean }).ok === true);
  expect(acknowledged).toHaveLength(5);

  const ids = acknowledged.map((r) => (r as { value: { itemId: number } }).value.itemId);

  await stopWorkers(context, popup);
  const items = await collection(popup);
  expect(items.map((i) => i.id).sort()).toEqual([...ids].sort());
  for (const item of items) {
    expect(item.quote.exact.length).toBeGreaterThan(0);
    expect(item.cue).not.toBeNull();
    expect(item.url).toContain('/demo/');
  }
});

withPopup('a worker stopped in the middle of saves leaves every acknowledged save, and no broken item', async ({
  context,
  popup,
  tabId,
}) => {
  // Twenty saves in flight (each claim twice: the second is a duplicate, never a second item);
  // the worker is stopped at once. Depending on timing the stop lands before, among or after the
  // writes (seen here: 0 replies with 2 items stored, and 20 replies with 10 items); the checks
  // below hold in every case.
  const inFlight = [...Array(20).keys()].map((k) => k % 10).map((i) =>
    saveClaim(popup, tabId, i).then(
      (r) => (r as { ok?: boolean; value?: { itemId: number } }).value?.itemId ?? null,
      () => null,
    ),
  );
  await stopWorkers(context, popup);
  const acknowledged = (await Promise.all(inFlight)).filter((id): id is number => id !== null);

  const items = await collection(popup);
  // Every acknowledged save is there; a save whose reply was lost with the worker may be too.
  const stored = new Set(items.map((i) => i.id));
  for (const id of acknowledged) expect(stored.has(id)).toBe(true);
  expect(items.length).toBeLessThanOrEqual(10);
  for (const item of items) {
    expect(item.quote.exact.length).toBeGreaterThan(0);
    expect(item.cue).not.toBeNull();
  }
  // No duplicates from a retried or half-applied write.
  expect(new Set(items.map((i) => i.quote.exact)).size).toBe(items.length);

  // And the store still takes saves afterwards.
  const after = await saveClaim(popup, tabId, 11);
  expect(after).toMatchObject({ ok: true });
});
