/**
 * Where a reporting clause ends and its cue phrase stops, when the next words belong to
 * something else: a second reporting verb joined by "and"/"but", or the rest of a cue phrase
 * that the cue tagger cut short ("wrote on social | media that …").
 */
import { WordClass, type TokenContext } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** A reporting verb, also where the crude lemma misses it ("urged" → "urg"). */
function reportingVerb(ctx: TokenContext, k: number): boolean {
  if (ctx.cls[k] === WordClass.SpeechVerb) return true;
  const w = ctx.lower[k] as string;
  return ctx.cls[k] === WordClass.Lower && w.endsWith('ed') && SPEECH_VERBS.has(w.slice(0, -1));
}

/**
 * "A spokesperson said A but insisted that B": the reported clause ends before a conjunction
 * that joins the next reporting verb, which has a claim of its own.
 */
export function cutAtCoordinatedCue(ctx: TokenContext, contents: Array<[number, number]>, ce: number, nextCue: number): void {
  const conj = nextCue - 1;
  if (nextCue >= ctx.n || conj <= ce || !reportingVerb(ctx, nextCue)) return;
  const w = ctx.lower[conj] as string;
  if (w !== 'but' && w !== 'and') return;
  let end = conj;
  while (end > ce && ctx.cls[end - 1] === WordClass.Comma) end--;
  for (let k = contents.length - 1; k >= 0; k--) {
    const piece = contents[k] as [number, number];
    if (piece[0] >= end) contents.splice(k, 1);
    else if (piece[1] > end && piece[0] >= ce) piece[1] = end;
  }
}

/**
 * "wrote on social | media that …": a cue cut inside its prepositional phrase takes the phrase's
 * last word back from the content, which then starts at the complementiser.
 */
export function completeCuePhrase(ctx: TokenContext, contents: Array<[number, number]>, cs: number, ce: number): number {
  const piece = contents[0];
  // The word is the content's first, or left between the cue and a content after "that".
  const inside = piece !== undefined && piece[0] === ce && piece[1] - piece[0] >= 3;
  const between = piece !== undefined && (piece[0] === ce + 1 || piece[0] === ce + 2);
  if (!piece || !(inside || between) || ctx.cls[ce] !== WordClass.Lower || ctx.cls[ce + 1] !== WordClass.That) return ce;
  let prep = false;
  for (let k = cs + 1; k < ce; k++) if (ctx.cls[k] === WordClass.Preposition) prep = true;
  if (!prep || ctx.cls[ce - 1] === WordClass.Preposition) return ce;
  if (inside) piece[0] = ce + 1;
  return ce + 1;
}

/** Articles that never end a cue (PolNeAR dev: one of 2,192 cues ends in one). */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "said at a | news conference": a cue the tagger cut inside a noun phrase ends before the
 * phrase's preposition, so it reads "said". Returns the new end token.
 */
export function trimCueTail(ctx: TokenContext, cs: number, ce: number): number {
  let end = ce;
  if (end - 1 <= cs || !ARTICLES.has(ctx.lower[end - 1] as string)) return ce;
  end--;
  if (end - 1 > cs && ctx.cls[end - 1] === WordClass.Preposition) end--;
  return end;
}

/** Longest named object of a cue's last preposition before "that" ("Truth Social"), in tokens. */
const MAX_NAMED_OBJECT = 4;

/**
 * "wrote on | Truth Social that …": a cue that ends in a preposition whose named object runs
 * into the complementiser gives the preposition back, so the phrase is read as where it was said
 * (as in "said on Fox News that …") and the content starts after "that". Returns the new end.
 */
export function releaseCuePreposition(ctx: TokenContext, contents: Array<[number, number]>, cs: number, ce: number): number {
  const piece = contents[0];
  if (!piece || piece[0] !== ce || ce - 1 <= cs || ctx.cls[ce - 1] !== WordClass.Preposition) return ce;
  if (ctx.cls[ce] !== WordClass.Capitalised && ctx.cls[ce] !== WordClass.AllCaps) return ce;
  // The tagger may start a second piece at the complementiser.
  const end = (contents[contents.length - 1] as [number, number])[1];
  for (let k = ce + 1; k < end && k - ce <= MAX_NAMED_OBJECT; k++) {
    const c = ctx.cls[k];
    if (c === WordClass.That) return k + 1 < end ? ce - 1 : ce;
    if (c !== WordClass.Capitalised && c !== WordClass.AllCaps) return ce;
  }
  return ce;
}

/** Auxiliaries a cue opens with ("had reported", "has said", "will tell"), lower-case. */
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', 'will', 'would', 'could', 'can', 'may',
  'might', 'should', 'must', 'shall', 'did', 'does', 'do', 'be', 'been', "'s", '’s',
]);
/** Words allowed between an auxiliary and the verb ("has also said", "did not say"). */
const BETWEEN = new Set(['not', "n't", 'n’t', 'also', 'never', 'already', 'repeatedly', 'previously', 'since']);

/**
 * "Kazakhstan had | reported": a cue takes the auxiliaries (and "not", "also") written right
 * before it, as PolNeAR marks cues (2,782 of its 19,833 training cues open with one; 77 leave one
 * outside). Returns the new first token.
 */
export function takeAuxiliaries(ctx: TokenContext, cs: number): number {
  let a = cs;
  let k = cs - 1;
  while (k >= 0 && ctx.sent[k] === ctx.sent[cs] && cs - k <= 4) {
    const w = ctx.lower[k] as string;
    if (AUXILIARIES.has(w)) a = k;
    else if (!BETWEEN.has(w)) break;
    k--;
  }
  return a;
}
