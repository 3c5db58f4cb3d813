/**
 * The reported clause before an inverted or final cue, when the role tagger found no content:
 * "Lenox was a juggernaut, Mr. Clarke said, until …", "… outstrip the gains, said Batchelder."
 * The content runs from the start of the sentence to the comma that precedes the source and
 * cue; a quotation keeps its comma and closing mark ("“…,” she said").
 */
import { WordClass, type TokenContext } from './context.ts';

/** Most tokens between that comma and the cue: the source ("Sen. Lindsey Graham (R-S.C.)"). */
const MAX_SOURCE = 8;

function sourceLike(c: number): boolean {
  return c === WordClass.Capitalised || c === WordClass.AllCaps || c === WordClass.Lower || c === WordClass.Determiner ||
    c === WordClass.Pronoun || c === WordClass.Possessive || c === WordClass.Paren || c === WordClass.Punct ||
    c === WordClass.Preposition || c === WordClass.Number;
}

/**
 * Token range of the content before cue `[cs, ce)`, or null unless the cue is a plain speech
 * verb ("said", "told") and the sentence has that shape.
 */
export function contentBefore(ctx: TokenContext, cs: number, ce: number): [number, number] | null {
  const sent = ctx.sentences[ctx.sent[cs] as number];
  if (!sent || ce - cs > 2 || ctx.cls[ce - 1] !== WordClass.SpeechVerb) return null;
  let k = cs - 1;
  while (k > sent.first && cs - k <= MAX_SOURCE && ctx.cls[k] !== WordClass.Comma && ctx.cls[k] !== WordClass.CloseQuote) {
    // "(or, as The Daily Beast called them, …)" is no report of the clause before.
    if (!sourceLike(ctx.cls[k] as number) || ctx.lower[k] === 'as') return null;
    k--;
  }
  const c = ctx.cls[k];
  if (c === WordClass.CloseQuote) {
    // “…,” she said: the quotation with its comma and mark.
    return k > sent.first ? [sent.first, k + 1] : null;
  }
  if (c !== WordClass.Comma) return null;
  if (k > sent.first && ctx.cls[k - 1] === WordClass.CloseQuote) return [sent.first, k];
  return k - sent.first >= 3 ? [sent.first, k] : null;
}
