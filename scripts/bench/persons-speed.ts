/**
 * Persons-stage speed against compromise's `nlp(text).people()` on the same news text, in the
 * same run: ~300 KB of PolNeAR dev prose (article by article) and all of CoNLL-2003 dev.
 *
 * The machine is shared, so every round times ours and compromise back to back on CPU time (not
 * wall-clock), over the whole corpus in turn or interleaved a few documents at a time
 * (`--chunk N`), and the ratio is taken per round; the median round is reported. Also times
 * the whole `analyze()` and the persons stage split into its parts (tokenise, tag, rules).
 *
 *   npx tsx scripts/bench/persons-speed.ts [--data DIR] [--rounds N] [--kb 300] [--chunk N]
 */
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../../src/core/analyze.ts';
import { tokenize, splitSentences } from '../../src/core/tokenize.ts';
import { findPeople } from '../../src/core/persons/index.ts';
import { tagPeople } from '../../src/core/persons/tag-people.ts';
import { getModel } from '../../src/core/persons/model.ts';
import { dataDirFromArgs, readJsonl } from '../eval/conll-data.ts';
import { runToEnd as drain } from '../../src/core/run-steps.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
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

/**
 * CPU seconds per run of `fn` over `texts` (repeated for at least `minMs` and `minRuns`). No
 * forced `gc()` in between: a forced full collection throws away compiled code and made the
 * next few hundred milliseconds of either side run in the interpreter (5x slower).
 */
function cpuSeconds(texts: string[], fn: (t: string) => unknown, minMs = 0, minRuns = 1): number {
  let runs = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  do {
    for (const t of texts) fn(t);
    runs++;
  } while (runs < minRuns || performance.now() - w0 < minMs);
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
  /** Documents per interleaved timing chunk; 0 = each side over the whole corpus in turn. */
  const chunkDocs = Number(arg('--chunk', '0'));
  persons('Warm up: Mr. John Smith, the mayor, said he would go.');
  // The claims stage is another engineer's work in progress; time it only when it runs.
  let analyzeError = '';
  try {
    analyze('Warm up: Mr. John Smith, the mayor, said he would go.');
  } catch (err) {
    analyzeError = (err as Error).message;
  }
  for (const c of corpora(dataDir, kb)) {
    for (let i = 0; i < 3; i++) for (const t of c.texts) persons(t); // JIT warm-up
    for (const t of c.texts.slice(0, 5)) compromisePeople(t);
    const mb = c.chars / 1e6;
    const rows: Record<string, number[]> = { persons: [], analyze: [], tokenise: [], tagger: [], compromise: [], ratio: [], ratioAnalyze: [] };
    for (let r = 0; r < rounds; r++) {
      // Interleaved in small chunks, so both sides see the same load on a shared machine.
      let ours = 0;
      let theirs = 0;
      let all = 0;
      const step = chunkDocs > 0 ? chunkDocs : c.texts.length;
      for (let i = 0; i < c.texts.length; i += step) {
        const chunk = c.texts.slice(i, i + step);
        ours += cpuSeconds(chunk, persons, 0, 3);
        theirs += cpuSeconds(chunk, compromisePeople);
        if (!analyzeError) all += cpuSeconds(chunk, analyze, 0, 2);
      }
      rows.persons?.push(mb / ours);
      rows.compromise?.push(mb / theirs);
      rows.analyze?.push(analyzeError ? NaN : mb / all);
      rows.ratio?.push(theirs / ours);
      rows.ratioAnalyze?.push(analyzeError ? NaN : theirs / all);
      rows.tokenise?.push(mb / cpuSeconds(c.texts, tokensOnly, 300));
      rows.tagger?.push(mb / cpuSeconds(c.texts, taggerOnly, 300));
    }
    const f = (k: string, d = 2): string => median(rows[k] ?? []).toFixed(d);
    const all = (k: string): string => (rows[k] ?? []).map((x) => x.toFixed(1)).join(' ');
    const mode = chunkDocs > 0 ? `interleaved every ${chunkDocs} docs` : 'whole corpus in turn';
    console.log(`\n${c.label}, ${mb.toFixed(2)} MB, ${rounds} rounds, ${mode} (median; CPU time)`);
    console.log(`  persons stage (tokenise+findPeople) ${f('persons')} MB/s`);
    console.log(`    tokenise+sentences only           ${f('tokenise')} MB/s`);
    console.log(`    + tagger (2 passes, no rules)     ${f('tagger')} MB/s`);
    console.log(`  whole analyze()                     ${analyzeError ? `n/a (${analyzeError})` : `${f('analyze')} MB/s`}`);
    console.log(`  compromise people()                 ${f('compromise', 3)} MB/s`);
    console.log(`  ratio persons / compromise          ${f('ratio', 1)}x   (rounds: ${all('ratio')})`);
    console.log(`  ratio analyze / compromise          ${f('ratioAnalyze', 1)}x   (rounds: ${all('ratioAnalyze')})`);
  }
}

main();
