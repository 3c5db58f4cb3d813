/**
 * The browser section of `npm run bench` (issues 3 and 6, "Speed"): the built dist/ in Chromium,
 * every figure beside a baseline measured in the same run, never asserted.
 *
 * (a) page load → highlights painted, on each demo article, a 5 MB synthetic article and a
 *     100k-node page (CSS.highlights polled from the page);
 * (b) the longest main-thread task meanwhile (a `longtask` observer added before navigation);
 * (c) hover → hovercard showing stored statements, p50/p95, with a small store and with 100k
 *     statements seeded into the extension's IndexedDB; plus the worker's `people/card` round trip;
 * (d) JS heap of the page with vs without the extension (the content script's share);
 * (e) dist/content.js gzipped.
 * Baselines: the same pages in a profile WITHOUT the extension (load, longest task, heap); hover
 * and round trips with the small store; `settings/get` as the bare messaging round trip.
 *
 * Run alone: `npx tsx scripts/bench/browser.ts` (after `npm run build`). ONRECORD_BENCH_RUNS sets
 * the runs per demo article (default 3; the big pages run once).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { writeBenchPages } from '../../e2e/fixtures/bench/generate-pages.ts';
import * as probe from '../../e2e/fixtures/bench/page-instruments.ts';
import { chromiumPath, DIST, extensionIdOf, extensionWorker, launchWithExtension, ROOT } from '../../e2e/support/chromium.ts';
import { DEMO_ARTICLES } from '../../e2e/support/demo.ts';
import { tabIdFor, waitForStoredArticle } from '../../e2e/support/page-state.ts';
import { startServer } from '../../e2e/support/server.ts';
import { OPEN_DELAY_MS } from '../../extension/content/pointer.ts';

export interface BenchSection {
  label: string;
  figures: Record<string, number | string>;
}

const RUNS = Math.max(1, Number(process.env.ONRECORD_BENCH_RUNS ?? 3));
const STATEMENTS = 100_000;
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
  heapMB: number;
}

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number) : NaN;
};
const median = (xs: readonly number[]): number => percentile(xs, 0.5);
const r1 = (x: number): number => Math.round(x * 10) / 10;
const vs = (base: number, ours: number): string =>
  `${r1(base)} → ${r1(ours)}${base > 0 && Number.isFinite(ours) ? ` (×${(ours / base).toFixed(2)})` : ''}`;

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

/** Loads `url` in a new tab, waits for highlights to settle (or `quietMs` past load without them). */
async function measurePage(context: BrowserContext, url: string, t: Target, withExtension: boolean): Promise<PageRun> {
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
    return {
      load: p.load,
      first: p.first > 0 ? p.first - p.load : NaN,
      last: p.last > 0 ? p.last - p.load : NaN,
      painted: p.last > 0 ? p.last : NaN,
      highlights: p.total,
      longMax: long.reduce((m, [, d]) => Math.max(m, d), 0),
      longCount: long.filter(([, d]) => d > 50).length,
      blocking: long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      heapMB: await heapMB(page),
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
    [`${name}: JS heap MB (no ext → On Record)`]: vs(m(base, 'heapMB'), m(ours, 'heapMB')),
    [`${name}: content script heap MB (difference)`]: r1(m(ours, 'heapMB') - m(base, 'heapMB')),
  };
}

