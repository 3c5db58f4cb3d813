/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark): both texts
 * split into words (`\w+`, Unicode), counted as 4-word shingles, each page's counts normalised to
 * from the overlap of the two shingle bags, each page's true/false positives and negatives
 * normalised to sum 1 (so long pages weigh no more than short ones) and summed over pages;
 * precision and recall come from those sums and F1 from the two.
 */

export interface PageScore {
  /** True positives, false positives, false negatives, normalised to sum 1 (all 0: both empty). */
  tp: number;
  fp: number;
  fn: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const N = 4;

/** Shingle counts (a text of fewer than four words is one shingle). */
export function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const last = Math.max(1, words.length - N + 1);
  for (let i = 0; i < last; i++) {
    const key = words.slice(i, i + N).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page, normalised so that a long page weighs as much as a short one. */
export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, pv] of p) {
    const tv = t.get(k) ?? 0;
    tp += Math.min(pv, tv);
    fp += Math.max(0, pv - tv);
  }
  for (const [k, tv] of t) fn += Math.max(0, tv - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision and recall over the pages' summed normalised counts, and their F1. */
export function summarise(scores: readonly PageScore[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** A page's own F1 (for listing the worst pages). */
export function pageF1(s: PageScore): number {
  return s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0;
}
