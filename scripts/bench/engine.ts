/**
 * Engine throughput and memory against compromise's `people()` on the same news text, in the
 * same run. Reads PolNeAR and CoNLL dev texts from ../shared/data (not shipped in the repo).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../../src/core/analyze.ts';
import { peopleOnly } from '../eval/persons-only.ts';

export interface BenchSection {
  label: string;
  figures: Record<string, number | string>;
}

function loadCorpus(dataDir: string): string {
  const parts: string[] = [];
  for (const f of ['attribution/polnear_dev.jsonl', 'ner/conll2003_dev.jsonl']) {
    const p = join(dataDir, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (line.trim()) parts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  if (parts.length === 0) throw new Error(`no corpus under ${dataDir} (expected ../shared/data)`);
  return parts.join('\n\n');
}

function timeIt(fn: () => void, minMs = 300): number {
  const t0 = performance.now();
  let runs = 0;
  do {
    fn();
    runs++;
  } while (performance.now() - t0 < minMs);
  return (performance.now() - t0) / runs;
}

const mb = (chars: number): number => chars / 1e6;

export function benchEngine(dataDir: string): BenchSection {
  const corpus = loadCorpus(dataDir);
  let big = corpus;
  while (big.length < 3_000_000) big += `\n\n${corpus}`;
  const sample = corpus.slice(0, 300_000);

  // A forced GC first (with --expose-gc), then warm-up: the timings below run after both.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  analyze(sample); // warm up: loads weights, JITs
  peopleOnly(sample);
  const oursSampleMs = timeIt(() => analyze(sample), 1000);
  const personsSampleMs = timeIt(() => peopleOnly(sample), 1000);
  nlp(sample.slice(0, 20_000)).people().json(); // warm compromise up too: a fair baseline
  const compromiseMs = timeIt(() => nlp(sample).people().json(), 1000);

  const t0 = performance.now();
  const result = analyze(big);
  const bigMs = performance.now() - t0;
  // Absolute figures: the heap with the big analysis alive (models loaded, garbage collected
  // first), and the process's resident memory high-water mark.
  gc?.();
  const heapWithResult = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const count = result.people.length + result.claims.length;

  const oursMBs = mb(sample.length) / (oursSampleMs / 1000);
  const theirsMBs = mb(sample.length) / (compromiseMs / 1000);
  const personsMBs = mb(sample.length) / (personsSampleMs / 1000);
  return {
    label: 'engine (Node)',
    figures: {
      'sample size (MB)': +mb(sample.length).toFixed(2),
      'compromise people() MB/s (baseline)': +theirsMBs.toFixed(3),
      'On Record persons stage MB/s': +personsMBs.toFixed(2),
      'ratio persons stage / compromise people()': +(personsMBs / theirsMBs).toFixed(1),
      'On Record full analyze() MB/s (persons + claims)': +oursMBs.toFixed(2),
      'ratio full analyze() / compromise people()': +(oursMBs / theirsMBs).toFixed(1),
      'big text size (MB)': +mb(big.length).toFixed(2),
      'On Record MB/s (big)': +(mb(big.length) / (bigMs / 1000)).toFixed(2),
      'JS heap with the big analysis alive (MB)': +(heapWithResult / 1e6).toFixed(1),
      'peak resident memory of the process (MB)': +(peakRss / 1e6).toFixed(0),
      'people+claims found (big)': count,
      'gc exposed': gc ? 'yes' : 'no (run with --expose-gc for stable memory figures)',
    },
  };
}
