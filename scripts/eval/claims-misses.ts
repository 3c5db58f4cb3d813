/**
 * Error census for the claims engine on a PolNeAR file: which gold cue texts are missed most
 * often, and which predicted cue texts match no gold cue. Development aid: recall is spread over
 * a long tail, and this shows whether a single word or shape is worth a rule.
 *
 *   npx tsx scripts/eval/claims-misses.ts [--file path.jsonl]
 */
import { resolve } from 'node:path';
import { defaultDataDir, loadPolnear, type Pair } from './claims-data.ts';
import { analyzeForEval, goldSpans, predictedSpans } from './claims.ts';
import { matchSpans } from './span-score.ts';

const i = process.argv.indexOf('--file');
const file = i >= 0 ? (process.argv[i + 1] as string) : resolve(defaultDataDir(), 'attribution/polnear_dev.jsonl');
const docs = loadPolnear(file);
const missed = new Map<string, number>();
const spur = new Map<string, number>();
for (const d of docs) {
  const a = analyzeForEval(d.text);
  const pred = predictedSpans(a.claims, 'cue');
  const gold = goldSpans(d, 'cue');
  const m = matchSpans(pred, gold, 'overlap');
  gold.forEach((g: Pair, j) => {
    if ((m.goldMatch[j] as number) < 0) {
      const w = d.text.slice(g[0], g[1]).toLowerCase();
      missed.set(w, (missed.get(w) ?? 0) + 1);
    }
  });
  pred.forEach((p: Pair, j) => {
    if ((m.predMatch[j] as number) < 0) {
      const w = d.text.slice(p[0], p[1]).toLowerCase();
      spur.set(w, (spur.get(w) ?? 0) + 1);
    }
  });
}
const top = (m: Map<string, number>): string => [...m].sort((x, y) => y[1] - x[1]).slice(0, 70).map(([w, c]) => `${c} ${w}`).join(' | ');
console.log('MISSED:', top(missed));
console.log('SPURIOUS:', top(spur));
