/**
 * The browser section of `npm run bench` (issues 3 and 6, "Speed"): the built dist/ in Chromium,
 * every figure beside a baseline measured in the same run, never asserted.
 *
 * (a) page load → highlights painted, on each demo article, a 5 MB synthetic article and a
 *     100k-node page (CSS.highlights polled from the page);
 * (b) the longest main-thread task meanwhile (a `longtask` observer added before navigation), and
 *     the longest animation frame (the task plus the rendering after it: style recalc, pre-paint);
 * (c) hover → hovercard showing stored statements, p50/p95, with a small store and with 100k
 *     statements seeded into the extension's IndexedDB; plus the worker's `people/card` round
 *     trip (e2e/fixtures/bench/hover-latency.ts);
 * (d) the page's JS and DOM (embedder) heaps after GC, with vs without the extension (the
 *     difference is the content script's memory: its code, text map, ranges and highlights);
 * (e) dist/content.js gzipped;
 * (f) the popup opened over each page, until its claims show (the demo articles are the
 *     baseline for the huge pages).
 * Baselines: the same pages in a profile WITHOUT the extension (load, longest task, heap); hover
 * and round trips with the small store; `settings/get` as the bare messaging round trip.
 *
 * Run alone: `npx tsx scripts/bench/browser.ts` (after `npm run build`). ONRECORD_BENCH_RUNS sets
 * the runs per demo article (default 3; the big pages run at most twice); figures are medians.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { writeBenchPages } from '../../e2e/fixtures/bench/generate-pages.ts';
import { hoverFigures } from '../../e2e/fixtures/bench/hover-latency.ts';
import * as probe from '../../e2e/fixtures/bench/page-instruments.ts';
import { median, r1 } from '../../e2e/fixtures/bench/stats.ts';
import { chromiumPath, DIST, extensionIdOf, extensionWorker, launchWithExtension, ROOT } from '../../e2e/support/chromium.ts';
import { tabIdFor, waitForStoredPage } from '../../e2e/support/page-state.ts';
import { DEMO_ARTICLES } from '../../e2e/support/demo.ts';
import { startServer } from '../../e2e/support/server.ts';

export interface BenchSection {
  label: string;
  figures: Record<string, number | string>;
}

const RUNS = Math.max(1, Number(process.env.ONRECORD_BENCH_RUNS ?? 3));
const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

interface Target {
  name: string;
  path: string;
  runs: number;
  /** Highlights count as done when their total size has not changed for this long. */
  quietMs: number;
  timeoutMs: number;
}

interface PageRun {
  /** loadEventEnd, ms after navigation start. */
  load: number;
  /** First highlight and last change of the highlights, ms after the load event. */
  first: number;
  last: number;
  /** Last change of the highlights, ms after navigation start. */
  painted: number;
  highlights: number;
  longMax: number;
  longCount: number;
  blocking: number;
  /** Longest animation frame (a task plus the rendering after it), and how many passed 50 ms. */
  frameMax: number;
  frameCount: number;
  heapMB: number;
  domMB: number;
  /** With the extension: the popup opened over the page, until its claims show (ms). */
  popupMs: number;
}

const vs = (base: number, ours: number): string =>
  `${r1(base)} → ${r1(ours)}${base > 0 && Number.isFinite(ours) ? ` (×${(ours / base).toFixed(2)})` : ''}`;

/**
 * The page's heaps after a GC: V8's (page + content-script worlds share one isolate) and Blink's
 * embedder heap (DOM nodes, Ranges and StaticRanges, Highlights), in MB.
 */
async function heapMB(page: Page): Promise<{ js: number; dom: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { js: usage.usedSize / 1e6, dom: (usage.embedderHeapUsedSize ?? NaN) / 1e6 };
  } finally {
    await cdp.detach();
  }
}

/** Opens the popup over `page` (as the toolbar button would) and times it until its claims show. */
async function popupMs(context: BrowserContext, page: Page): Promise<number> {
  const worker = await extensionWorker(context);
  const tabId = await tabIdFor(worker, page.url());
  const popup = await context.newPage();
  try {
    await popup.setViewportSize({ width: 400, height: 600 });
    const start = Date.now();
    await popup.goto(`chrome-extension://${extensionIdOf(worker)}/popup.html?tab=${tabId}`);
    // The claims heading renders with the list (or with "No sourced claims found").
    await popup.locator('#claims-h').waitFor({ timeout: 60_000 });
    return Date.now() - start;
  } catch {
    return NaN;
  } finally {
    await popup.close();
  }
}

