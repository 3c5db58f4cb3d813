/**
 * Companion to pages.ts for looking at one page: which lines of our article text Readability's
 * reference lacks (+) and which of its lines we miss (-), plus the page metadata we read.
 * Run: `npx tsx scripts/eval/page-diff.ts bbc-1 [DIR]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticleText } from '../../src/page/extract.ts';
import { readArticle } from '../../src/page/read-article.ts';

const name = process.argv[2] ?? 'bbc-1';
const dir = process.argv[3] ?? join(import.meta.dirname, '../../../shared/data/pages');
const { document } = parseHTML(readFileSync(join(dir, `${name}.html`), 'utf8'));
const { text, meta } = extractArticleText(document, `https://example.org/${name}`);
const fragment = readFileSync(join(dir, `${name}.expected.html`), 'utf8');
const { document: expected } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
const gold = readArticle(expected.body ?? expected.documentElement, { skipChrome: false }).text;
const goldLines = new Set(gold.split('\n').map((s) => s.trim()));
const ourLines = new Set(text.split('\n').map((s) => s.trim()));
console.log(JSON.stringify(meta, null, 2));
for (const l of ourLines) if (!goldLines.has(l)) console.log(`+ ${l.slice(0, 160)}`);
for (const l of goldLines) if (!ourLines.has(l)) console.log(`- ${l.slice(0, 160)}`);
