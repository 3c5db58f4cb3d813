/**
 * The page side in real Chromium with the built extension: highlights are painted with the CSS
 * Custom Highlight API on the article body only, the page's DOM and text stay exactly as they
 * were, hover and keyboard open the hovercard, Escape closes it, late content is highlighted,
 * SPA route changes start over, hostile pages cause no error. Screenshots go to
 * artifacts/highlights/ (look at them).
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';

const SHOTS = 'artifacts/highlights';

/**
 * Texts of the ranges registered under a highlight name, read from the page's own world. The
 * extension paints StaticRanges (no toString), so each is turned into a Range first.
 */
async function highlighted(page: Page | Frame, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    if (!h) return [];
    return [...h].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  }, name);
}

async function waitForHighlights(page: Page): Promise<void> {
  await expect
    .poll(() => highlighted(page, 'onrecord-official').then((x) => x.length), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

/** Viewport point at the middle of the first occurrence of `text` inside `selector`. */
async function pointAt(
  page: Page,
  selector: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ({ selector, text }) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      for (const node of Array.from(el.childNodes)) {
        const i = node.nodeType === 3 ? (node as Text).data.indexOf(text) : -1;
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + text.length);
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    { selector, text },
  );
  if (!p) throw new Error(`"${text}" not found in ${selector}`);
  return p;
}

/**
 * The hovercard lives in a CLOSED shadow root (page scripts must not read the reader's history),
 * so tests read it through the DevTools protocol, which pierces closed roots.
 */
async function card(page: Page): Promise<{ open: boolean; text: string; links: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const host = find(root, (n) => n.localName === 'onrecord-root');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return { open: false, text: '', links: [] };
    const layer = find(shadow, (n) => attr(n, 'class') === 'layer');
    const open = !!layer && attr(layer, 'hidden') === null;
    const texts: string[] = [];
    const links: string[] = [];
    walk(shadow, (n) => {
      if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
      if (n.localName === 'a') links.push(attr(n, 'href') ?? '');
    });
    return { open, text: texts.join(' ').replace(/\s+/g, ' '), links };
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}
function attr(n: CdpNode, name: string): string | null {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? '';
  return null;
}
function walk(n: CdpNode, f: (n: CdpNode) => void): void {
  f(n);
  for (const c of n.children ?? []) walk(c, f);
  for (const s of n.shadowRoots ?? []) walk(s, f);
}
function find(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | null {
  let hit: CdpNode | null = null;
  walk(n, (x) => {
    if (!hit && pred(x)) hit = x;
  });
  return hit;
}

/** Null when the body's HTML is what the page captured at DOMContentLoaded, else where it differs. */
async function domChange(page: Page): Promise<{ at: number; before: string; now: string } | null> {
  return page.evaluate(() => {
    const before = (window as unknown as { __initial: { body: string } }).__initial.body;
    const now = document.body.innerHTML;
    if (now === before) return null;
    let i = 0;
    while (i < now.length && now[i] === before[i]) i++;
    return {
      at: i,
      before: before.slice(Math.max(0, i - 60), i + 60),
      now: now.slice(Math.max(0, i - 60), i + 60),
    };
  });
}

/**
 * A screenshot that leaves the page alone: Playwright's default caret hiding writes a `style`
 * attribute onto editable elements, which would break the DOM-unchanged checks.
 */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, caret: 'initial' });
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('paints officials, claims and outlets on the article body only; the page stays untouched', async ({
  page,
  fixtureUrl,
}) => {
  const errors = collectErrors(page);
  await page.goto(fixtureUrl('pages/article.html'));
  await waitForHighlights(page);
  const officials = await highlighted(page, 'onrecord-official');
  expect(officials).toEqual(expect.arrayContaining(['Kaja Kallas', 'Kallas', 'Mark Rutte']));
  // Open shadow root and same-origin iframe are read too.
  expect(officials).toContain('Gitanas Nausėda');
  const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
  await expect.poll(() => highlighted(frame!, 'onrecord-official')).toContain('Alexander Stubb');
  const claims = (await highlighted(page, 'onrecord-claim')).join(' | ');
  expect(claims).toContain('We cannot wait for another crisis to wake us up');
  expect(await highlighted(page, 'onrecord-outlet')).toContain('Reuters');
  // Never in chrome, editable regions, forms or code.
  const all = [...officials, claims, ...(await highlighted(page, 'onrecord-cue'))].join(' | ');
  for (const never of [
    'Jane Doe',
    'Hanno Pevkur',
    'Code Block',
    'Input Field',
    'Text Area',
    'Comment Section',
    'Aside Person',
    'Footer Man',
  ]) {
    expect(all).not.toContain(never);
  }
  // DOM and text unchanged (light DOM and the page's own shadow root).
  const same = await page.evaluate(() => {
    const w = window as unknown as { __initial: { body: string; shadow: string } };
    return {
      body: document.body.innerHTML === w.__initial.body,
      shadow: document.getElementById('shadow-host')!.shadowRoot!.innerHTML === w.__initial.shadow,
    };
  });
  expect(same).toEqual({ body: true, shadow: true });
  // Styled by the manifest's highlights.css: no sheet was added to the page itself, and the
  // article's text (and the page's shadow root, which adopts its own) get the highlight style.
  const styles = await page.evaluate(() => {
    const bg = (el: Element) => getComputedStyle(el, '::highlight(onrecord-official)').backgroundColor;
    const inShadow = document.getElementById('shadow-host')!.shadowRoot!.querySelector('p')!;
    return { adopted: document.adoptedStyleSheets.length, article: bg(document.querySelector('article p')!), shadow: bg(inShadow) };
  });
  expect(styles).toEqual({ adopted: 0, article: 'rgba(250, 190, 20, 0.36)', shadow: 'rgba(250, 190, 20, 0.36)' });
  await shot(page, 'article');
  expect(errors).toEqual([]);
});

