/**
 * A quotation split by its cue: “It’s finished,” she said. “In my head, anyway.” PolNeAR (and a
 * reader) takes both quoted pieces as one claim, but the role tagger often stops at the first.
 * When the content so far is one quotation that ends before the cue and nothing of it follows
 * the cue, the next quotation of the same paragraph after the cue is added, unless another cue
 * comes first (then it is that cue's quotation).
 */
import { QuoteRole, type TokenContext } from './context.ts';

/** How far after the cue the next quotation may open, and how long it may run. */
const MAX_GAP = 60;
const MAX_QUOTE = 200;
/** How close after a quotation a cue must be to claim it ("…,” her former lawyer added). */
const INVERTED_REACH = 4;

/**
 * Appends the continuation quotation to `contents` (token pieces, in order) for cue `[cs, ce)`;
 * `nextCue` is the first token of the following cue (or the text length).
 */
export function continueQuote(ctx: TokenContext, contents: Array<[number, number]>, cs: number, ce: number, nextCue: number): void {
  if (contents.length !== 1) return;
  const [a, b] = contents[0] as [number, number];
  if (b > cs || ctx.quoteRole[a] !== QuoteRole.Open) return;
  // The piece must end with its closing mark (allowing a trailing comma before it: “…,”).
  let k = b - 1;
  while (k > a && k > b - 3 && ctx.quoteRole[k] !== QuoteRole.Close) k--;
  if (ctx.quoteRole[k] !== QuoteRole.Close) return;
  for (let i = a + 1; i < k; i++) if (ctx.quoteRole[i] === QuoteRole.Close) return;
  const p = ctx.para[cs];
  let open = -1;
  for (let j = ce; j < ctx.n && j - ce < MAX_GAP && j < nextCue && ctx.para[j] === p; j++) {
    if (ctx.quoteRole[j] === QuoteRole.Open) {
      open = j;
      break;
    }
  }
  if (open < 0) return;
  for (let j = open + 1; j < ctx.n && j - open < MAX_QUOTE && ctx.para[j] === p; j++) {
    if (j >= nextCue || ctx.quoteRole[j] === QuoteRole.Open) return;
    if (ctx.quoteRole[j] === QuoteRole.Close) {
      // “…,” her lawyer added: a cue right after it makes it that cue's quotation.
      const claimed = nextCue < ctx.n && nextCue - (j + 1) <= INVERTED_REACH && ctx.sent[nextCue] === ctx.sent[j];
      if (!claimed) contents.push([open, j + 1]);
      return;
    }
  }
}

/**
 * A quotation set off in its own paragraph after a colon ("Caddell continued:\n\n“…”"), which
 * the role tagger never sees (it looks within the cue's paragraph). Returns its token range, or
 * null when cue `[cs, ce)` is not followed by a colon, a paragraph break and an opening mark.
 */
export function colonQuote(ctx: TokenContext, ce: number): [number, number] | null {
  const colon = ctx.lower[ce] === ':' ? ce : ctx.lower[ce - 1] === ':' ? ce - 1 : -1;
  const open = colon + 1;
  if (colon < 0 || open >= ctx.n || ctx.para[open] === ctx.para[colon] || ctx.quoteRole[open] !== QuoteRole.Open) return null;
  const p = ctx.para[open];
  let j = open + 1;
  for (; j < ctx.n && j - open < MAX_QUOTE && ctx.para[j] === p; j++) {
    if (ctx.quoteRole[j] === QuoteRole.Open) return null;
    if (ctx.quoteRole[j] === QuoteRole.Close) return [open, j + 1];
  }
  // A quotation running on into the next paragraph has no closing mark in this one.
  return j < ctx.n && ctx.para[j] !== p ? [open, j] : null;
}