/**
 * Pause before each measured load, in both profiles (and, with On Record, the previous page
 * stored first): without it the load overlapped the tail of the previous page's work (the worker
 * storing it, the popup just opened and closed), and the figure measured that overlap, not the
 * page (measured: the 100k-node page's load event, first load of a fresh browser, 1.19 s without
 * and 1.12 s with On Record, medians of 4; loaded 3 s after the previous one, 0.91 s → 1.17 s).
 */
const SETTLE_MS = 2000;

/** Loads `url` in a new tab, waits for highlights to settle (or `quietMs` past load without them). */
async function measurePage(context: BrowserContext, url: string, t: Target, withExtension: boolean): Promise<PageRun> {
  await sleep(SETTLE_MS);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: t.timeoutMs });
    const until = Date.now() + t.timeoutMs;
    let p: probe.ProbeReading;
    for (;;) {
      p = (await page.evaluate(probe.READ_PROBE)) as probe.ProbeReading;
      const settledAt = withExtension ? p.last : p.load;
      if (settledAt > 0 && p.now - settledAt >= t.quietMs && (!withExtension || p.total > 0)) break;
      if (Date.now() > until) break;
      await sleep(100);
    }
    const long = p.long ?? [];
    const frames = p.frames ?? [];
    const heap = await heapMB(page);
    const popup = withExtension && p.total > 0 ? await popupMs(context, page) : NaN;
    // Let the worker finish storing this page before the next load is measured.
    if (withExtension && p.total > 0) await waitForStoredPage(context, page, t.timeoutMs);
    return {
      load: p.load,
      first: p.first > 0 ? p.first - p.load : NaN,
      last: p.last > 0 ? p.last - p.load : NaN,
      painted: p.last > 0 ? p.last : NaN,
      highlights: p.total,
      longMax: long.reduce((m, [, d]) => Math.max(m, d), 0),
      longCount: long.filter(([, d]) => d > 50).length,
      blocking: long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      frameMax: frames.reduce((m, [, d]) => Math.max(m, d), 0),
      frameCount: frames.filter(([, d]) => d > 50).length,
      heapMB: heap.js,
      domMB: heap.dom,
      popupMs: popup,
    };
  } finally {
    await page.close();
  }
}

async function measureAll(context: BrowserContext, base: string, targets: readonly Target[], withExtension: boolean): Promise<Map<string, PageRun[]>> {
  const out = new Map<string, PageRun[]>();
  for (const t of targets) {
    const runs: PageRun[] = [];
    for (let i = 0; i < t.runs; i++) {
      const run = await measurePage(context, `${base}/${t.path}`, t, withExtension);
      runs.push(run);
      if (withExtension && run.highlights === 0) break; // nothing painted within the timeout: don't wait again
    }
    out.set(t.name, runs);
  }
  return out;
}

/** Figures for one page: medians over runs, baseline (no extension) → with On Record. */
function pageFigures(name: string, base: PageRun[], ours: PageRun[]): Record<string, string | number> {
  const m = (runs: PageRun[], k: keyof PageRun): number => median(runs.map((r) => r[k]));
  return {
    [`${name}: load event ms (no ext → On Record)`]: vs(m(base, 'load'), m(ours, 'load')),
    [`${name}: highlights after load ms (first / all)`]: ours.some((r) => r.highlights > 0)
      ? `${r1(m(ours, 'first'))} / ${r1(m(ours, 'last'))}`
      : 'none painted before the timeout',
    [`${name}: all highlights ms after navigation start`]: r1(m(ours, 'painted')),
    [`${name}: highlighted ranges`]: m(ours, 'highlights'),
    [`${name}: longest task ms (no ext → On Record)`]: vs(m(base, 'longMax'), m(ours, 'longMax')),
    [`${name}: tasks > 50 ms (no ext → On Record)`]: `${m(base, 'longCount')} → ${m(ours, 'longCount')}`,
    [`${name}: blocking time ms (no ext → On Record)`]: vs(m(base, 'blocking'), m(ours, 'blocking')),
    [`${name}: longest frame ms, task + rendering (no ext → On Record)`]: vs(m(base, 'frameMax'), m(ours, 'frameMax')),
    [`${name}: frames > 50 ms (no ext → On Record)`]: `${m(base, 'frameCount')} → ${m(ours, 'frameCount')}`,
    [`${name}: JS heap MB (no ext → On Record)`]: vs(m(base, 'heapMB'), m(ours, 'heapMB')),
    [`${name}: DOM (embedder) heap MB (no ext → On Record)`]: vs(m(base, 'domMB'), m(ours, 'domMB')),
    [`${name}: content script memory MB (JS + DOM difference)`]: r1(m(ours, 'heapMB') - m(base, 'heapMB') + m(ours, 'domMB') - m(base, 'domMB')),
    [`${name}: popup opened → claims shown ms`]: r1(m(ours, 'popupMs')),
  };
}

