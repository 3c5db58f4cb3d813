import { loadPolnear } from './claims-data.ts';
import { analyzeForEval, matchSpans, goldSpans, predictedSpans } from './claims.ts';
const docs = loadPolnear('/work/shared/data/attribution/polnear_dev.jsonl');
const role = (process.argv[2] ?? 'content') as 'content';
const startC = new Map<string, number>(), endC = new Map<string, number>();
let both = 0, onlyS = 0, onlyE = 0, ok = 0;
const samples: string[] = [];
for (const doc of docs) {
  const an = analyzeForEval(doc.text);
  const pred = predictedSpans(an.claims, role);
  const gold = goldSpans(doc, role);
  const m = matchSpans(pred, gold, 'overlap');
  const t = doc.text;
  gold.forEach((g, j) => {
    const pi = m.goldMatch[j] as number;
    if (pi < 0) return;
    const p = pred[pi]!;
    const sOk = p[0] === g[0], eOk = p[1] === g[1];
    if (sOk && eOk) { ok++; return; }
    if (!sOk && !eOk) both++; else if (!sOk) onlyS++; else onlyE++;
    const diff = (a: number, b: number): string => a < b ? '+' + JSON.stringify(t.slice(a, b).slice(0, 25)) : '-' + JSON.stringify(t.slice(b, a).slice(0, 25));
    if (!sOk) { const k = diff(p[0], g[0]).slice(0, 14); startC.set(k, (startC.get(k) ?? 0) + 1); }
    if (!eOk) { const k = diff(p[1], g[1]).slice(0, 14); endC.set(k, (endC.get(k) ?? 0) + 1); }
    if (samples.length < Number(process.argv[3] ?? 0) && !eOk) samples.push(`G: ${JSON.stringify(t.slice(g[0], g[1] + 10).slice(-120))}\nP: ${JSON.stringify(t.slice(p[0], p[1] + 10).slice(-120))}`);
  });
}
console.log({ ok, both, onlyS, onlyE });
const top = (m: Map<string, number>): string => [...m].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([w, c]) => `${c} ${w}`).join('\n');
console.log('START (pred start vs gold; + means gold starts later, text pred has extra):\n' + top(startC));
console.log('END (+ means gold ends later, text gold has extra):\n' + top(endC));
console.log(samples.join('\n'));