/** The content script's isolated world in the page's top frame (its origin is the extension's). */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const contexts: Array<{ id: number; name: string; origin: string; auxData?: { frameId?: string; type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find(
    (c) =>
      c.auxData?.type === 'isolated' &&
      c.auxData.frameId === frameTree.frame.id &&
      (c.origin.startsWith('chrome-extension://') || c.name === 'On Record'),
  );
  if (!world) throw new Error(`no On Record content-script world among ${contexts.map((c) => c.name).join(', ')}`);
  return world.id;
}

async function inWorld<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(`in content-script world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

interface HoverSamples {
  /** pointer on the name → card showing stored data; and card shown → stored data in it. */
  ms: number[];
  openToData: number[];
  withStatements: number;
  missed: string[];
}

/** Hovers each name once (a different person each time, so each card is a store lookup). */
async function hoverPass(page: Page, names: readonly string[]): Promise<HoverSamples> {
  await page.bringToFront(); // a background tab gets no animation frames (the hit test waits for one)
  const cdp = await page.context().newCDPSession(page);
  const out: HoverSamples = { ms: [], openToData: [], withStatements: 0, missed: [] };
  try {
    const world = await isolatedWorld(cdp);
    await inWorld(cdp, world, probe.HOVER_RECORDER);
    for (const name of names) {
      await page.mouse.move(2, 2);
      const box = await page.evaluate(`(() => {
        let hit = null;
        CSS.highlights.get('onrecord-official')?.forEach((r) => {
          if (hit) return;
          const live = document.createRange(); // painted ranges may be StaticRanges
          try { live.setStart(r.startContainer, r.startOffset); live.setEnd(r.endContainer, r.endOffset); } catch { return; }
          if (live.toString() === ${JSON.stringify(name)}) hit = live;
        });
        if (!hit) return null;
        hit.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = hit.getBoundingClientRect();
        return { x: b.x + Math.min(b.width / 2, 20), y: b.y + b.height / 2 };
      })()`);
      if (!box) {
        out.missed.push(`${name} (not painted)`);
        continue;
      }
      await sleep(450); // the previous card closes (300 ms after the pointer left)
      const { x, y } = box as { x: number; y: number };
      await inWorld(cdp, world, `window.__onrecordHover.arm(${JSON.stringify(name)})`);
      await page.mouse.move(x, y);
      let reading: probe.HoverReading | null = null;
      for (const until = Date.now() + 5000; Date.now() < until; await sleep(10)) {
        const h = await inWorld<probe.HoverReading>(cdp, world, 'window.__onrecordHover.result()');
        if (h.tCard >= 0) {
          reading = h;
          break;
        }
      }
      if (!reading) out.missed.push(name);
      else {
        out.ms.push(reading.tCard - reading.tMove);
        out.openToData.push(reading.tCard - reading.tOpen);
        if (reading.statements > 0) out.withStatements++;
      }
    }
  } finally {
    await cdp.detach();
  }
  return out;
}

/** `people/card` for every id (3 rounds) and `settings/get` as many times, from an extension page. */
async function roundTrips(control: Page, personIds: readonly number[], excludeUrl: string): Promise<{ card: number[]; bare: number[] }> {
  const cards = [0, 1, 2].flatMap(() => personIds.map((personId) => ({ type: 'people/card', personId, excludeUrl, limit: 6 })));
  const bare = cards.map(() => ({ type: 'settings/get' }));
  const c = (await control.evaluate(probe.timeMessages(cards))) as Array<[number, number]>;
  const b = (await control.evaluate(probe.timeMessages(bare))) as Array<[number, number]>;
  return { card: c.map(([ms]) => ms), bare: b.map(([ms]) => ms) };
}

const p5095 = (xs: readonly number[]): string => `${r1(percentile(xs, 0.5))} / ${r1(percentile(xs, 0.95))}`;

/**
 * (c), in a fresh profile: the roster article is read, then the store is seeded with 1,000
 * statements (baseline) and hovered, then topped up to 100k and hovered again after a reload (a
 * fresh content script has nothing cached). Seeded statements are spread over every stored person.
 */
async function hoverFigures(base: string, rosterPath: string, rosterNames: readonly string[]): Promise<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-hover-'));
  const context = await launchWithExtension(dir, { viewport: { width: 1280, height: 900 } });
  try {
    const worker = await extensionWorker(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `${base}/${rosterPath}`;
    const visit = async (): Promise<number[]> => {
      await page.goto(url, { waitUntil: 'load' });
      const state = await waitForStoredArticle(worker, await tabIdFor(worker, url), 30_000);
      if (!state) throw new Error(`${rosterPath} was not analysed and stored in time`);
      return state.officials.flatMap((o) => (o.personId === null ? [] : [o.personId]));
    };
    await visit();
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionIdOf(worker)}/popup.html`);
    const seed = async (statements: number, articles: number, tag: number): Promise<probe.SeedResult> =>
      (await control.evaluate(probe.seedStore({ statements, articles, seed: tag }))) as probe.SeedResult;

    const few = await seed(1_000, 200, 1);
    const smallIds = await visit();
    const small = await hoverPass(page, rosterNames);
    const smallTrips = await roundTrips(control, smallIds, url);

    const many = await seed(STATEMENTS - few.statements, 5_000, 2);
    const bigIds = await visit();
    const big = await hoverPass(page, rosterNames);
    const bigTrips = await roundTrips(control, bigIds, url);

    const pass = (s: HoverSamples): string =>
      `${p5095(s.ms)} (n=${s.ms.length}, ${s.withStatements} with statements, ${s.missed.length} missed)`;
    return {
      'hover store: statements (small → big) / people': `${few.statements} → ${many.statements} / ${many.people}`,
      'seeding the statements took ms': Math.round(few.ms + many.ms),
      [`hover → card with stored data, p50/p95 ms (${few.statements} statements)`]: pass(small),
      [`hover → card with stored data, p50/p95 ms (${many.statements} statements)`]: pass(big),
      [`  of which the designed open delay (ms)`]: OPEN_DELAY_MS,
      '  card shown → stored data in it, p50/p95 ms (small → big)': `${p5095(small.openToData)} → ${p5095(big.openToData)}`,
      'people/card round trip p50/p95 ms (small → big)': `${p5095(smallTrips.card)} → ${p5095(bigTrips.card)}`,
      'settings/get round trip p50/p95 ms (bare messaging)': p5095([...smallTrips.bare, ...bigTrips.bare]),
      ...(big.missed.length ? { 'hover missed': big.missed.slice(0, 5).join(', ') } : {}),
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
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
      { name: '5 MB article', path: pages.big, runs: 1, quietMs: 5000, timeoutMs: 180_000 },
      { name: '100k-node page', path: pages.manyNodes, runs: 1, quietMs: 5000, timeoutMs: 180_000 },
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
