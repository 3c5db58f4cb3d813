/**
 * Claims-stage speed: CPU time of `findClaims` on ~300 KB of PolNeAR dev prose (article by
 * article), with tokens, sentences and people computed once outside the timed loop, so only
 * the claims stage is measured. Repeated rounds; the median is reported, and every round is
 * printed because the machine is shared.
 *
 *   npx tsx scripts/bench/claims-speed.ts [--data DIR] [--rounds 5] [--kb 300]
 */
import { join, resolve } from 'node:path';
import { tokenize, splitSentences, type Tokens, type SentenceRange } from '../../src/core/tokenize.ts';
import { findPeople } from '../../src/core/persons/index.ts';
import { findClaims } from '../../src/core/claims/index.ts';
import type { Person } from '../../src/core/types.ts';
import { defaultDataDir, loadPolnear } from '../eval/claims-data.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

function drain<T>(g: Generator<number, T, void>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

interface Prepared {
  text: string;
  toks: Tokens;
  sentences: SentenceRange[];
  people: Person[];
}

/** CPU seconds per pass over `docs` (at least `minMs` wall time of passes). */
function cpuSecondsPerPass(docs: Prepared[], minMs: number): number {
  let passes = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  do {
    for (const d of docs) drain(findClaims(d.text, d.toks, d.sentences, d.people));
    passes++;
  } while (performance.now() - w0 < minMs);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6 / passes;
}

function main(): void {
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
  cpuSecondsPerPass(docs, 1500); // JIT warm-up
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) rates.push(mb / cpuSecondsPerPass(docs, 1500));
  const sorted = [...rates].sort((a, b) => a - b);
  console.log(`claims stage on ${docs.length} PolNeAR dev articles, ${mb.toFixed(2)} MB, ${rounds} rounds (CPU time)`);
  console.log(`  median ${(sorted[Math.floor(rounds / 2)] as number).toFixed(2)} MB/s   (rounds: ${rates.map((x) => x.toFixed(2)).join(' ')})`);
}

main();
