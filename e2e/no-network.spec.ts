/**
 * The extension makes no network requests: across reading the demo articles, hovering, the
 * popup and the library page, every request the browser reports goes to our own 127.0.0.1
 * server or to the extension itself. A positive control proves the watcher sees requests.
 */
import type { Request } from '@playwright/test';
import { DEMO_INDEX } from './support/demo.ts';
import { hoverPainted } from './support/highlights.ts';
import { readDemoArticles } from './support/read-demo.ts';
import { test, expect } from './support/test.ts';

const LOCAL = /^(http:\/\/127\.0\.0\.1(:\d+)?\/|chrome-extension:\/\/|data:|blob:|about:)/;

test('no request leaves 127.0.0.1', async ({
  context,
  page,
  extensionWorker,
  extensionId,
  fixtureUrl,
  openPopup,
}) => {
  const seen: Array<{ url: string; from: string }> = [];
  const record = (r: Request): void => {
    seen.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : (r.frame()?.url() ?? '?') });
  };
  context.on('request', record);
  extensionWorker.on('console', () => undefined);

  await page.goto(fixtureUrl(DEMO_INDEX));
  await readDemoArticles(page, extensionWorker, fixtureUrl);
  await hoverPainted(page, 'onrecord-official', 'Zelenskyy');
  await page.waitForTimeout(800);
  const popup = await openPopup(page);
  await popup.getByRole('tab', { name: 'People' }).click();
  await popup.waitForTimeout(500);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.waitForTimeout(1000);

  // Positive control: a request the page itself makes to elsewhere IS seen by the watcher.
  await page.evaluate(() => fetch('http://onrecord-control.invalid/').catch(() => undefined));
  await expect.poll(() => seen.some((s) => s.url.startsWith('http://onrecord-control.invalid'))).toBe(true);

  const foreign = seen.filter((s) => !LOCAL.test(s.url) && !s.url.startsWith('http://onrecord-control.invalid'));
  expect(foreign).toEqual([]);
  expect(seen.length).toBeGreaterThan(5);
});
