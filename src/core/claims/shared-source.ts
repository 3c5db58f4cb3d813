/**
 * A participle that continues a report shares its source: in "Sanders said, adding that …" or
 * "“…,” the mayor said, arguing that …" the one who adds or argues is the subject of the first
 * cue, which the role tagger (looking for a subject next to "adding") rarely finds.
 * (Verbs coordinated with "and"/"but" were tried too: as many wrong sources as right ones.)
 */
import type { Claim } from '../types.ts';
import { WordClass, type TokenContext } from './context.ts';

/**
 * True when cue `[cs, ce)` is a comma-introduced "-ing" form in the same sentence as the
 * previous cue `prev`, so the previous claim's source is this one's too.
 */
export function continuesCue(ctx: TokenContext, cs: number, prev: [number, number] | undefined): boolean {
  if (!prev || cs === 0 || prev[1] > cs) return false;
  const w = ctx.lower[cs] as string;
  if (w.length < 5 || !w.endsWith('ing')) return false;
  if (ctx.cls[cs - 1] !== WordClass.Comma) return false;
  return ctx.sent[prev[0]] === ctx.sent[cs];
}

/**
 * Gives `claim` the source of `prev` when it has none of its own, when its own runs over the
 * cue it continues ("Zelensky urged allies …, telling …": a source never contains a cue), or
 * when its own lies inside the content of the claim it continues.
 * (Always taking `prev`'s source was tried: fewer right sources on PolNeAR train.)
 */
export function inheritSource(claim: Claim, prev: Claim | null): void {
  if (prev === null || prev.source === null) return;
  const own = claim.source;
  // Its own source may also be a phrase of the claim it continues ("warned that cases rose in
  // Europe and Central Asia, blaming …": not Europe and Central Asia).
  const insidePrev = own !== null && own.start >= prev.content.start && own.end <= prev.content.end + 1;
  if (own !== null && !(own.start <= prev.cue.start && own.end >= prev.cue.end) && !insidePrev) return;
  claim.source = prev.source;
  claim.sourcePerson = prev.sourcePerson;
  claim.sourceKind = prev.sourceKind;
}

/**
 * True when cue `[cs, ce)` is a verb joined by "and"/"but" to the previous cue in its sentence
 * ("said she would plead not guilty and described the case as …"). Such a claim takes the
 * previous source only when it found none of its own.
 */
export function coordinatedCue(ctx: TokenContext, cs: number, prev: [number, number] | undefined): boolean {
  if (!prev || cs < 2 || prev[1] > cs) return false;
  const w = ctx.lower[cs - 1] as string;
  if (w !== 'and' && w !== 'but') return false;
  return ctx.sent[prev[0]] === ctx.sent[cs];
}
