/**
 * Where a claim's source starts and ends, when the role tagger's span is plainly off:
 * - a fronted phrase run into it: "In New Zealand, former Prime Minister Jacinda Ardern … said",
 *   "In a statement on Monday, a department spokesman, Peter Carr, said" (the source starts
 *   after the phrase's comma);
 * - only the date of a "<subject> on Monday refused …" (the subject before the date is the source);
 * - another claim's cue: "Kluge said Romania had reported …" gives "Romania", not "Kluge said
 *   Romania";
 * - the reason inside an anonymity clause: "A senior EU official, speaking on condition of
 *   anonymity because the talks were confidential, said …" (the official is the source).
 * - a relative pronoun whose clause has closed ("an official, who asked not to be named, said"),
 *   a lone determiner ("A" of "A FIFA spokesperson"), or the object inside a source phrase
 *   ("the matter" of "two people with knowledge of the matter").
 * The claim's content gives back what belongs to the source ("The" of "The WHO said") and stops
 * where a trailing source begins. The fallback subject finder, used when the tagger found no
 * source at all, lives here too.
 */
import { QuoteRole, WordClass, type TokenContext } from './context.ts';
import { ORGANIZATION_HEADS, UNNAMED_HEADS } from './lexicon.ts';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * A fallback source when the tagger found none: the noun phrase right before token `cs`, when it
 * plainly is the subject ("observers emphasize", "the ministry said", "she said"): up to five
 * words, no punctuation, headed by a subject pronoun, a source noun or a capitalised name.
 */
export function subjectBefore(ctx: TokenContext, cs: number): [number, number] | null {
  const h = cs - 1;
  if (h < 0 || ctx.sent[h] !== ctx.sent[cs]) return null;
  const head = ctx.lower[h] as string;
  const c = ctx.cls[h] as number;
  if (SUBJECT_PRONOUNS.has(head)) return [h, cs];
  const named = c === WordClass.Capitalised || c === WordClass.AllCaps;
  if (!named && !UNNAMED_HEADS.has(head) && !ORGANIZATION_HEADS.has(head)) return null;
  let a = h;
  while (a - 1 >= 0 && h - a < 4 && ctx.sent[a - 1] === ctx.sent[cs]) {
    const k = ctx.cls[a - 1] as number;
    if (k !== WordClass.Lower && k !== WordClass.Capitalised && k !== WordClass.AllCaps && k !== WordClass.Determiner && k !== WordClass.Possessive) break;
    if (ctx.lower[a - 1] === 'that') break;
    a--;
  }
  // Keep the phrase from a determiner or a capitalised word on, never a stray lower-case verb.
  while (a < h && ctx.cls[a] === WordClass.Lower && !UNNAMED_HEADS.has(ctx.lower[a] as string)) a++;
  return [a, cs];
}

/** Prepositions that open a fronted phrase of time, place or occasion. */
const FRONTING = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from']);

const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
]);

/** Subordinators that open a reason or condition clause inside a parenthetical. */
const SUBORDINATORS = new Set(['because', 'as', 'since', 'although', 'though', 'while', 'if', 'when', 'until']);
/** Participles that open a parenthetical about how the source spoke. */
const MANNER = new Set(['speaking', 'citing', 'declining', 'asking', 'requesting', 'insisting', 'who']);
/** How far back an anonymity clause is searched for its opening comma, in tokens. */
const MAX_CLAUSE = 20;

/** Longest first conjunct taken into a source ("Romania and | Kazakhstan"), in tokens. */
const MAX_CONJUNCT = 3;

/** "Romania and | Kazakhstan": a name source after "<Name> and" takes the first name too. */
function coordinated(ctx: TokenContext, a: number): number {
  if (a < 2 || ctx.lower[a - 1] !== 'and' || ctx.cls[a] !== WordClass.Capitalised) return a;
  let k = a - 1;
  while (k - 1 >= 0 && a - 1 - (k - 1) <= MAX_CONJUNCT && ctx.cls[k - 1] === WordClass.Capitalised && ctx.sent[k - 1] === ctx.sent[a]) k--;
  return k < a - 1 ? k : a;
}

/** The comma opening a ", who …" clause between `a` and the verb at `k`, or -1. */
function relativeBefore(ctx: TokenContext, a: number, k: number): number {
  for (let j = k - 1; j > a; j--) {
    if (RELATIVE_PRONOUNS.has(ctx.lower[j] as string) && ctx.cls[j - 1] === WordClass.Comma) return j - 1;
  }
  return -1;
}

