/**
 * `npm run eval [-- --data DIR]`: scores the engine on the dev splits in ../shared/data and on
 * the seeds' gold, with the scoring rules of the CLI contract (one-to-one span matching, exact
 * and overlap), and prints precision/recall/F1 for each. Figures only; nothing is asserted.
 *
 * Sections: persons (CoNLL-2003 dev PER, with compromise's people() as the reference line),
 * attributions (PolNeAR dev cue/source/content), seeds (every gold official and claim), reader
 * (the article text of 121 real pages against hand-marked bodies, beside Readability.js in the
 * same run). `--only NAME` runs one section.
 */
import { join, resolve } from 'node:path';
import { readJsonl, type ConllDoc } from './eval/conll-data.ts';
import { scoreConll, personSpans, compromiseSpans } from './eval/persons.ts';
import { formatCounts } from './eval/span-score.ts';
import { evaluatePolnear, formatScores } from './eval/claims.ts';
import { loadPolnear } from './eval/claims-data.ts';
import { annotatorAgreement } from './eval/claims-agreement.ts';
import { existsSync } from 'node:fs';
import { evalSeeds } from './eval/seeds.ts';
import { analyze } from '../src/core/analyze.ts';
import { evaluateReader, formatReader, loadReaderPages } from './eval/reader.ts';
import { evaluateRealPages, formatRealPages, loadRealPagesGold } from './eval/real-pages.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg('data') ?? join(import.meta.dirname, '../../shared/data'));
const seedsDir = resolve(arg('seeds') ?? join(dataDir, '../seeds'));
const only = arg('only');

if (!only || only === 'persons') {
  const docs = readJsonl<ConllDoc>(join(dataDir, 'ner/conll2003_dev.jsonl'));
  const ours = scoreConll(docs, (t) => personSpans(analyze(t).people));
  console.log(`\n## Persons — CoNLL-2003 dev PER (${docs.length} documents)`);
  console.log(formatCounts('On Record', ours.counts));
  if (!process.argv.includes('--no-compromise')) {
    console.log(formatCounts('compromise people()', scoreConll(docs, compromiseSpans).counts));
  }
}

if (!only || only === 'claims') {
  const docs = loadPolnear(join(dataDir, 'attribution/polnear_dev.jsonl'));
  const { scores } = evaluatePolnear(docs);
  console.log(`\n## Attributions — PolNeAR dev (${docs.length} articles)`);
  console.log(formatScores(scores));
  // The human reference line: second annotators against the first (train has more such pairs).
  const train = join(dataDir, 'train/polnear_train.jsonl');
  const both = [...docs, ...(existsSync(train) ? loadPolnear(train) : [])];
  const agreement = annotatorAgreement(both);
  console.log(
    `\nHuman agreement — a second PolNeAR annotator scored against the first (${agreement.pairs} articles, dev + train)`,
  );
  console.log(formatScores(agreement.scores));
}

if (!only || only === 'seeds') {
  const r = evalSeeds(seedsDir);
  console.log(`\n## Seeds gold — ${r.checks - r.failures.length}/${r.checks} checks pass`);
  for (const f of r.failures) console.log(`  ✗ ${f}`);
  for (const n of r.notes) console.log(`  · ${n}`);
}

if (!only || only === 'reader') {
  const dir = join(dataDir, 'pages-reader');
  if (existsSync(dir)) {
    const pages = loadReaderPages(dir);
    console.log(
      `\n## Reader — article text of ${pages.length} real pages (article-extraction benchmark metric)`,
    );
    console.log(formatReader(evaluateReader(pages), Number(arg('worst') ?? 0)));
  }
}

if (!only || only === 'real-pages') {
  const dir = join(dataDir, 'pages-reader');
  if (existsSync(dir)) {
    const gold = loadRealPagesGold();
    const idle: string[] = [];
    const results = evaluateRealPages(gold, loadReaderPages(dir), idle);
    console.log(
      `\n## Real pages — officials and claims against our gold (${results.length} news pages)`,
    );
    console.log(`pages taken for no article (the extension stays idle there): ${idle.length}`);
    console.log(formatRealPages(results, process.argv.includes('--verbose')));
  }
}
