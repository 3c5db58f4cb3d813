/**
 * Persons evaluation: CoNLL-2003 dev PER spans and the seeds' gold officials (scored on the
 * persons stage alone, see persons-only.ts), plus compromise's
 * `people()` on the same dev data as a reference line, and a breakdown of errors by category.
 *
 *   npx tsx scripts/eval/persons.ts [--data DIR] [--seeds DIR] [--errors N] [--no-compromise]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { peopleOnly } from './persons-only.ts';
import type { Person } from '../../src/core/types.ts';
import { dataDirFromArgs, readJsonl, type ConllDoc } from './conll-data.ts';
import { scoreSpans, emptyCounts, formatCounts, type Counts, type Span2 } from './span-score.ts';
import { evalSeedPeople, formatSeedReport } from './seeds.ts';
import { categoriseErrors, formatErrors } from './persons-errors.ts';

/** Predicted person spans of a text: mentions of kind name or surname. */
export function personSpans(people: Person[]): Span2[] {
  const out: Span2[] = [];
  for (const p of people) for (const m of p.mentions) if (m.kind !== 'pronoun') out.push([m.start, m.end]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** compromise's `people()` spans, from the first term's start to the last term's end. */
export function compromiseSpans(text: string): Span2[] {
  type Term = { offset: { start: number; length: number } };
  const json = nlp(text).people().json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
  const out: Span2[] = [];
  for (const m of json) {
    const first = m.terms[0];
    const last = m.terms[m.terms.length - 1];
    if (first && last) out.push([first.offset.start, last.offset.start + last.offset.length]);
  }
  return out;
}

export { peopleOnly };

/** CPU-time throughput in MB/s of `fn` over `texts` (CPU time, so a busy machine skews it less). */
export function throughput(texts: string[], fn: (t: string) => unknown, rounds = 3): number {
  const chars = texts.reduce((a, t) => a + t.length, 0);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    for (const t of texts) fn(t);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  return chars / 1e6 / best;
}

export interface ConllResult {
  counts: Counts;
  docs: number;
  chars: number;
  ms: number;
}

/** Scores `predict` against the PER spans of CoNLL dev. */
export function scoreConll(docs: ConllDoc[], predict: (text: string) => Span2[]): ConllResult {
  const counts = emptyCounts();
  let chars = 0;
  const t0 = performance.now();
  for (const d of docs) {
    scoreSpans(predict(d.text), d.persons, counts);
    chars += d.text.length;
  }
  return { counts, docs: docs.length, chars, ms: performance.now() - t0 };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const dataDir = dataDirFromArgs(process.argv);
  const seedsDir = resolve(arg('--seeds') ?? join(dataDir, '..', 'seeds'));
  const docs = readJsonl<ConllDoc>(join(dataDir, 'ner', 'conll2003_dev.jsonl'));
  peopleOnly('warm up the model: Mr. John Smith said.');
  const ours = scoreConll(docs, (t) => personSpans(peopleOnly(t)));
  const mbps = (r: ConllResult): string => `${((r.chars / 1e6) / (r.ms / 1000)).toFixed(2)} MB/s`;
  console.log(`CoNLL-2003 dev PER (${docs.length} docs)`);
  console.log(formatCounts('on record', ours.counts) + `  ${mbps(ours)}`);
  if (!process.argv.includes('--no-compromise')) {
    const ref = scoreConll(docs, compromiseSpans);
    console.log(formatCounts('compromise people()', ref.counts) + `  ${mbps(ref)}`);
  }
  const texts = docs.map((d) => d.text);
  const ourSpeed = throughput(texts, peopleOnly);
  const refSpeed = throughput(texts.slice(0, 40), (t) => nlp(t).people().json(), 1);
  console.log(
    `throughput (CPU time, persons stage only): on record ${ourSpeed.toFixed(2)} MB/s, ` +
      `compromise people() ${refSpeed.toFixed(3)} MB/s, ratio ${(ourSpeed / refSpeed).toFixed(0)}x`,
  );
  console.log('\nSeeds gold');
  console.log(formatSeedReport(evalSeedPeople(seedsDir, peopleOnly)));
  const n = Number(arg('--errors') ?? '12');
  if (n > 0) {
    console.log('\nCoNLL dev errors by category');
    console.log(formatErrors(categoriseErrors(docs, (t) => personSpans(peopleOnly(t))), n));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
