/**
 * The core end-to-end path in Debian's firefox-esr (issue 6, "Firefox"): the same dist/ loads,
 * the demo articles are read oldest first, the newest is highlighted, hovering an official shows
 * what they said in an EARLIER article, the popup lists this page's officials and claims, and a
 * claim saved from the hovercard is in the collection afterwards (library and popup).
 *
 * Playwright runs the spec, puppeteer-core drives Firefox over WebDriver BiDi (support/firefox.ts).
 * One browser for the whole file: the tests are serial steps of one reader's session. Skipped
 * when no Firefox is installed (.ci/run installs firefox-esr).
 */
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { PageStateView, Result } from '../src/messaging/contract.ts';
import { DEMO_ARTICLES, NEWEST } from './support/demo.ts';
import {
  firefoxPath,
  launchFirefoxWithExtension,
  openExtensionPage,
  pollFor,
  shadowButtonBox,
  shadowTextBidi,
  type FirefoxSession,
} from './support/firefox.ts';
import type { PaintedRange } from './support/highlights.ts';
import { ROOT } from './support/chromium.ts';
import { askPageState, findTabId, storedArticle } from './support/page-state.ts';
import { startServer, type StaticServer } from './support/server.ts';

const FIXTURES = resolve(ROOT, 'e2e', 'fixtures');
const FIREFOX = firefoxPath();
const OLDER = DEMO_ARTICLES.filter((a) => a !== NEWEST);

const SKIP_REASON = `Firefox spec skipped: no Firefox at ${process.env.ONRECORD_FIREFOX ?? '/usr/bin/firefox-esr'} (apt-get install -y firefox-esr, as .ci/run does, or set ONRECORD_FIREFOX).`;

test.describe.configure({ mode: 'serial' });
if (FIREFOX === null) console.warn(SKIP_REASON);
test.skip(FIREFOX === null, SKIP_REASON);

let server: StaticServer;
let ff: FirefoxSession;
/** The reader's tab. */
let page: Page;
/** An extension page used to reach the tabs API (chrome.* works in Firefox extension pages). */
let control: Page;

const url = (path: string): string => `${server.url}/${path}`;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startServer(FIXTURES);
  ff = await launchFirefoxWithExtension(FIREFOX as string);
  page = (await ff.browser.pages())[0] ?? (await ff.browser.newPage());
  control = await openExtensionPage(ff, 'popup.html');
});

test.afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function tabIdFor(pageUrl: string): Promise<number | null> {
  return control.evaluate(findTabId, pageUrl);
}

async function pageState(tabId: number): Promise<Result<PageStateView>> {
  return control.evaluate(askPageState, tabId);
}

/** Opens `path` in the reader's tab and waits until the article is analysed and stored. */
async function read(path: string): Promise<number> {
  await page.goto(url(path));
  const tabId = await pollFor(() => tabIdFor(url(path)));
  if (tabId === null) throw new Error(`no tab shows ${path}`);
  const stored = await pollFor(async () => storedArticle(await pageState(tabId)), 20_000);
  if (!stored) throw new Error(`${path} was not analysed and stored in time: ${JSON.stringify(await pageState(tabId))}`);
  return tabId;
}

async function highlightSizes(): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('onrecord-')) out[name] = h.size;
    });
    return out;
  });
}

async function painted(name: string, includes?: string): Promise<PaintedRange[]> {
  return page.evaluate(
    (n: string, t: string | null) => {
      const out: Array<{ text: string; x: number; y: number; width: number; height: number }> = [];
      // Painted ranges may be StaticRanges (no text, no boxes): measure a live Range over each.
      CSS.highlights.get(n)?.forEach((r) => {
        const live = document.createRange();
        try {
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
        } catch {
          return; // its nodes left the document
        }
        const s = live.toString();
        if (t !== null && !s.includes(t)) return;
        const b = live.getBoundingClientRect();
        out.push({ text: s, x: b.x, y: b.y, width: b.width, height: b.height });
      });
      return out;
    },
    name,
    includes ?? null,
  );
}

