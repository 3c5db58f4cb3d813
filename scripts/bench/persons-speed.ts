/**
 * Persons-stage speed against compromise's `nlp(text).people()` on the same news text, in the
 * same run: ~300 KB of PolNeAR dev prose (article by article) and all of CoNLL-2003 dev.
 *
 * The machine is shared, so every round times ours and compromise back to back on CPU time
 * (not wall-clock) and the ratio is taken per round; the median round is reported. Also times
 * the whole `analyze()` and the persons stage split into its parts (tokenise, tag, rules).
 *
 *   npx tsx scripts/bench/persons-speed.ts [--data DIR] [--rounds N] [--kb 300]
 */
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../../src/core/analyze.ts';
import { tokenize, splitSentences } from '../../src/core/tokenize.ts';
import { findPeople } from '../../src/core/persons/index.ts';
import { tagPeople } from '../../src/core/persons/tag-people.ts';
import { getModel } from '../../src/core/persons/model.ts';
import { dataDirFromArgs, readJsonl } from '../eval/conll-data.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function drain<T>(g: Generator<number, T, void>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/** Tokenise + findPeople: what the persons stage costs inside `analyze()`. */
function persons(text: string): unknown {
  const toks = tokenize(text);
  return drain(findPeople(text, toks, splitSentences(text, toks)));
}

function tokensOnly(text: string): unknown {
  const toks = tokenize(text);
  return splitSentences(text, toks);
}

function taggerOnly(text: string): unknown {
  const toks = tokenize(text);
  return drain(tagPeople(text, toks, splitSentences(text, toks), getModel()));
}

function compromisePeople(text: string): unknown {
  return nlp(text).people().json();
}

/** CPU seconds of running `fn` over `texts`, best of `reps` (at least `minMs` of work each). */
function cpuSeconds(texts: string[], fn: (t: string) => unknown, minMs = 0): number {
  let runs = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  do {
    for (const t of texts) fn(t);
    runs++;
  } while (performance.now() - w0 < minMs);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6 / runs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Corpus {
  label: string;
  texts: string[];
  chars: number;
}

function corpora(dataDir: string, kb: number): Corpus[] {
  const prose: string[] = [];
  let chars = 0;
  for (const d of readJsonl<{ text: string }>(join(dataDir, 'attribution', 'polnear_dev.jsonl'))) {
    if (chars >= kb * 1000) break;
    prose.push(d.text);
    chars += d.text.length;
  }
  const conll = readJsonl<{ text: string }>(join(dataDir, 'ner', 'conll2003_dev.jsonl')).map((d) => d.text);
  const sum = (xs: string[]): number => xs.reduce((a, t) => a + t.length, 0);
  return [
    { label: `PolNeAR dev prose (${prose.length} articles)`, texts: prose, chars: sum(prose) },
    { label: `CoNLL-2003 dev (${conll.length} docs)`, texts: conll, chars: sum(conll) },
  ];
}

function main(): void {
  const dataDir = resolve(dataDirFromArgs(process.argv));
  const rounds = Number(arg('--rounds', '3'));
  const kb = Number(arg('--kb', '300'));
  analyze('Warm up: Mr. John Smith, the mayor, said he would go.');
  for (const c of corpora(dataDir, kb)) {
    for (let i = 0; i < 3; i++) for (const t of c.texts) persons(t); // JIT warm-up
    for (const t of c.texts.slice(0, 5)) compromisePeople(t);
    const mb = c.chars / 1e6;
    const rows: Record<string, number[]> = { persons: [], analyze: [], tokenise: [], tagger: [], compromise: [], ratio: [], ratioAnalyze: [] };
    for (let r = 0; r < rounds; r++) {
      const ours = mb / cpuSeconds(c.texts, persons, 400);
      const theirs = mb / cpuSeconds(c.texts, compromisePeople);
      const all = mb / cpuSeconds(c.texts, analyze, 400);
      rows.persons?.push(ours);
      rows.compromise?.push(theirs);
      rows.analyze?.push(all);
      rows.ratio?.push(ours / theirs);
      rows.ratioAnalyze?.push(all / theirs);
      rows.tokenise?.push(mb / cpuSeconds(c.texts, tokensOnly, 300));
      rows.tagger?.push(mb / cpuSeconds(c.texts, taggerOnly, 300));
    }
    const f = (k: string, d = 2): string => median(rows[k] ?? []).toFixed(d);
    const all = (k: string): string => (rows[k] ?? []).map((x) => x.toFixed(1)).join(' ');
    console.log(`\n${c.label}, ${mb.toFixed(2)} MB, ${rounds} rounds (median; CPU time)`);
    console.log(`  persons stage (tokenise+findPeople) ${f('persons')} MB/s`);
    console.log(`    tokenise+sentences only           ${f('tokenise')} MB/s`);
    console.log(`    + tagger (2 passes, no rules)     ${f('tagger')} MB/s`);
    console.log(`  whole analyze()                     ${f('analyze')} MB/s`);
    console.log(`  compromise people()                 ${f('compromise', 3)} MB/s`);
    console.log(`  ratio persons / compromise          ${f('ratio', 1)}x   (rounds: ${all('ratio')})`);
    console.log(`  ratio analyze / compromise          ${f('ratioAnalyze', 1)}x   (rounds: ${all('ratioAnalyze')})`);
  }
}

main();
