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

function overlaps(a: Span2, b: Span2): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * One-to-one matching of predicted and gold spans. `exact`: same start and end. `overlap`: any
 * shared character, maximum bipartite matching (augmenting paths), so one long prediction can't
 * claim two gold spans. Returns the counts and, per gold span, the index of its match or -1.
 */
export function matchSpans(
  pred: Span2[],
  gold: Span2[],
  mode: 'exact' | 'overlap',
): { tp: number; fp: number; fn: number; goldMatch: number[]; predMatch: number[] } {
  const goldMatch = new Array<number>(gold.length).fill(-1);
  const predMatch = new Array<number>(pred.length).fill(-1);
  const ok = (p: Span2, g: Span2): boolean =>
    mode === 'exact' ? p[0] === g[0] && p[1] === g[1] : overlaps(p, g);
  const adj: number[][] = pred.map((p) => gold.flatMap((g, j) => (ok(p, g) ? [j] : [])));
  const tryAssign = (i: number, seen: Uint8Array): boolean => {
    for (const j of adj[i] as number[]) {
      if (seen[j]) continue;
      seen[j] = 1;
      const cur = goldMatch[j] as number;
      if (cur === -1 || tryAssign(cur, seen)) {
        goldMatch[j] = i;
        predMatch[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < pred.length; i++) tryAssign(i, new Uint8Array(gold.length));
  const tp = goldMatch.filter((m) => m >= 0).length;
  return { tp, fp: pred.length - tp, fn: gold.length - tp, goldMatch, predMatch };
}

/** Adds the matches between `pred` and `gold` to `c` (both modes, one-to-one). */
export function scoreSpans(pred: Span2[], gold: Span2[], c: Counts): void {
  c.pred += pred.length;
  c.gold += gold.length;
  c.exact += matchSpans(pred, gold, 'exact').tp;
  c.overlap += matchSpans(pred, gold, 'overlap').tp;
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
