/**
 * The whole path across articles, on the demo articles: read the two older ones, open the
 * newest; its officials and claims are highlighted, the page's text is exactly what the server
 * sent, hovering an official shows what they said in an EARLIER demo article (with its title and
 * date), and the popup lists this page's officials and claims. (Single-page highlighting and the
 * hovercard's own behaviour are covered by highlights.spec.ts.)
 */
import { shadowText } from './support/closed-shadow.ts';
import { DEMO_ARTICLES, NEWEST } from './support/demo.ts';
import { highlightSizes, hoverPainted, paintedRanges } from './support/highlights.ts';
import { readDemoArticles } from './support/read-demo.ts';
import { test, expect } from './support/test.ts';

test('earlier statements from other demo articles show on the newest one', async ({
  page,
  extensionWorker,
  fixtureUrl,
  openPopup,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await readDemoArticles(page, extensionWorker, fixtureUrl);
  expect(page.url()).toBe(fixtureUrl(NEWEST.path));

  // Highlights: officials, claims and the (Reuters) credit.
  const sizes = await highlightSizes(page);
  expect(sizes['onrecord-official']).toBeGreaterThan(0);
  expect(sizes['onrecord-claim']).toBeGreaterThan(0);
  expect(sizes['onrecord-outlet']).toBeGreaterThan(0);
  const officials = (await paintedRanges(page, 'onrecord-official')).map((r) => r.text);
  expect(officials).toEqual(expect.arrayContaining(['Mark Rutte', 'Zelenskyy']));

  // The page's text and markup are what the server sent.
  const unchanged = await page.evaluate(async () => {
    const sent = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const ours = (el: Element): boolean => el.localName.startsWith('onrecord-');
    const live = [...document.body.children].filter((el) => !ours(el));
    return (
      document.body.textContent === sent.body.textContent &&
      live.map((el) => el.outerHTML).join('') === [...sent.body.children].map((el) => el.outerHTML).join('')
    );
  });
  expect(unchanged).toBe(true);

  // Hover Zelenskyy: the card shows statements from the 2023 and 2024 articles, not this one.
  expect(await hoverPainted(page, 'onrecord-official', 'Zelenskyy')).toBe(true);
  const older = DEMO_ARTICLES.filter((a) => a !== NEWEST);
  await expect
    .poll(async () => {
      const text = await shadowText(page);
      return older.some((a) => text.includes(a.title.slice(0, 40)));
    })
    .toBe(true);
  const card = await shadowText(page);
  expect(card).toContain('Volodymyr Zelenskyy');
  expect(card).not.toContain('We are ready to buy'); // this article's own statement

  // Jens Stoltenberg is named here without a title ("who succeeded Jens Stoltenberg at the head
  // of the alliance"), but the two earlier articles called him NATO Secretary General: he is
  // highlighted all the same, and the card says where that title was read.
  await expect
    .poll(async () => (await paintedRanges(page, 'onrecord-official')).map((r) => r.text))
    .toContain('Jens Stoltenberg');
  await page.keyboard.press('Escape');
  expect(await hoverPainted(page, 'onrecord-official', 'Jens Stoltenberg')).toBe(true);
  await expect.poll(async () => shadowText(page)).toContain('From an earlier article');
  const stoltenberg = await shadowText(page);
  expect(stoltenberg).toContain('NATO Secretary General');
  expect(stoltenberg).toMatch(/From an earlier article: “[^”]+”, .*20(23|24)/);

  // The popup lists them.
  const popup = await openPopup(page);
  await expect(popup.getByTestId('officials')).toContainText('Volodymyr Zelenskyy');
  await expect(popup.getByTestId('officials')).toContainText('Jens Stoltenberg');
  await expect(popup.getByTestId('officials')).toContainText('From an earlier article');
  await expect(popup.getByTestId('claims')).toContainText('We are ready to buy');
  expect(errors).toEqual([]);
});
