/**
 * The toolbar popup over a demo article: this page's officials and claims, the stored people
 * (searchable), the badge, the per-site switch and the global pause taking effect at once.
 */
import { DEMO_ARTICLES, NEWEST } from './support/demo.ts';
import { highlightSizes } from './support/highlights.ts';
import { pageState } from './support/page-state.ts';
import { readDemoArticles } from './support/read-demo.ts';
import { test, expect } from './support/test.ts';

const painted = async (page: import('@playwright/test').Page): Promise<number> =>
  Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0);

test('lists this page’s officials and claims, and the badge counts the officials', async ({
  page,
  extensionWorker,
  fixtureUrl,
  openPopup,
}) => {
  const tabId = await readDemoArticles(page, extensionWorker, fixtureUrl, [NEWEST]);
  const popup = await openPopup(page);

  const officials = popup.getByTestId('officials');
  await expect(officials).toContainText('Mark Rutte');
  await expect(officials).toContainText('NATO Secretary General');
  await expect(officials.locator('li').first()).toContainText(/\d+ mentions?/);
  await expect(officials.locator('li').first()).toContainText(/\d+ statements?/);

  const claims = popup.getByTestId('claims');
  await expect(claims.locator('li').first()).toBeVisible();
  await expect(claims).toContainText('Zelenskyy');
  await expect(claims).toContainText('Reuters');
  await expect(popup.locator('.page-title')).toHaveText(NEWEST.title);

  const count = await officials.locator('li').count();
  const badge = await extensionWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe(String(count));
});

test('lists and searches the people stored from earlier articles', async ({
  page,
  extensionWorker,
  fixtureUrl,
  openPopup,
}) => {
  await readDemoArticles(page, extensionWorker, fixtureUrl, DEMO_ARTICLES);
  const popup = await openPopup(page);
  await popup.getByRole('tab', { name: 'People' }).click();
  const people = popup.getByTestId('people');
  // Stoltenberg appears only in the older articles as an official.
  await expect(people).toContainText('Jens Stoltenberg');
  await expect(people).toContainText('Mark Rutte');
  await popup.getByRole('searchbox').fill('stolt');
  await expect(people.locator('li')).toHaveCount(1);
  await expect(people).toContainText('Jens Stoltenberg');
  await popup.getByRole('searchbox').fill('nobody-like-this');
  await expect(popup.locator('.empty')).toContainText('Nobody stored matches');
});

test('switching the site off, and pausing, remove the highlights at once', async ({
  page,
  extensionWorker,
  fixtureUrl,
  openPopup,
}) => {
  await readDemoArticles(page, extensionWorker, fixtureUrl, [NEWEST]);
  expect(await painted(page)).toBeGreaterThan(0);
  const popup = await openPopup(page);
  const siteSwitch = popup.getByTestId('site-switch');
  await expect(siteSwitch).toBeChecked();

  await siteSwitch.click({ force: true });
  await expect(siteSwitch).not.toBeChecked();
  await expect.poll(() => painted(page)).toBe(0);
  await expect(popup.getByTestId('page-status')).toContainText('off for this site');

  await siteSwitch.click({ force: true });
  await expect(siteSwitch).toBeChecked();
  await expect.poll(() => painted(page)).toBeGreaterThan(0);

  await popup.getByTestId('pause-button').click();
  await expect.poll(() => painted(page)).toBe(0);
  await expect(popup.getByRole('status').first()).toContainText('Paused everywhere');
  // A page opened while paused stays untouched.
  const other = await page.context().newPage();
  await other.goto(fixtureUrl(DEMO_ARTICLES[0]!.path));
  await other.waitForTimeout(1500);
  expect(await painted(other)).toBe(0);

  await popup.getByTestId('pause-button').click();
  await expect.poll(() => painted(page)).toBeGreaterThan(0);
});

test('saves a claim from the popup into the collection, once', async ({
  page,
  extensionWorker,
  fixtureUrl,
  openPopup,
}) => {
  await readDemoArticles(page, extensionWorker, fixtureUrl, [NEWEST]);
  const popup = await openPopup(page);
  const claim = popup.getByTestId('claims').locator('li', { hasText: 'We are ready to buy' });
  await claim.getByRole('button', { name: 'Save this claim' }).click();
  await expect(claim.getByRole('button', { name: 'Saved to your collection' })).toBeVisible();
  await expect(popup.locator('.notice')).toHaveText('Saved to your collection.');

  const query = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'collection/query', query: {} }));
  expect(query).toMatchObject({ ok: true, value: { total: 1, items: [{ personName: 'Volodymyr Zelenskyy' }] } });

  // A fresh popup shows it as saved already; saving again would be a duplicate, not a new item.
  const again = await openPopup(page);
  const same = again.getByTestId('claims').locator('li', { hasText: 'We are ready to buy' });
  await expect(same.getByRole('button', { name: 'Saved to your collection' })).toBeVisible();
});

/** An article we write here: `n` short paragraphs, each with one attributed claim. */
function longArticle(n: number): string {
  const speakers = ['Harbour Minister Ana Petrova', 'Mayor Tomas Lind', 'Port Director Ines Roca'];
  const paragraphs = Array.from(
    { length: n },
    (_, i) =>
      `<p>${speakers[i % 3]} said the eastern quay would reopen in week ${i + 1} after repairs to berth ${i + 2}.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port works run late</title>
<meta property="og:type" content="article"></head><body><article><h1>Port works run late</h1>
<p class="byline">By Lea Moss · 3 March 2025</p>${paragraphs.join('\n')}</article></body></html>`;
}

test('a long page’s claims reach the popup a hundred at a time', async ({
  page,
  extensionWorker,
  fixtureUrl,
  tabIdOf,
  openPopup,
}) => {
  const url = fixtureUrl('long/port-works.html');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: longArticle(150) }));
  await page.goto(url);
  const tabId = await tabIdOf(page);
  await expect
    .poll(async () => {
      const r = await pageState(extensionWorker, tabId);
      return r.ok ? r.value.counts.claims : 0;
    })
    .toBeGreaterThanOrEqual(150);
  const popup = await openPopup(page);
  const claims = popup.getByTestId('claims').locator('li');
  await expect(claims).toHaveCount(100);
  const more = popup.getByTestId('more-claims');
  await expect(more).toContainText('100 of 15');
  await more.click();
  await expect(claims).not.toHaveCount(100);
  expect(await claims.count()).toBeGreaterThanOrEqual(150);
  await expect(more).toHaveCount(0);
});
