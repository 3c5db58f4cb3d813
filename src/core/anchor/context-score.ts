/**
 * Scoring a candidate position for a quote by how well the text around it matches the saved
 * prefix and suffix, and how close it is to where the quote used to be. Weights follow
 * hypothesis/client's `match-quote.ts`: the quote itself matters most, context next, position
 * only breaks ties.
 */
import search from 'approx-string-match';
import type { QuoteSelector } from './types.ts';

/** Similarity in [0, 1] of `pattern` to the best approximate match anywhere in `window`. */
export function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (window.includes(pattern)) return 1;
  const matches = search(window, pattern, Math.floor(pattern.length / 2));
  if (matches.length === 0) return 0;
  const best = Math.min(...matches.map((m) => m.errors));
  return 1 - best / pattern.length;
}

export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * How well the text just before and after candidate `c` matches the saved prefix and suffix
 * (each looked for in a window twice its length); `missing` stands for a side with no saved text.
 */
export function contextSimilarity(
  text: string,
  c: Candidate,
  quote: QuoteSelector,
  missing: number,
): { prefix: number; suffix: number } {
  return {
    prefix: quote.prefix
      ? similarity(text.slice(Math.max(0, c.start - quote.prefix.length * 2), c.start), quote.prefix)
      : missing,
    suffix: quote.suffix
      ? similarity(text.slice(c.end, c.end + quote.suffix.length * 2), quote.suffix)
      : missing,
  };
}

export function score(
  text: string,
  c: Candidate,
  quote: QuoteSelector,
  expectedStart: number | null,
): number {
  const quoteWeight = 50;
  const contextWeight = 20;
  const positionWeight = 2;
  const quoteScore = 1 - c.errors / Math.max(1, quote.exact.length);
  const { prefix, suffix } = contextSimilarity(text, c, quote, 1);
  const position =
    expectedStart === null ? 1 : 1 - Math.abs(c.start - expectedStart) / Math.max(1, text.length);
  return (
    quoteWeight * quoteScore +
    contextWeight * prefix +
    contextWeight * suffix +
    positionWeight * position
  );
}