test('hover opens the card, Escape closes it, and the DOM is still unchanged', async ({
  page,
  fixtureUrl,
}) => {
  const errors = collectErrors(page);
  await page.goto(fixtureUrl('pages/article.html'));
  await waitForHighlights(page);
  const p = await pointAt(page, '#story p:nth-of-type(2)', 'Kaja Kallas');
  await page.mouse.move(p.x, p.y);
  await expect.poll(async () => (await card(page)).open).toBe(true);
  const c = await card(page);
  expect(c.text).toContain('Kaja Kallas');
  expect(c.text).toContain('Prime Minister');
  await shot(page, 'hover-official');

  // A claim's card has the save button.
  const q = await pointAt(page, '#story p:nth-of-type(3)', 'another crisis');
  await page.mouse.move(q.x, q.y);
  await expect.poll(async () => (await card(page)).text).toContain('Save claim');
  await shot(page, 'hover-claim');

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await card(page)).open).toBe(false);
  expect(await domChange(page)).toBeNull();
  expect(errors).toEqual([]);
});

test('hover works on text inside an open shadow root and a same-origin iframe', async ({
  page,
  fixtureUrl,
}) => {
  await page.goto(fixtureUrl('pages/article.html'));
  await waitForHighlights(page);
  // Inside the page's shadow root.
  const inShadow = await page.evaluate(() => {
    const root = document.getElementById('shadow-host')!.shadowRoot!;
    const t = root.querySelector('p')!.firstChild as Text;
    const i = t.data.indexOf('Gitanas');
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + 7);
    (t.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(inShadow.x, inShadow.y);
  await expect.poll(async () => (await card(page)).text).toContain('Gitanas Nausėda');
  await page.keyboard.press('Escape');
  // Inside the iframe: page.mouse works in top-level coordinates.
  const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
  await expect.poll(() => highlighted(frame, 'onrecord-official')).toContain('Alexander Stubb');
  const box = (await page.locator('#frame').boundingBox())!;
  const inFrame = await frame.evaluate(() => {
    const t = document.querySelector('p')!.firstChild as Text;
    const i = t.data.indexOf('Alexander');
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + 9);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x + inFrame.x, box.y + inFrame.y);
  await expect.poll(async () => (await card(page)).text).toContain('Alexander Stubb');
  await shot(page, 'hover-iframe');
});

test('the card shows what the same person said in an article read earlier', async ({
  page,
  fixtureUrl,
}) => {
  await page.goto(fixtureUrl('pages/dark.html'));
  await waitForHighlights(page);
  await page.waitForTimeout(500); // let the worker store the article
  await page.goto(fixtureUrl('pages/article.html'));
  await waitForHighlights(page);
  const p = await pointAt(page, '#story p:nth-of-type(4)', 'Mark Rutte');
  await page.mouse.move(p.x, p.y);
  // The earlier article's statement is listed (which one depends on the engine), with its title.
  await expect
    .poll(async () => (await card(page)).text, { timeout: 10_000 })
    .toContain('Night edition: Rutte warns on spending');
  const c = await card(page);
  expect(c.text).not.toContain('No earlier statements stored yet.');
  expect(c.links.some((l) => l.endsWith('/pages/dark.html'))).toBe(true);
  await shot(page, 'earlier-statements');
});

test('keyboard: Alt+Shift+J/K move through highlights and open the card', async ({
  page,
  fixtureUrl,
}) => {
  await page.goto(fixtureUrl('pages/article.html'));
  await waitForHighlights(page);
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect
    .poll(() => highlighted(page, 'onrecord-focus').then((x) => x.length))
    .toBeGreaterThan(0);
  const first = (await highlighted(page, 'onrecord-focus')).join(' ');
  await expect.poll(async () => (await card(page)).open).toBe(true);
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect
    .poll(async () => (await highlighted(page, 'onrecord-focus')).join(' '))
    .not.toBe(first);
  await page.keyboard.press('Alt+Shift+KeyK');
  await expect.poll(async () => (await highlighted(page, 'onrecord-focus')).join(' ')).toBe(first);
  await shot(page, 'keyboard');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await card(page)).open).toBe(false);
  expect(await highlighted(page, 'onrecord-focus')).toEqual([]);
});