/** Scrolls the first painted range of `name` containing `text` into view and rests the mouse on it. */
async function hover(name: string, text: string): Promise<void> {
  await page.bringToFront(); // background tabs get no animation frames (the hit test uses one)
  const first = (await painted(name, text))[0];
  if (!first) throw new Error(`"${text}" is not painted as ${name}`);
  await page.evaluate((y: number) => window.scrollTo(0, Math.max(0, window.scrollY + y - 200)), first.y);
  const now = (await painted(name, text))[0] ?? first;
  await page.mouse.move(1, 1);
  await page.mouse.move(now.x + Math.min(now.width / 2, 20), now.y + now.height / 2, { steps: 5 });
}

const cardText = (): Promise<string> => shadowTextBidi(ff, page);

let newestTab = -1;

test('reads the older demo articles, then highlights officials, claims and credits on the newest', async () => {
  for (const a of OLDER) await read(a.path);
  newestTab = await read(NEWEST.path);

  const sizes = await highlightSizes();
  expect(sizes['onrecord-official']).toBeGreaterThan(0);
  expect(sizes['onrecord-claim']).toBeGreaterThan(0);
  expect(sizes['onrecord-outlet']).toBeGreaterThan(0);
  const officials = (await painted('onrecord-official')).map((r) => r.text);
  expect(officials).toEqual(expect.arrayContaining(['Mark Rutte', 'Zelenskyy']));

  // Painting never touched the page's text.
  const sameText = await page.evaluate(async () => {
    const sent = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return document.body.textContent === sent.body.textContent;
  });
  expect(sameText).toBe(true);
});

test('hovering an official shows what they said in an earlier demo article', async () => {
  await hover('onrecord-official', 'Zelenskyy');
  const text = await pollFor(async () => {
    const t = await cardText();
    return OLDER.some((a) => t.includes(a.title.slice(0, 40))) ? t : null;
  });
  expect(text, `card text: ${await cardText()}`).not.toBeNull();
  expect(text).toContain('Volodymyr Zelenskyy');
  expect(text).not.toContain('We are ready to buy'); // this article's own statement
});

test('the popup lists this page’s officials and claims', async () => {
  const popup = await openExtensionPage(
    ff,
    `popup.html?tab=${newestTab}`,
    () => (document.querySelector('[data-testid="officials"]')?.textContent ?? '').length > 0,
  );
  const lists = await popup.evaluate(() => ({
    officials: document.querySelector('[data-testid="officials"]')?.textContent ?? '',
    claims: document.querySelector('[data-testid="claims"]')?.textContent ?? '',
    title: document.querySelector('.page-title')?.textContent ?? '',
  }));
  expect(lists.officials).toContain('Mark Rutte');
  expect(lists.officials).toContain('Volodymyr Zelenskyy');
  expect(lists.claims).toContain('We are ready to buy');
  expect(lists.title).toBe(NEWEST.title);
  await popup.close();
});

test('a claim saved from the hovercard is in the library and shows as saved in the popup', async () => {
  await hover('onrecord-claim', 'ready to buy');
  const box = await pollFor(async () => ((await cardText()).includes('Save claim') ? shadowButtonBox(ff, page, 'Save claim') : null));
  expect(box, `card text: ${await cardText()}`).not.toBeNull();
  const b = box as NonNullable<typeof box>;
  // Move onto the card (it stays open while the pointer is over it) and click the button.
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  const saved = await pollFor(async () => ((await cardText()).includes('Saved') ? true : null), 10_000);
  expect(saved, `card text after click: ${await cardText()}`).toBe(true);

  const library = await openExtensionPage(ff, 'library.html', () => document.querySelector('article.item') !== null);
  const items = await library.evaluate(() => [...document.querySelectorAll('article.item')].map((e) => e.textContent ?? ''));
  expect(items).toHaveLength(1);
  expect(items[0]).toContain('We are ready to buy');
  expect(items[0]).toContain('Zelenskyy');
  await library.close();

  const popup = await openExtensionPage(
    ff,
    `popup.html?tab=${newestTab}`,
    () => document.querySelector('[data-testid="claims"]') !== null,
  );
  const savedInPopup = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="claims"] li')]
      .filter((li) => li.textContent?.includes('We are ready to buy'))
      .map((li) => li.querySelector('button.save')?.getAttribute('aria-label') ?? ''),
  );
  expect(savedInPopup).toEqual(['Saved to your collection']);
  await popup.close();
});
