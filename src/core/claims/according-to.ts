/**
 * "According to X" has one fixed shape, so its roles are read off the sentence rather than left
 * to the role tagger, which sometimes lets the source run over the comma:
 *   "According to X, <content>."  and  "<content>, according to X."
 * The source is the phrase after "to" up to the next comma or the end of the sentence; the
 * content is the clause on the other side of that comma.
 */
import { WordClass, type TokenContext } from './context.ts';

/** Longest source phrase taken after "according to". */
const MAX_SOURCE = 14;

function isStop(c: number): boolean {
  return c === WordClass.Comma || c === WordClass.Final || c === WordClass.Colon || c === WordClass.Dash ||
    c === WordClass.Paren || c === WordClass.OpenQuote || c === WordClass.CloseQuote;
}

/** Last token of the sentence that is not closing punctuation, plus one. */
function clauseEnd(ctx: TokenContext, a: number, b: number): number {
  let e = b;
  while (e > a && (ctx.cls[e - 1] === WordClass.Final || ctx.cls[e - 1] === WordClass.Paren)) e--;
  return e;
}

/**
 * Source and content token ranges for an "according to" cue `[cs, ce)`, or null when the
 * sentence does not have one of the two shapes.
 */
export function accordingTo(ctx: TokenContext, cs: number, ce: number): { source: [number, number]; content: [number, number] } | null {
  if (ce - cs !== 2 || ctx.lower[cs] !== 'according' || ctx.lower[cs + 1] !== 'to') return null;
  const sent = ctx.sentences[ctx.sent[cs] as number];
  if (!sent) return null;
  let se = ce;
  while (se < sent.last && se - ce < MAX_SOURCE && !isStop(ctx.cls[se] as number)) se++;
  if (se === ce) return null;
  if (cs === sent.first) {
    // "According to X, <content>."
    if (ctx.cls[se] !== WordClass.Comma) return null;
    const end = clauseEnd(ctx, se + 1, sent.last);
    return end > se + 1 ? { source: [ce, se], content: [se + 1, end] } : null;
  }
  if (ctx.cls[cs - 1] === WordClass.Comma) {
    // "<content>, according to X." — only when X closes the sentence.
    if (clauseEnd(ctx, se, sent.last) !== se) return null;
    const a = sent.first;
    return cs - 1 > a ? { source: [ce, se], content: [a, cs - 1] } : null;
  }
  return null;
}