/** The source corrected, or `src` as it was. `cs`: the cue's first token. */
export function fixSourceBounds(ctx: TokenContext, src: [number, number], cs: number): [number, number] {
  const b = src[1];
  let a = coordinated(ctx, src[0]);
  // Another claim's cue inside: "(Kluge) said Romania and Kazakhstan".
  for (let k = b - 2; k >= a; k--) {
    if (pastSpeechVerb(ctx, k)) {
      // "said a senior diplomat, who asked not to be named": the verb is the relative clause's;
      // the source is the phrase before its comma.
      const rel = relativeBefore(ctx, a, k);
      if (rel > a) return [a, rel];
      a = k + 1;
      break;
    }
  }
  const before = a - 1;
  if (before >= 0 && ctx.sent[before] === ctx.sent[a] && FRONTING.has(ctx.lower[before] as string)) {
    // "In New Zealand, former Prime Minister …": the source starts after the phrase's comma.
    for (let k = a; k < b - 1; k++) {
      if (ctx.cls[k] === WordClass.Comma) return [k + 1, b];
      if (ctx.cls[k] !== WordClass.Capitalised && ctx.cls[k] !== WordClass.AllCaps && ctx.cls[k] !== WordClass.Lower &&
        ctx.cls[k] !== WordClass.Determiner && ctx.cls[k] !== WordClass.Preposition && ctx.cls[k] !== WordClass.Number) break;
    }
    // "A federal judge on Monday refused": the date is no source; the subject before it is.
    if (allDates(ctx, a, b) && b <= cs) return subjectBefore(ctx, before) ?? determinedPhraseBefore(ctx, before) ?? [a, b];
  }
  if (before >= 0 && SUBORDINATORS.has(ctx.lower[before] as string)) {
    const outer = anonymityClauseStart(ctx, before);
    if (outer >= 0) return subjectBefore(ctx, outer) ?? [a, b];
  }
  // "But a UEFA official, who asked not to be named, said": once the relative clause has
  // closed before the cue, the relative pronoun stands for the phrase before its comma (in
  // "officials, who said …" the cue is the clause's own and "who" its source).
  if (b - a === 1 && RELATIVE_PRONOUNS.has(ctx.lower[a] as string) && before >= 0 && ctx.cls[before] === WordClass.Comma && closedBefore(ctx, b, cs)) {
    return subjectBefore(ctx, before) ?? [a, b];
  }
  // "A FIFA spokesperson said …": a lone determiner is the start of the phrase, not all of it.
  if (b - a === 1 && ctx.cls[a] === WordClass.Determiner) return wholePhrase(ctx, a, cs) ?? [a, b];
  // "two people with knowledge of the matter said": the head noun and its modifiers are the source.
  if (b <= cs) return [phraseStart(ctx, a), b];
  return [a, b];
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/** True when a comma between the source's end `b` and the cue `cs` closes a clause. */
function closedBefore(ctx: TokenContext, b: number, cs: number): boolean {
  for (let k = b; k < cs; k++) if (ctx.cls[k] === WordClass.Comma) return true;
  return false;
}
/** Longest phrase read forward from a lone determiner, in words. */
const MAX_PHRASE = 4;

function isPhraseWord(ctx: TokenContext, k: number): boolean {
  const c = ctx.cls[k] as number;
  return c === WordClass.Lower || c === WordClass.Capitalised || c === WordClass.AllCaps;
}

/**
 * The determiner at `a` and the words after it (a handful at most), up to a reporting verb, the
 * cue at `cs` or punctuation: "A FIFA spokesperson" of "A FIFA spokesperson said …".
 */
function wholePhrase(ctx: TokenContext, a: number, cs: number): [number, number] | null {
  let k = a + 1;
  while (k < ctx.n && k !== cs && k - a <= MAX_PHRASE && isPhraseWord(ctx, k) && ctx.sent[k] === ctx.sent[a]) k++;
  const stop = k === cs || ctx.cls[k] === WordClass.SpeechVerb;
  return stop && k > a + 1 ? [a, k] : null;
}

/** Prepositions inside a source's noun phrase ("people with knowledge of the matter"). */
const INNER_PREPOSITIONS = new Set(['of', 'with', 'at', 'for', 'from', 'to']);
/** Longest noun phrase taken before such a preposition, in words. */
const MAX_HEAD_PHRASE = 4;

/**
 * Where the noun phrase that the source at `a` completes begins: "the matter" after "two people
 * with knowledge of" starts at "two". Each step back takes a preposition and the plain words
 * before it (no punctuation, no verb-like reporting words), and stops at anything else.
 */
function phraseStart(ctx: TokenContext, a: number): number {
  let k = a;
  let head = -1;
  for (let hops = 0; hops < 3; hops++) {
    const prep = k - 1;
    if (prep < 1 || !INNER_PREPOSITIONS.has(ctx.lower[prep] as string) || ctx.sent[prep] !== ctx.sent[a]) break;
    let j = prep;
    while (j - 1 >= 0 && prep - j < MAX_HEAD_PHRASE && ctx.sent[j - 1] === ctx.sent[a] &&
      (isPhraseWord(ctx, j - 1) || ctx.cls[j - 1] === WordClass.Determiner || ctx.cls[j - 1] === WordClass.Number)) j--;
    if (j === prep) break;
    k = j;
    head = prep - 1;
  }
  // The phrase opens after a comma or at the sentence start ("…, two people with knowledge of"),
  // never inside a clause ("met with"), and is headed by a source noun ("people", "officials").
  if (k === a || !(k === 0 || ctx.sent[k - 1] !== ctx.sent[a] || ctx.cls[k - 1] === WordClass.Comma)) return a;
  const h = ctx.lower[head] as string;
  return UNNAMED_HEADS.has(h) || ORGANIZATION_HEADS.has(h) ? k : a;
}

/** "said", "warned": a reporting verb in the past, never the start of a noun phrase ("state media"). */
function pastSpeechVerb(ctx: TokenContext, k: number): boolean {
  if (ctx.cls[k] !== WordClass.SpeechVerb) return false;
  const w = ctx.lower[k] as string;
  return w.endsWith('ed') || w === 'said' || w === 'told' || w === 'wrote';
}

/** "A federal judge" before token `k`: a few plain words opening with a determiner, or null. */
function determinedPhraseBefore(ctx: TokenContext, k: number): [number, number] | null {
  let a = k;
  while (a - 1 >= 0 && k - a < MAX_PHRASE && ctx.sent[a - 1] === ctx.sent[k] && isPhraseWord(ctx, a - 1)) a--;
  if (a === k || a - 1 < 0 || ctx.cls[a - 1] !== WordClass.Determiner || ctx.sent[a - 1] !== ctx.sent[k]) return null;
  return [a - 1, k];
}

function allDates(ctx: TokenContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!DATE_WORDS.has(ctx.lower[k] as string) && ctx.cls[k] !== WordClass.Comma) return false;
  return true;
}

