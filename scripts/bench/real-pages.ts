/**
 * Real pages in a real browser (`npm run bench -- --only real-pages`): the built extension in
 * Chromium over the pages of `../shared/data/pages-reader/` (served on 127.0.0.1; every other
 * request is blocked, so each page loads its own HTML and inline scripts only). Each page is
 * loaded in a profile without the extension and in one with it, in the same run, and printed:
 * - painted: highlight ranges On Record registered;
 * - officials highlighted against our gold (scripts/eval/real-pages/, for the pages it covers);
 * - text unchanged: the page's text with On Record is the text without it ("dynamic" when the
 *   page changes its own text between DOMContentLoaded and the reading);
 * - new page errors: errors thrown with the extension that the page did not throw without it;
 * - load event and first paint, with and without, and their ratio over all pages.
 * `ONRECORD_REAL_PAGES=N` reads the first N pages only (gold pages first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumPath, launchWithExtension } from '../../e2e/support/chromium.ts';
import { waitForStoredPage } from '../../e2e/support/page-state.ts';
import { startServer } from '../../e2e/support/server.ts';
import { median, r1 } from '../../e2e/fixtures/bench/stats.ts';
import { loadReaderPages, type ReaderPage } from '../eval/reader.ts';
import { loadRealPagesGold, samePerson, type GoldPage } from '../eval/real-pages.ts';

/** Main-world init script: the page's text at DOMContentLoaded, and errors thrown. */
const INIT = `(() => {
  const b = { dcl: null };
  const text = () => {
    const out = [];
    const walk = (n) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) out.push(c.data);
        else if (c.nodeType === 1 && !c.localName.startsWith('onrecord-')) walk(c);
      }
    };
    if (document.body) walk(document.body);
    return out.join('');
  };
  document.addEventListener('DOMContentLoaded', () => { b.dcl = text(); });
  Object.defineProperty(window, '__onrecordText', { value: () => text() });
  Object.defineProperty(window, '__onrecordDcl', { value: () => b.dcl });
})()`;

