import { loadPolnear } from './claims-data.ts';
import { analyzeForEval } from './claims.ts';
const file = process.argv[2] ?? '/work/shared/data/attribution/polnear_dev.jsonl';
const docs = loadPolnear(file);
let split = 0, predExact = 0, predFirstOnly = 0, predOther = 0, noPred = 0;
const ex: string[] = [];
for (const doc of docs) {
  const an = analyzeForEval(doc.text);
  for (const a of doc.attributions) {
    if (!a.cue || !a.content || a.content_spans.length < 2) continue;
    const c0 = a.content_spans[0]!, cl = a.content_spans[a.content_spans.length - 1]!;
    if (!(a.cue[0] >= c0[1] && a.cue[1] <= cl[0])) continue;
    split++;
    const p = an.claims.find((c) => c.content.start < a.content[1] && a.content[0] < c.content.end);
    if (!p) { noPred++; continue; }
    if (p.content.start === a.content[0] && p.content.end === a.content[1]) predExact++;
    else if (p.content.end <= a.cue[0]) { predFirstOnly++; if (ex.length < 12) ex.push(JSON.stringify(doc.text.slice(a.content[0], a.content[1] + 5).slice(-200)) + '\n   P: ' + JSON.stringify(p.content.text.slice(-80))); }
    else predOther++;
  }
}
console.log({ split, predExact, predFirstOnly, predOther, noPred });
console.log(ex.join('\n'));