test('"Save claim" in the card saves the claim (keyboard only)', async ({
  page,
  fixtureUrl,
  extensionWorker,
  tabIdOf,
}) => {
  await page.goto(fixtureUrl('pages/article.html'));
  await waitForHighlights(page);
  // Move through the highlights until a claim's card is open.
  for (let i = 0; i < 12 && !(await card(page)).text.includes('Save claim'); i++) {
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await card(page)).open).toBe(true);
  }
  expect((await card(page)).text).toContain('Save claim');
  await page.keyboard.press('Tab'); // the close button
  await page.keyboard.press('Tab'); // "Save claim"
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await card(page)).text).toMatch(/Saved|Already saved/);
  await shot(page, 'saved-claim');
  const tabId = await tabIdOf(page);
  const state = (await extensionWorker.evaluate(
    (id: number) => chrome.tabs.sendMessage(id, { type: 'page/get-state' }),
    tabId,
  )) as { ok: boolean; value: { claims: Array<{ saved: boolean }> } };
  expect(state.value.claims.some((c) => c.saved)).toBe(true);
});

test('content added later is highlighted; removed content is dropped', async ({
  page,
  fixtureUrl,
}) => {
  await page.goto(fixtureUrl('pages/article.html'));
  await waitForHighlights(page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent =
      'Polish Defence Minister Wladyslaw Kosiniak-Kamysz said Warsaw would buy more air defence systems this year.';
    document.getElementById('story')!.appendChild(p);
  });
  await expect
    .poll(() => highlighted(page, 'onrecord-official'), { timeout: 10_000 })
    .toContain('Wladyslaw Kosiniak-Kamysz');
  await page.evaluate(() => document.getElementById('late')!.remove());
  await expect
    .poll(() => highlighted(page, 'onrecord-official'), { timeout: 10_000 })
    .not.toContain('Wladyslaw Kosiniak-Kamysz');
  expect(await highlighted(page, 'onrecord-official')).toContain('Kaja Kallas');
});

