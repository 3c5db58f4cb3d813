/**
 * Span scoring as the CLI contract describes it: one-to-one matching of predicted and gold
 * spans; exact = same start and end, overlap = any shared character.
 */
export type Span2 = [number, number];

export interface Counts {
  pred: number;
  gold: number;
  exact: number;
  overlap: number;
}

export function emptyCounts(): Counts {
  return { pred: 0, gold: 0, exact: 0, overlap: 0 };
}

/** Adds the matches between `pred` and `gold` to `c`. */
export function scoreSpans(pred: Span2[], gold: Span2[], c: Counts): void {
  c.pred += pred.length;
  c.gold += gold.length;
  const key = (s: Span2): string => `${s[0]}:${s[1]}`;
  const goldKeys = new Map<string, number>();
  for (const g of gold) goldKeys.set(key(g), (goldKeys.get(key(g)) ?? 0) + 1);
  for (const p of pred) {
    const n = goldKeys.get(key(p)) ?? 0;
    if (n > 0) {
      c.exact++;
      goldKeys.set(key(p), n - 1);
    }
  }
  // Overlap: greedy by end offset, optimal for intervals.
  const ps = [...pred].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const gs = [...gold].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const used = new Uint8Array(gs.length);
  for (const p of ps) {
    for (let i = 0; i < gs.length; i++) {
      const g = gs[i] as Span2;
      if (used[i] || g[1] <= p[0] || g[0] >= p[1]) continue;
      used[i] = 1;
      c.overlap++;
      break;
    }
  }
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatCounts(label: string, c: Counts): string {
  const e = prf(c.exact, c.pred, c.gold);
  const o = prf(c.overlap, c.pred, c.gold);
  const f = (x: number): string => x.toFixed(3);
  return (
    `${label.padEnd(22)} exact P ${f(e.p)} R ${f(e.r)} F1 ${f(e.f)} | ` +
    `overlap P ${f(o.p)} R ${f(o.r)} F1 ${f(o.f)}  (pred ${c.pred}, gold ${c.gold})`
  );
}
