/**
 * Asking a tab's content script what it found, from the extension's worker (the same
 * `page/get-state` message the popup sends). Used by specs and by `npm start` to wait until an
 * article has been analysed and stored before moving on.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { extensionWorker } from './chromium.ts';
import type { PageStateView, Result } from '../../src/messaging/contract.ts';

/**
 * Runs inside an extension context (Chromium's worker, or Firefox's extension page through
 * puppeteer): tab `id`'s page state, or an `unavailable` error when its content script is not
 * there yet.
 */
export async function askPageState(id: number): Promise<Result<PageStateView>> {
  try {
    return (await chrome.tabs.sendMessage(id, { type: 'page/get-state' })) as Result<PageStateView>;
  } catch (e) {
    return { ok: false, error: { code: 'unavailable', message: String(e) } } as Result<PageStateView>;
  }
}

/** Runs inside an extension context: the id of the tab showing `u`, or null. */
export async function findTabId(u: string): Promise<number | null> {
  return (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null;
}

/** The state once the article is analysed and the worker has answered with stored person ids. */
export function storedArticle(r: Result<PageStateView>): PageStateView | null {
  return r.ok && r.value.status === 'article' && r.value.officials.some((o) => o.personId !== null) ? r.value : null;
}

export async function pageState(worker: Worker, tabId: number): Promise<Result<PageStateView>> {
  return worker.evaluate(askPageState, tabId);
}

/**
 * Waits until the tab's article is analysed and the worker has answered with stored person ids
 * (so its statements are in the store). Resolves with the state, or null after `timeoutMs`.
 */
export async function waitForStoredArticle(
  worker: Worker,
  tabId: number,
  timeoutMs = 15_000,
): Promise<PageStateView | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const stored = storedArticle(await pageState(worker, tabId));
    if (stored) return stored;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return null;
}

/** The tab id showing `url` (the worker sees tabs; Playwright pages do not know their id). */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(findTabId, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Waits until the worker has stored the article in `page` (benches: before the next load). */
export async function waitForStoredPage(context: BrowserContext, page: Page, timeoutMs: number): Promise<void> {
  const worker = await extensionWorker(context);
  await waitForStoredArticle(worker, await tabIdFor(worker, page.url()), timeoutMs);
}
