/**
 * The page reader on real pages: `../shared/data/pages-reader/` (121 pages with the article body
 * marked by hand, from scrapinghub's article-extraction benchmark), scored with the benchmark's
 * metric (shingles.ts). In the same run Mozilla's Readability.js reads the same parsed pages, so
 * the two figures are comparable. Run: `npm run eval -- --only reader` (or this file with
 * `--dir DIR`; `--worst N` lists our N lowest pages).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../../src/cli/decode.ts';
import { extractArticleText } from '../../src/page/extract.ts';
import { readArticle } from '../../src/page/read-article.ts';
import { pageF1, scorePage, summarise, type PageScore } from './shingles.ts';

export interface ReaderPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** The benchmark's pages, decoded with their declared charsets. */
export function loadReaderPages(dir: string): ReaderPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const pages: ReaderPage[] = [];
  for (const file of readdirSync(join(dir, 'html')).sort()) {
    const id = file.replace(/\.html(\.gz)?$/, '');
    const gold = truth[id];
    if (!gold) continue;
    const raw = readFileSync(join(dir, 'html', file));
    const decoded = decodeHtml(file.endsWith('.gz') ? gunzipSync(raw) : raw);
    pages.push({
      id,
      url: gold.url,
      html: decoded.ok ? decoded.text : '',
      truth: gold.articleBody,
    });
  }
  return pages;
}

/** Readability.js on the page, its article read back as lines (as our reader writes text). */
function readabilityText(html: string, url: string): string {
  const { document } = parseHTML(html);
  try {
    Object.defineProperty(document, 'documentURI', { value: url });
  } catch {
    // linkedom may not allow it; Readability only uses it to resolve links.
  }
  const article = new Readability<Node>(document as unknown as Document, {
    serializer: (n) => n,
  }).parse();
  const node = article?.content;
  return node ? readArticle(node, { skipChrome: false }).text : '';
}

function ourText(html: string, url: string): string {
  const { document } = parseHTML(html);
  return extractArticleText(document as unknown as Document, url).text;
}

export interface ReaderRow {
  id: string;
  url: string;
  ours: PageScore;
  readability: PageScore;
}

export function evaluateReader(pages: readonly ReaderPage[]): ReaderRow[] {
  return pages.map((p) => ({
    id: p.id,
    url: p.url,
    ours: scorePage(ourText(p.html, p.url), p.truth),
    readability: scorePage(readabilityText(p.html, p.url), p.truth),
  }));
}

const f = (x: number): string => x.toFixed(3);

export function formatReader(rows: readonly ReaderRow[], worst = 0): string {
  const ours = summarise(rows.map((r) => r.ours));
  const theirs = summarise(rows.map((r) => r.readability));
  const lines = [
    '| reader | precision | recall | F1 |',
    '| --- | --- | --- | --- |',
    `| On Record | ${f(ours.precision)} | ${f(ours.recall)} | ${f(ours.f1)} |`,
    `| Readability.js (same run) | ${f(theirs.precision)} | ${f(theirs.recall)} | ${f(theirs.f1)} |`,
    `pages with nothing right: ours ${rows.filter((r) => r.ours.tp === 0).length}, Readability.js ${rows.filter((r) => r.readability.tp === 0).length} (of ${rows.length})`,
  ];
  if (worst > 0) {
    const sorted = [...rows].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, worst);
    lines.push('', `Lowest ${worst} pages (F1 ours, Readability.js; ours tp/fp/fn):`);
    for (const r of sorted)
      lines.push(
        `  ${r.id.slice(0, 12)} ${f(pageF1(r.ours))} ${f(pageF1(r.readability))}  ${f(r.ours.tp)}/${f(r.ours.fp)}/${f(r.ours.fn)}  ${r.url}`,
      );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dir = at('dir') ?? join(import.meta.dirname, '../../../shared/data/pages-reader');
  const rows = evaluateReader(loadReaderPages(dir));
  console.log(formatReader(rows, Number(at('worst') ?? 0)));
}
