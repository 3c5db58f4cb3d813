/** Reads demo articles in one tab, oldest first, waiting until each is analysed and stored. */
import type { Page, Worker } from '@playwright/test';
import { DEMO_ARTICLES, type DemoArticle } from './demo.ts';
import { tabIdFor, waitForStoredArticle } from './page-state.ts';

export async function readDemoArticles(
  page: Page,
  worker: Worker,
  fixtureUrl: (path: string) => string,
  articles: readonly DemoArticle[] = DEMO_ARTICLES,
): Promise<number> {
  let tabId = -1;
  for (const article of articles) {
    const url = fixtureUrl(article.path);
    await page.goto(url);
    tabId = await tabIdFor(worker, url);
    const state = await waitForStoredArticle(worker, tabId);
    if (!state) throw new Error(`${article.path} was not analysed and stored in time`);
  }
  return tabId;
}