/**
 * The comma opening ", speaking on condition of anonymity because …" when the subordinator at
 * `sub` sits inside such a parenthetical, else -1.
 */
function anonymityClauseStart(ctx: TokenContext, sub: number): number {
  for (let k = sub - 1; k > 0 && sub - k <= MAX_CLAUSE && ctx.sent[k] === ctx.sent[sub]; k--) {
    if (ctx.cls[k] === WordClass.Comma) return MANNER.has(ctx.lower[k + 1] as string) ? k : -1;
    if (ctx.cls[k] === WordClass.Final || ctx.cls[k] === WordClass.OpenQuote || ctx.cls[k] === WordClass.CloseQuote) return -1;
  }
  return -1;
}

/**
 * Reported content before its source ends where the source, set off by a comma or dash, starts:
 * "…was awarded, two people with knowledge of the matter said" keeps "…was awarded". A
 * piece that starts with its source is left alone: in "Trump is expected to speak" the
 * annotated claim is the whole clause.
 */
export function cutContentAtSource(ctx: TokenContext, contents: Array<[number, number]>, src: [number, number]): void {
  for (let k = contents.length - 1; k >= 0; k--) {
    const piece = contents[k] as [number, number];
    if (piece[1] <= src[0] || piece[0] >= src[0]) continue;
    // Only where punctuation sets the source off ("…, two people … said"), not inside a phrase.
    const mark = ctx.cls[src[0] - 1];
    if (mark !== WordClass.Comma && mark !== WordClass.Dash) continue;
    let end = src[0];
    while (end > piece[0] && (ctx.cls[end - 1] === WordClass.Comma || ctx.cls[end - 1] === WordClass.Dash)) end--;
    if (end > piece[0]) piece[1] = end;
    else contents.splice(k, 1);
  }
}

/**
 * "The WHO said …": a content piece that is only the determiner of the source (the tagger can
 * read an acronym such as "WHO" as a relative pronoun) belongs to the source.
 */
export function takeDeterminer(ctx: TokenContext, contents: Array<[number, number]>, src: [number, number]): [number, number] {
  const k = contents.findIndex(([a, b]) => b === src[0] && b - a === 1 && ctx.cls[a] === WordClass.Determiner);
  if (k < 0 || contents.length < 2) return src;
  const [a] = contents[k] as [number, number];
  contents.splice(k, 1);
  return [a, src[1]];
}

/**
 * Words that open a clause in which a source may report ("… rose after the minister said …").
 * Not "as": "as The Times reported, …" attributes the main clause itself.
 */
const CLAUSE_OPENERS = new Set(['after', 'when', 'while', 'because', 'since', 'before', 'until', 'once']);

/**
 * "Brent crude rose after Saudi Arabia's energy minister said OPEC+ would keep curbs": when the
 * source opens a subordinate clause and the claim goes on after the cue, the main clause before
 * it is the writer's narration, not part of the claim.
 */
export function dropMainClause(ctx: TokenContext, contents: Array<[number, number]>, src: [number, number], ce: number): void {
  const opener = src[0] - 1;
  if (opener < 0 || !CLAUSE_OPENERS.has(ctx.lower[opener] as string)) return;
  if (!contents.some(([a]) => a >= ce)) return;
  for (let k = contents.length - 1; k >= 0; k--) {
    const [a, b] = contents[k] as [number, number];
    if (a < src[0] && b <= ce && ctx.sent[a] === ctx.sent[src[0]] && ctx.quoteRole[a] !== QuoteRole.Open) contents.splice(k, 1);
  }
}