/** Runs in the extension's worker: the stored articles' URLs and text lengths, from IndexedDB. */
async function storedLengths(): Promise<Array<[string, number]>> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('on-record');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    const rows = await new Promise<Array<{ url: string; textLength: number }>>((ok, fail) => {
      const req = db.transaction('articles').objectStore('articles').getAll();
      req.onsuccess = () => ok(req.result as Array<{ url: string; textLength: number }>);
      req.onerror = () => fail(req.error);
    });
    return rows.map((r) => [r.url, r.textLength]);
  } finally {
    db.close();
  }
}

test('a clock ticking in the article is not stored again and again; a late claim is', async ({
  page,
  fixtureUrl,
  extensionWorker,
}) => {
  const url = fixtureUrl('pages/article.html');
  await page.goto(url);
  await waitForHighlights(page);
  // The fixture names a canonical URL: the store knows the article by it.
  const stored = async (): Promise<number> =>
    (await extensionWorker.evaluate(storedLengths)).find(([u]) => u.endsWith('/pages/article.html'))?.[1] ?? -1;
  await expect.poll(stored).toBeGreaterThan(0);
  const before = await stored();
  // A live "updated N s ago" line inside the story, replaced ten times a second for 4 s.
  await page.evaluate(() => {
    const line = document.createElement('p');
    document.getElementById('story')!.appendChild(line);
    let n = 0;
    const timer = setInterval(() => {
      line.textContent = `Updated ${++n} seconds ago`;
      if (n === 40) clearInterval(timer);
    }, 100);
  });
  await page.waitForTimeout(5000);
  expect(await stored()).toBe(before);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Finnish Foreign Minister Elina Valtonen said Helsinki would host the next round of talks.';
    document.getElementById('story')!.appendChild(p);
  });
  await expect.poll(stored, { timeout: 10_000 }).toBeGreaterThan(before);
});

test('an SPA route change starts over on the new story', async ({ page, fixtureUrl }) => {
  await page.goto(fixtureUrl('pages/spa.html'));
  await waitForHighlights(page);
  expect(await highlighted(page, 'onrecord-official')).toContain('Kaja Kallas');
  await page.evaluate(() => (window as unknown as { __route: () => void }).__route());
  await expect
    .poll(() => highlighted(page, 'onrecord-official'), { timeout: 10_000 })
    .toContain('Friedrich Merz');
  expect(await highlighted(page, 'onrecord-official')).not.toContain('Kaja Kallas');
});

test('stays idle on a page that is not an article', async ({ page, fixtureUrl }) => {
  await page.goto(fixtureUrl('pages/not-article.html'));
  await page.waitForTimeout(1500);
  expect(
    await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('onrecord'))),
  ).toEqual([]);
});

test('a hostile page renders inert and bounded in the card, without page errors', async ({
  page,
  fixtureUrl,
}) => {
  const errors = collectErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(fixtureUrl('pages/hostile.html'));
  await waitForHighlights(page);
  const p = await pointAt(page, 'article p:nth-of-type(2)', 'Anna Berg');
  await page.mouse.move(p.x, p.y);
  await expect.poll(async () => (await card(page)).open).toBe(true);
  const c = await card(page);
  expect(c.links.every((l) => /^https?:/.test(l))).toBe(true);
  await page.keyboard.press('Alt+Shift+KeyJ');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Alt+Shift+KeyJ');
  const after = await card(page);
  expect(after.text.length).toBeLessThan(5000);
  expect(await domChange(page)).toBeNull();
  await shot(page, 'hostile');
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('dark page: highlights and card stay readable', async ({ page, fixtureUrl }) => {
  await page.goto(fixtureUrl('pages/dark.html'));
  await waitForHighlights(page);
  const p = await pointAt(page, 'article p', 'Mark Rutte');
  await page.mouse.move(p.x, p.y);
  await expect.poll(async () => (await card(page)).open).toBe(true);
  await shot(page, 'dark');
});