/** Read after the page settled: timings, highlight sizes, official texts, page text. */
const READ = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fp = performance.getEntriesByName('first-paint')[0];
  const sizes = {};
  let total = 0;
  const officials = [];
  if (window.CSS && CSS.highlights) {
    CSS.highlights.forEach((h, n) => {
      if (!n.startsWith('onrecord-')) return;
      sizes[n] = h.size;
      total += h.size;
      if (n === 'onrecord-official') h.forEach((r) => {
        try {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          officials.push(live.toString());
        } catch (e) {}
      });
    });
  }
  return {
    load: nav ? nav.loadEventEnd : -1,
    firstPaint: fp ? fp.startTime : -1,
    total, sizes, officials,
    text: window.__onrecordText ? window.__onrecordText() : '',
    dcl: window.__onrecordDcl ? window.__onrecordDcl() : null,
  };
})()`;

interface Reading {
  load: number;
  firstPaint: number;
  total: number;
  sizes: Record<string, number>;
  officials: string[];
  text: string;
  dcl: string | null;
  errors: string[];
}

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/**
 * Pause before every load, with or without the extension (see measurePage in browser.ts: without
 * it, a load overlapped the other browser's or the worker's work on the page before).
 */
const SETTLE_MS = 500;

/** Loads one page; with the extension, waits until the highlights have not changed for `quietMs`. */
async function readPage(
  context: BrowserContext,
  url: string,
  withExtension: boolean,
): Promise<Reading> {
  // Both browsers are open at once: a load must not overlap the tail of the last page's work.
  await sleep(SETTLE_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e).slice(0, 200)));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    let last = -1;
    let stableSince = Date.now();
    const until = Date.now() + (withExtension ? 15_000 : 1500);
    for (;;) {
      await sleep(250);
      const total = (await page
        .evaluate(
          `(() => { let t = 0; if (window.CSS && CSS.highlights) CSS.highlights.forEach((h, n) => { if (n.startsWith('onrecord-')) t += h.size; }); return t; })()`,
        )
        .catch(() => 0)) as number;
      if (total !== last) {
        last = total;
        stableSince = Date.now();
      }
      // Without the extension the same wait as a page with nothing to paint (1.5 s).
      if (Date.now() - stableSince >= 1500 || Date.now() > until) break;
    }
    const r = (await page.evaluate(READ)) as Omit<Reading, 'errors'>;
    // The errors seen in the same time span with and without the extension: the wait below
    // would let a page's own late timers throw into the count.
    const seen = [...errors];
    // Let the worker finish storing this page before anything else is measured.
    if (withExtension && r.total > 0) await waitForStoredPage(context, page, 15_000);
    return { ...r, errors: seen };
  } finally {
    await page.close();
  }
}

async function blockOthers(context: BrowserContext, base: string): Promise<void> {
  await context.route('**/*', (route) =>
    route.request().url().startsWith(base) ? route.continue() : route.abort(),
  );
  await context.addInitScript({ content: INIT });
}

interface Row {
  id: string;
  host: string;
  painted: number;
  officials: string;
  textUnchanged: 'yes' | 'no' | 'dynamic';
  newErrors: number;
  /** The first new error's message, to tell ours from the page's own flakiness. */
  newError: string;
  load: [number, number];
  firstPaint: [number, number];
  goldHit: number;
  goldTotal: number;
}

function officialsAgainstGold(
  gold: GoldPage | undefined,
  painted: readonly string[],
): { hit: number; total: number } {
  if (!gold) return { hit: 0, total: 0 };
  const texts = [...new Set(painted.map((t) => t.trim()).filter(Boolean))];
  const hit = gold.officials.filter((o) => texts.some((t) => samePerson(t, o))).length;
  return { hit, total: gold.officials.length };
}

export async function benchRealPages(
  dataDir: string,
): Promise<{ label: string; figures: Record<string, string | number> }> {
  const gold = new Map(loadRealPagesGold().map((g) => [g.page, g]));
  let pages: ReaderPage[] = loadReaderPages(join(dataDir, 'pages-reader'));
  pages.sort((a, b) => Number(gold.has(b.id)) - Number(gold.has(a.id)) || a.id.localeCompare(b.id));
  const limit = Number(process.env.ONRECORD_REAL_PAGES ?? pages.length);
  pages = pages.slice(0, limit);
  // ONRECORD_REAL_PAGES_ONLY=id,id…: only the pages whose id starts with one of these.
  const only = (process.env.ONRECORD_REAL_PAGES_ONLY ?? '').split(',').filter(Boolean);
  if (only.length) pages = pages.filter((p) => only.some((o) => p.id.startsWith(o)));
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-real-'));
  for (const p of pages) writeFileSync(join(dir, `${p.id}.html`), p.html);
  const server = await startServer(dir);
  const baseDir = mkdtempSync(join(tmpdir(), 'onrecord-real-base-'));
  const extDir = mkdtempSync(join(tmpdir(), 'onrecord-real-ext-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  const plain = await chromium.launchPersistentContext(baseDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  const withExt = await launchWithExtension(extDir);
  const rows: Row[] = [];
  try {
    await blockOthers(plain, server.url);
    await blockOthers(withExt, server.url);
    for (const p of pages) {
      const url = `${server.url}/${p.id}.html`;
      const base = await readPage(plain, url, false);
      const ours = await readPage(withExt, url, true);
      // A text that differs is checked against a second load without the extension: a page
      // whose own scripts write something new each time (Math.random in an inline script).
      const dynamic = ours.text !== base.text && (await readPage(plain, url, false)).text !== base.text;
      const g = officialsAgainstGold(gold.get(p.id), ours.officials);
      const known = new Set(base.errors);
      rows.push({
        id: p.id.slice(0, 12),
        host: new URL(p.url).hostname.replace(/^www\./, ''),
        painted: ours.total,
        officials: Object.entries(ours.sizes)
          .map(([k, v]) => `${k.replace('onrecord-', '')} ${v}`)
          .join(', '),
        textUnchanged:
          ours.text === base.text
            ? 'yes'
            : dynamic || (base.dcl !== null && base.dcl !== base.text)
              ? 'dynamic'
              : 'no',
        newErrors: ours.errors.filter((e) => !known.has(e)).length,
        newError: ours.errors.find((e) => !known.has(e)) ?? '',
        load: [base.load, ours.load],
        firstPaint: [base.firstPaint, ours.firstPaint],
        goldHit: g.hit,
        goldTotal: g.total,
      });
    }
  } finally {
    await plain.close();
    await withExt.close();
    await server.close();
    for (const d of [dir, baseDir, extDir]) rmSync(d, { recursive: true, force: true });
  }
  return {
    label: `real pages in Chromium (${rows.length} pages of pages-reader, other requests blocked)`,
    figures: figuresOf(rows),
  };
}

function figuresOf(rows: readonly Row[]): Record<string, string | number> {
  const figures: Record<string, string | number> = {};
  for (const r of rows) {
    figures[`${r.id} ${r.host}`] =
      `painted ${r.painted}${r.goldTotal ? `, officials ${r.goldHit}/${r.goldTotal}` : ''}, text unchanged ${r.textUnchanged}, new errors ${r.newErrors}${r.newError ? ` (${r.newError.slice(0, 100)})` : ''}, load ${r1(r.load[0])} → ${r1(r.load[1])} ms, first paint ${r1(r.firstPaint[0])} → ${r1(r.firstPaint[1])} ms`;
  }
  const ratio = (k: 'load' | 'firstPaint'): string => {
    const ok = rows.filter((r) => r[k][0] > 0 && r[k][1] > 0);
    const base = ok.reduce((s, r) => s + r[k][0], 0);
    const ours = ok.reduce((s, r) => s + r[k][1], 0);
    const med = median(ok.map((r) => r[k][1] / r[k][0]));
    return `${r1(base)} → ${r1(ours)} ms summed (×${(ours / Math.max(1, base)).toFixed(3)}), median per-page ×${med.toFixed(3)} over ${ok.length} pages`;
  };
  const goldRows = rows.filter((r) => r.goldTotal > 0);
  const hit = goldRows.reduce((s, r) => s + r.goldHit, 0);
  const total = goldRows.reduce((s, r) => s + r.goldTotal, 0);
  figures['TOTAL pages painted'] = `${rows.filter((r) => r.painted > 0).length} of ${rows.length}`;
  figures['TOTAL officials highlighted (gold pages)'] =
    `${hit}/${total} (${((100 * hit) / Math.max(1, total)).toFixed(1)}%) on ${goldRows.length} pages`;
  figures['TOTAL text unchanged'] =
    `${rows.filter((r) => r.textUnchanged === 'yes').length} yes, ${rows.filter((r) => r.textUnchanged === 'dynamic').length} dynamic (the page changes itself), ${rows.filter((r) => r.textUnchanged === 'no').length} changed`;
  figures['TOTAL pages with new page errors'] = rows.filter((r) => r.newErrors > 0).length;
  figures['TOTAL load event (no ext → On Record)'] = ratio('load');
  figures['TOTAL first paint (no ext → On Record)'] = ratio('firstPaint');
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dataDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../shared/data'));
  const section = await benchRealPages(dataDir);
  console.log(`## ${section.label}`);
  for (const [k, v] of Object.entries(section.figures)) console.log(`  ${k.padEnd(40)} ${v}`);
}
