/**
 * Claims-stage speed: CPU time of `findClaims` on ~300 KB of PolNeAR dev prose (article by
 * article), with tokens, sentences and people computed once outside the timed loop, so only
 * the claims stage is measured. Repeated rounds; the median is reported, and every round is
 * printed because the machine is shared.
 *
 *   npx tsx scripts/bench/claims-speed.ts [--data DIR] [--rounds 5] [--kb 300] [--compare DIR]
 *
 * `--compare DIR` also times another copy of the claims stage (DIR/index.ts exporting
 * `findClaims`, e.g. a snapshot of an earlier version) in the same rounds, alternating with ours.
 */
import { join, resolve } from 'node:path';
import { tokenize, splitSentences, type Tokens, type SentenceRange } from '../../src/core/tokenize.ts';
import { findPeople } from '../../src/core/persons/index.ts';
import { findClaims } from '../../src/core/claims/index.ts';
import type { Person } from '../../src/core/types.ts';
import { defaultDataDir, loadPolnear } from '../eval/claims-data.ts';
import { runToEnd as drain } from '../../src/core/run-steps.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}


interface Prepared {
  text: string;
  toks: Tokens;
  sentences: SentenceRange[];
  people: Person[];
}

type FindClaims = typeof findClaims;

/** CPU seconds per pass over `docs` (at least `minMs` wall time of passes). */
function cpuSecondsPerPass(docs: Prepared[], minMs: number, run: FindClaims = findClaims): number {
  let passes = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  do {
    for (const d of docs) drain(run(d.text, d.toks, d.sentences, d.people));
    passes++;
  } while (performance.now() - w0 < minMs);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6 / passes;
}

async function main(): Promise<void> {
  const dataDir = resolve(arg('data', defaultDataDir()));
  const rounds = Number(arg('rounds', '5'));
  const kb = Number(arg('kb', '300'));
  const docs: Prepared[] = [];
  let chars = 0;
  for (const d of loadPolnear(join(dataDir, 'attribution', 'polnear_dev.jsonl'))) {
    if (chars >= kb * 1000) break;
    const toks = tokenize(d.text);
    const sentences = splitSentences(d.text, toks);
    const people = drain(findPeople(d.text, toks, sentences));
    docs.push({ text: d.text, toks, sentences, people });
    chars += d.text.length;
  }
  const mb = chars / 1e6;
  const compareDir = arg('compare', '');
  const other = compareDir === '' ? null : ((await import(resolve(compareDir, 'index.ts'))) as { findClaims: FindClaims }).findClaims;
  cpuSecondsPerPass(docs, 1500); // JIT warm-up
  if (other) cpuSecondsPerPass(docs, 1500, other);
  const rates: number[] = [];
  const otherRates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    rates.push(mb / cpuSecondsPerPass(docs, 1500));
    if (other) otherRates.push(mb / cpuSecondsPerPass(docs, 1500, other));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const line = (label: string, xs: number[]): string =>
    `  ${label.padEnd(10)} median ${median(xs).toFixed(2)} MB/s   (rounds: ${xs.map((x) => x.toFixed(2)).join(' ')})`;
  console.log(`claims stage on ${docs.length} PolNeAR dev articles, ${mb.toFixed(2)} MB, ${rounds} rounds (CPU time)`);
  console.log(line('ours', rates));
  if (other) {
    console.log(line('compare', otherRates));
    const ratios = rates.map((x, k) => x / (otherRates[k] as number));
    console.log(`  speed-up   median ${median(ratios).toFixed(2)}x   (per round: ${ratios.map((x) => x.toFixed(2)).join(' ')})`);
  }
}

await main();
