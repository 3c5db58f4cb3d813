/**
 * Re-anchoring a saved quote in the page's text as it is now. Pure (strings in, offsets out), so
 * it is tested on plain strings; the content script converts the result to a DOM Range.
 *
 * 1. The saved position still holds the quote → found.
 * 2. The quote occurs elsewhere exactly → found (the occurrence whose context fits best).
 * 3. A close approximate match (approx-string-match, Myers' algorithm) → found if it differs
 *    only in spacing, else changed, with the text now there.
 * 4. The saved prefix and suffix still stand close together → changed, with what is between.
 * 5. Otherwise → missing. A saved item is never silently dropped.
 */
import search from 'approx-string-match';
import { contextSimilarity, score, type Candidate } from './context-score.ts';
import type { AnchorOutcome, PositionSelector, QuoteSelector } from './types.ts';

/** Up to this share of the quote's characters may differ for it to count as "the same quote, edited". */
const MAX_ERROR_RATE = 0.3;
const MAX_ERRORS = 256;
const MAX_CANDIDATES = 64;
/** Fuzzy matches of quotes shorter than this must also have their old context nearby. */
const SHORT_QUOTE = 32;
/** Prefix/suffix shorter than this are too weak to locate a rewritten quote by. */
const MIN_CONTEXT = 8;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function best(
  text: string,
  candidates: Candidate[],
  quote: QuoteSelector,
  expected: number | null,
): Candidate | null {
  let top: Candidate | null = null;
  let topScore = -Infinity;
  for (const c of candidates.slice(0, MAX_CANDIDATES)) {
    const s = score(text, c, quote, expected);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (
    let at = text.indexOf(exact);
    at >= 0 && out.length < MAX_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    out.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
const MAX_WORD_STRETCH = 40;

/**
 * Widens an approximate match that starts or ends inside a word to the whole word, so the text
 * shown as "on the page now" reads naturally ("for June", not "for Jun") — but only when the
 * saved quote itself starts/ends with a word character there.
 */
function toWordEdges(text: string, exact: string, c: Candidate): Candidate {
  let { start, end } = c;
  if (WORD.test(exact.charAt(0))) {
    for (
      let n = 0;
      n < MAX_WORD_STRETCH &&
      start > 0 &&
      WORD.test(text.charAt(start - 1)) &&
      WORD.test(text.charAt(start));
      n++
    )
      start--;
  }
  if (WORD.test(exact.charAt(exact.length - 1))) {
    for (
      let n = 0;
      n < MAX_WORD_STRETCH &&
      end < text.length &&
      WORD.test(text.charAt(end)) &&
      WORD.test(text.charAt(end - 1));
      n++
    )
      end++;
  }
  return { ...c, start, end };
}

/** How much of the saved prefix/suffix is looked for right beside a fuzzy match. */
const CONTEXT_PROBE = 16;

/**
 * Stretches a fuzzy match to the saved context when that context still stands close beside it:
 * an edit distance match of "puts the harbour workers last" in "leaves the harbour workers
 * behind" stops at "workers", but when the saved suffix ('," she said') still follows "behind",
 * the quote now on the page runs up to it.
 */
function toContextEdges(text: string, exact: string, c: Candidate, quote: QuoteSelector): Candidate {
  let { start, end } = c;
  const reach = Math.ceil(exact.length / 2) + 8;
  const suffix = quote.suffix.slice(0, CONTEXT_PROBE);
  if (suffix.trim().length >= 3) {
    const at = text.slice(end, end + reach + suffix.length).indexOf(suffix);
    if (at > 0) end += at;
  }
  const prefix = quote.prefix.slice(-CONTEXT_PROBE);
  if (prefix.trim().length >= 3) {
    const from = Math.max(0, start - reach - prefix.length);
    const at = text.slice(from, start).lastIndexOf(prefix);
    if (at >= 0 && from + at + prefix.length < start) start = from + at + prefix.length;
  }
  return { ...c, start, end };
}

/** A short fuzzy match only counts when the saved prefix or suffix still stands beside it. */
function contextFits(text: string, c: Candidate, quote: QuoteSelector): boolean {
  const { prefix, suffix } = contextSimilarity(text, c, quote, 0);
  return Math.max(prefix, suffix) >= 0.7;
}

/** Step 4: the old context around a rewritten quote. */
function byContext(
  text: string,
  quote: QuoteSelector,
  expected: number | null,
): AnchorOutcome | null {
  const { prefix, suffix, exact } = quote;
  if (prefix.trim().length < MIN_CONTEXT || suffix.trim().length < MIN_CONTEXT) return null;
  const maxGap = exact.length * 3 + 200;
  const pre = search(text, prefix, Math.floor(prefix.length * 0.2));
  let found: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (const p of pre.slice(0, MAX_CANDIDATES)) {
    const window = text.slice(p.end, p.end + maxGap + suffix.length);
    const suf = search(window, suffix, Math.floor(suffix.length * 0.2));
    const s = suf[0];
    if (!s) continue;
    const distance = expected === null ? 0 : Math.abs(p.end - expected);
    if (distance < bestDistance) {
      bestDistance = distance;
      found = { start: p.end, end: p.end + s.start };
    }
  }
  if (!found) return null;
  const currentText = text.slice(found.start, found.end);
  return { status: 'changed', start: found.start, end: found.end, currentText };
}

export function anchorQuote(
  text: string,
  quote: QuoteSelector,
  position: PositionSelector | null = null,
): AnchorOutcome {
  const { exact } = quote;
  if (!exact) return { status: 'missing' };
  const expected = position?.start ?? null;
  if (position && text.slice(position.start, position.end) === exact) {
    return { status: 'found', start: position.start, end: position.end };
  }
  const exactHit = best(text, exactCandidates(text, exact), quote, expected);
  if (exactHit) return { status: 'found', start: exactHit.start, end: exactHit.end };
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors > 0) {
    const match = best(text, search(text, exact, maxErrors), quote, expected);
    const fuzzy = match ? toContextEdges(text, exact, toWordEdges(text, exact, match), quote) : null;
    if (fuzzy && (exact.length >= SHORT_QUOTE || contextFits(text, fuzzy, quote))) {
      const currentText = text.slice(fuzzy.start, fuzzy.end);
      if (squash(currentText) === squash(exact))
        return { status: 'found', start: fuzzy.start, end: fuzzy.end };
      return { status: 'changed', start: fuzzy.start, end: fuzzy.end, currentText };
    }
  }
  return byContext(text, quote, expected) ?? { status: 'missing' };
}

export interface AnchorRequest {
  id: number;
  quote: QuoteSelector;
  position: PositionSelector | null;
}

/** Re-anchors several saved quotes in the same text. */
export function anchorAll(
  text: string,
  requests: readonly AnchorRequest[],
): Array<{ id: number; outcome: AnchorOutcome }> {
  return requests.map((r) => ({ id: r.id, outcome: anchorQuote(text, r.quote, r.position) }));
}