/** (e): the content script's size against the goal (≤ 60 kB gzipped). */
function sizeFigures(): Record<string, string | number> {
  const content = readFileSync(resolve(DIST, 'content.js'));
  return {
    'content.js gzip kB (goal ≤ 60)': r1(gzipSync(content, { level: 9 }).length / 1024),
    'content.js raw kB': r1(content.length / 1024),
  };
}

/** (a), (b), (d) for every target: a profile without the extension first, then one with it. */
async function loadFigures(base: string, targets: readonly Target[]): Promise<Record<string, string | number>> {
  const viewport = { width: 1280, height: 900 };
  const baseDir = mkdtempSync(join(tmpdir(), 'onrecord-bench-base-'));
  const plain = await chromium.launchPersistentContext(baseDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let baseline: Map<string, PageRun[]>;
  try {
    await plain.addInitScript({ content: probe.PAGE_PROBE });
    baseline = await measureAll(plain, base, targets, false);
  } finally {
    await plain.close();
    rmSync(baseDir, { recursive: true, force: true });
  }
  const extDir = mkdtempSync(join(tmpdir(), 'onrecord-bench-ext-'));
  const context = await launchWithExtension(extDir, { viewport });
  try {
    await context.addInitScript({ content: probe.PAGE_PROBE });
    const ours = await measureAll(context, base, targets, true);
    const figures: Record<string, string | number> = { 'runs per demo article (median of)': RUNS };
    for (const t of targets) Object.assign(figures, pageFigures(t.name, baseline.get(t.name) ?? [], ours.get(t.name) ?? []));
    return figures;
  } finally {
    await context.close();
    rmSync(extDir, { recursive: true, force: true });
  }
}

/**
 * The whole section. ONRECORD_BENCH_ONLY=pages|hover runs one part (while iterating on it).
 * Demo articles are copied and the synthetic pages generated into a temp dir that is served on
 * 127.0.0.1 and deleted afterwards.
 */
export async function benchBrowser(): Promise<BenchSection> {
  if (!existsSync(resolve(DIST, 'manifest.json'))) throw new Error(`no built extension in ${DIST}: run \`npm run build\``);
  const only = process.env.ONRECORD_BENCH_ONLY;
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
  const server = await startServer(dir);
  try {
    cpSync(resolve(ROOT, 'e2e', 'fixtures', 'demo'), join(dir, 'demo'), { recursive: true });
    const pages = writeBenchPages(dir);
    const targets: Target[] = [
      ...DEMO_ARTICLES.map((a) => ({ name: a.path.replace(/^demo\/|\.html$/g, ''), path: a.path, runs: RUNS, quietMs: 1500, timeoutMs: 30_000 })),
      { name: '5 MB article', path: pages.big, runs: Math.min(RUNS, 2), quietMs: 5000, timeoutMs: 180_000 },
      { name: '100k-node page', path: pages.manyNodes, runs: Math.min(RUNS, 2), quietMs: 5000, timeoutMs: 180_000 },
    ];
    const figures: Record<string, string | number> = { ...sizeFigures() };
    if (only !== 'hover') Object.assign(figures, await loadFigures(server.url, targets));
    if (only !== 'pages') {
      try {
        Object.assign(figures, await hoverFigures(server.url, pages.roster, pages.rosterPeople.map((p) => p.name)));
      } catch (e) {
        figures['hover (failed)'] = (e as Error).message.slice(0, 300);
      }
    }
    return { label: 'browser (Chromium, built dist/)', figures };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await benchBrowser();
  console.log(`## ${section.label}`);
  for (const [k, v] of Object.entries(section.figures)) console.log(`  ${k.padEnd(56)} ${v}`);
}
