/**
 * A hostile site cannot make the store believe things about another site's article. The demo
 * article is read on 127.0.0.1 and one of its claims saved; then a page on `localhost` (another
 * site to the browser) names that article as its canonical URL, calls itself Reuters, dates
 * itself 2199 and puts words in Mark Rutte's mouth. Afterwards: the victim's saved item is not
 * marked missing and is not handed to the hostile page; the hostile page's statement and its save
 * are stored under its own URL, with its host as outlet and no date; Mark Rutte's card shows no
 * statement from 2199 or from "Reuters", and his role history does not reach 2199.
 */
import type { Page, Worker } from '@playwright/test';
import { NEWEST } from './support/demo.ts';
import { tabIdFor, waitForStoredArticle } from './support/page-state.ts';
import { test, expect } from './support/test.ts';

const FORGED_QUOTE = 'the alliance would leave Europe by the spring';

function hostilePage(victimUrl: string): string {
  const para = (s: string): string => `<p>${s}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Alliance news</title>
<link rel="canonical" href="${victimUrl}">
<meta property="og:site_name" content="Reuters">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2199-12-31T10:00:00Z">
</head><body><article><h1>Alliance news</h1>
${para(`NATO Secretary General Mark Rutte said ${FORGED_QUOTE}, in remarks to reporters on Tuesday.`)}
${para('The statement came after a long meeting of ministers in the capital, where delegations from every member discussed the budget, the command structure and the plans for the next summit at length.')}
${para('Diplomats said the talks would go on through the week, and that a final text was expected before the leaders meet again in the summer, when the spending targets are reviewed.')}
${para('Several governments have asked for more time to present their plans, and officials said the secretariat would publish a timetable once the ministers had agreed on the order of the work.')}
</article></body></html>`;
}

/** Sends a message to the worker from an extension page (a `page` sender sees the whole store). */
async function fromLibrary(library: Page, message: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return library.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: unknown }>;
}

async function saveFirstClaim(worker: Worker, tabId: number): Promise<unknown> {
  return worker.evaluate((id: number) => chrome.tabs.sendMessage(id, { type: 'collection/save-claim', claimIndex: 0 }), tabId);
}

test('a page on another site cannot forge, read or mark what the store holds for an article it names', async ({
  page,
  context,
  extensionWorker,
  extensionId,
  fixtureUrl,
}) => {
  // The victim: the newest demo article on 127.0.0.1, read and one claim saved.
  const victimUrl = fixtureUrl(NEWEST.path);
  await page.goto(victimUrl);
  const victimTab = await tabIdFor(extensionWorker, victimUrl);
  expect(await waitForStoredArticle(extensionWorker, victimTab)).not.toBeNull();
  expect(await saveFirstClaim(extensionWorker, victimTab)).toMatchObject({ ok: true });

  // The hostile page on localhost, another site.
  const hostileUrl = victimUrl.replace('//127.0.0.1:', '//localhost:').replace(/demo\/[^/]+$/, 'hostile/forge.html');
  await context.route(hostileUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostilePage(victimUrl) }),
  );
  await page.goto(hostileUrl);
  const hostileTab = await tabIdFor(extensionWorker, hostileUrl);
  const stored = await waitForStoredArticle(extensionWorker, hostileTab);
  expect(stored).not.toBeNull();
  expect(await saveFirstClaim(extensionWorker, hostileTab)).toMatchObject({ ok: true });

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const all = await fromLibrary(library, { type: 'collection/query', query: {} });
  const items = (all.value as { items: Array<{ url: string; outlet: string | null; publishedAt: string | null; anchorStatus: string; quote: { exact: string } }> }).items;
  expect(items).toHaveLength(2);

  // The victim's item: still under its own URL, and not marked missing by the hostile page.
  const victimItems = items.filter((i) => i.url === victimUrl);
  expect(victimItems).toHaveLength(1);
  expect(victimItems[0]?.anchorStatus).not.toBe('missing');

  // The hostile save: under the hostile page's own URL, outlet its host, no 2199 date.
  const forged = items.find((i) => i.quote.exact.includes(FORGED_QUOTE));
  expect(forged).toMatchObject({ url: hostileUrl, outlet: 'localhost', publishedAt: null });

  // Mark Rutte's card: the forged statement (if listed) carries the host and no date; no 2199 anywhere.
  const people = await fromLibrary(library, { type: 'people/search', query: 'Rutte' });
  const rutte = (people.value as Array<{ id: number; name: string }>).find((p) => p.name === 'Mark Rutte');
  expect(rutte).toBeDefined();
  const card = await fromLibrary(library, { type: 'people/card', personId: rutte?.id, excludeUrl: null, limit: 20 });
  const json = JSON.stringify(card.value);
  expect(json).not.toContain('2199');
  const statements = (card.value as { statements: Array<{ quote: string; outlet: string | null; url: string }> }).statements;
  const hostileStatement = statements.find((s) => s.quote.includes(FORGED_QUOTE));
  expect(hostileStatement).toMatchObject({ outlet: 'localhost', url: hostileUrl });
  expect(statements.filter((s) => s.outlet === 'Reuters')).toEqual([]);

  await library.close();
});
