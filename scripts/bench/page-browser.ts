/**
 * Browser section of `npm run bench` for the page side: the built extension in Chromium on a
 * demo article and on a synthetic 5 MB / ~100k-node article. Figures: page load → first
 * highlight, → all highlights painted, the longest main-thread task (PerformanceObserver
 * 'longtask', which also sees content-script work), how many tasks exceeded 50 ms, and the JS
 * heap growth. Printed, never asserted. Run alone: `npx tsx scripts/bench/page-browser.ts`.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, ROOT } from '../../e2e/support/chromium.ts';
import { startServer } from '../../e2e/support/server.ts';

interface BenchSection {
  label: string;
  figures: Record<string, number | string>;
}

const NAMES = [
  'Anna Berg',
  'Omar Diaz',
  'Kaja Kallas',
  'Mark Rutte',
  'Sara Holm',
  'Tom Lee',
  'Otto Lind',
  'Baiba Braze',
];
const TITLES = [
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'NATO Secretary General',
  'Finance Minister',
];

/** A synthetic article of about `chars` characters of text (4 nodes per paragraph). */
export function hugeArticle(chars: number): string {
  const out: string[] = [];
  let len = 0;
  for (let n = 0; len < chars; n++) {
    const name = NAMES[n % NAMES.length]!;
    const p = `<p>${TITLES[n % TITLES.length]} <b>${name}</b> said on Tuesday that the government would review the plans for the ${n}th time, according to officials. "We will not retreat," ${name.split(' ')[1]} told reporters.</p>`;
    out.push(p);
    len += p.length - 11;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Huge</title><meta property="og:type" content="article"></head><body><article>${out.join('\n')}</article></body></html>`;
}

const OBSERVE = `
  window.__bench = { longest: 0, over50: 0, first: 0, start: performance.now() };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__bench.longest = Math.max(window.__bench.longest, e.duration);
        if (e.duration > 50) window.__bench.over50++;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function measure(
  page: Page,
  url: string,
  settleMs: number,
): Promise<Record<string, number | string>> {
  const heap0 = await page
    .evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    )
    .catch(() => 0);
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  let first = 0;
  let count = 0;
  let stableSince = 0;
  let done = 0;
  for (;;) {
    const n = await page.evaluate(() => {
      let total = 0;
      for (const [k, h] of CSS.highlights) if (String(k).startsWith('onrecord-')) total += h.size;
      return total;
    });
    const now = Date.now();
    if (n > 0 && !first) first = now - t0;
    if (n !== count) {
      count = n;
      stableSince = now;
    } else if (n > 0 && now - stableSince > settleMs) {
      done = stableSince - t0;
      break;
    }
    if (now - t0 > 180_000) break;
    await page.waitForTimeout(50);
  }
  const stats = await page.evaluate(
    () => (window as unknown as { __bench: { longest: number; over50: number } }).__bench,
  );
  const heap1 = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0,
  );
  return {
    'load → first highlight (ms)': first,
    'load → all highlights (ms)': done,
    'highlight ranges': count,
    'longest task (ms)': Math.round(stats.longest),
    'tasks > 50 ms': stats.over50,
    'JS heap after (MB)': ((heap1 || 0) / 1e6).toFixed(1),
    'JS heap before (MB)': ((heap0 || 0) / 1e6).toFixed(1),
  };
}

export async function benchPageBrowser(): Promise<BenchSection> {
  const dir = resolve(ROOT, '.tmp', 'bench-pages');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'huge.html'), hugeArticle(5_000_000));
  const server = await startServer(resolve(ROOT));
  const profile = await mkdtemp(join(tmpdir(), 'onrecord-bench-'));
  const context = await launchWithExtension(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(OBSERVE);
    if (process.env['ONRECORD_TRACE'])
      page.on('console', (m) => m.text().startsWith('ONRECORD') && console.log(m.text()));
    if (process.env['ONRECORD_TRACE'])
      await page.addInitScript(
        `new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.duration > 100) console.log('ONRECORD longtask', Math.round(e.startTime), Math.round(e.duration)); }).observe({ type: 'longtask' });`,
      );
    const figures: Record<string, number | string> = {};
    for (const [k, v] of Object.entries(
      await measure(page, `${server.url}/e2e/fixtures/pages/article.html`, 1000),
    ))
      figures[`demo article: ${k}`] = v;
    for (const [k, v] of Object.entries(
      await measure(page, `${server.url}/.tmp/bench-pages/huge.html`, 3000),
    ))
      figures[`5 MB article: ${k}`] = v;
    return { label: 'Browser: page reading and painting (Chromium, built extension)', figures };
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await benchPageBrowser();
  console.log(`## ${s.label}`);
  for (const [k, v] of Object.entries(s.figures)) console.log(`  ${k.padEnd(48)} ${v}`);
}
