/**
 * Measures the page reader against Readability's reference extractions: for each saved page in
 * ../shared/data/pages (or the folder given as the first argument), token-level precision,
 * recall and F1 of our article text against the text of `<name>.expected.html`. Both are parsed
 * with linkedom, as the CLI does. Run: `npx tsx scripts/eval/pages.ts [DIR]`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticleText } from '../../src/page/extract.ts';
import { readArticle } from '../../src/page/read-article.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../../shared/data/pages');

function tokens(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

function overlap(
  pred: Map<string, number>,
  gold: Map<string, number>,
): { p: number; r: number; f: number } {
  let common = 0;
  let np = 0;
  let ng = 0;
  for (const [t, c] of pred) {
    np += c;
    common += Math.min(c, gold.get(t) ?? 0);
  }
  for (const c of gold.values()) ng += c;
  const p = np ? common / np : 0;
  const r = ng ? common / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const rows: string[] = [];
let sumF = 0;
let n = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html'))
  .sort()) {
  const name = file.replace(/\.html$/, '');
  const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
  const t0 = performance.now();
  const { text, meta, isArticle } = extractArticleText(document, `https://example.org/${name}`);
  const ms = performance.now() - t0;
  const fragment = readFileSync(join(dir, `${name}.expected.html`), 'utf8');
  const { document: expected } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const gold = readArticle(expected.body ?? expected.documentElement, { skipChrome: false }).text;
  const s = overlap(tokens(text), tokens(gold));
  sumF += s.f;
  n++;
  rows.push(
    `| ${name} | ${isArticle ? 'yes' : 'no'} | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | ${s.f.toFixed(3)} | ${text.length} | ${ms.toFixed(0)} ms | ${meta.outlet ?? ''} | ${meta.publishedAt ?? ''} |`,
  );
  if (process.env['VERBOSE']) console.log(`--- ${name}: ${meta.title}\n${text}\n`);
}
console.log('| page | article? | precision | recall | F1 | chars | time | outlet | published |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.log(`\nmean F1 ${(sumF / Math.max(1, n)).toFixed(3)} over ${n} pages`);
