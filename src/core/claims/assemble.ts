/**
 * Turns a tagged cue and its role tags into a `Claim`: character spans, the nearest source,
 * content pieces, direct vs reported speech, the kind of source and the credited outlet.
 */
import type { Tokens } from '../tokenize.ts';
import type { Claim, TextSpan } from '../types.ts';
import { QuoteRole, WordClass, type TokenContext } from './context.ts';
import { collectSpans } from './taggers.ts';
import type { RoleFrame } from './role-features.ts';
import { passiveStart } from './passive.ts';
import { accordingTo } from './according-to.ts';
import type { LineRoles } from './attribution-lines.ts';
import { colonQuote, continueQuote } from './split-quote.ts';
import { contentBefore } from './content-before.ts';
import { mentionStartAt, personAt, sourceKind, type MentionIndex } from './source-kind.ts';
import type { CreditIndex } from './outlets.ts';
import { outletName } from './outlets.ts';
import { cutContentAtSource, dropMainClause, fixSourceBounds, subjectBefore, takeDeterminer } from './source-bounds.ts';
import { personalCore, relativeAntecedent } from './source-person.ts';
import { completeCuePhrase, cutAtCoordinatedCue, releaseCuePreposition, takeAuxiliaries, trimCueTail } from './cue-clauses.ts';

export interface AssembleInput {
  text: string;
  toks: Tokens;
  ctx: TokenContext;
  mentions: MentionIndex;
  peopleKnown: boolean;
  credits: CreditIndex;
  /** Tokens that belong to no claim (datelines), or null. */
  blocked: Uint8Array | null;
  /** Roles of line-level attributions (headline, transcript turns, pull quotes) by cue start token. */
  lines?: Map<number, LineRoles>;
}

function span(text: string, toks: Tokens, first: number, last: number): TextSpan {
  const s = toks.start[first] as number;
  const e = toks.end[last - 1] as number;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** True when the token range reads as a quotation: it opens and closes with quotation marks. */
function quoted(ctx: TokenContext, first: number, last: number): boolean {
  const opens = ctx.quoteRole[first] === QuoteRole.Open || (first > 0 && ctx.quoteRole[first - 1] === QuoteRole.Open);
  let k = last - 1;
  // Allow trailing punctuation after the closing mark ("…,” she said" keeps the comma inside).
  while (k > first && ctx.quoteRole[k] !== QuoteRole.Close && (ctx.lower[k] as string).length === 1 && k > last - 3) k--;
  const closes = ctx.quoteRole[k] === QuoteRole.Close || (last < ctx.n && ctx.quoteRole[last] === QuoteRole.Close);
  return opens && closes;
}

const RELATIVE = new Set(['who', 'which', 'that']);

/** Drops a trailing ", who" the tagger let into a source ("A senior official, who spoke …"). */
function trimSource(ctx: TokenContext, src: [number, number]): [number, number] {
  const a = src[0];
  const b = src[1];
  if (b - a > 2 && RELATIVE.has(ctx.lower[b - 1] as string) && ctx.lower[b - 2] === ',') return [a, b - 2];
  return [a, b];
}

/** How far a quotation is followed to its closing mark. */
const MAX_QUOTE_TOKENS = 200;

/**
 * A quotation is quoted whole: when the content opens with a quotation mark but stops before
 * the mark that closes it (often at a sentence break inside the quote), it is extended to that
 * mark, within the paragraph and never across the cue or a new opening mark.
 */
function closeQuote(ctx: TokenContext, contents: Array<[number, number]>, cs: number, ce: number): void {
  const first = contents[0];
  const last = contents[contents.length - 1];
  if (!first || !last || ctx.quoteRole[first[0]] !== QuoteRole.Open) return;
  for (let i = first[0] + 1; i < last[1]; i++) if (ctx.quoteRole[i] === QuoteRole.Close) return;
  const p = ctx.para[first[0]];
  for (let j = last[1]; j < ctx.n && j - last[1] < MAX_QUOTE_TOKENS && ctx.para[j] === p; j++) {
    if ((j >= cs && j < ce) || ctx.quoteRole[j] === QuoteRole.Open) return;
    if (ctx.quoteRole[j] === QuoteRole.Close) {
      last[1] = j + 1;
      return;
    }
  }
}

/**
 * "X said A, saying B": the reported clause ends at the comma before a participle that is the
 * next cue (in PolNeAR train, 99% of such contents stop there).
 */
function cutAtParticiple(ctx: TokenContext, contents: Array<[number, number]>, ce: number, nextCue: number): void {
  if (nextCue >= ctx.n || nextCue <= ce + 1 || ctx.cls[nextCue - 1] !== WordClass.Comma) return;
  const w = ctx.lower[nextCue] as string;
  if (w.length < 5 || !w.endsWith('ing') || (contents[0] as [number, number])[0] >= nextCue - 1) return;
  for (let k = contents.length - 1; k >= 0; k--) {
    const piece = contents[k] as [number, number];
    if (piece[0] >= nextCue - 1) contents.splice(k, 1);
    else if (piece[1] > nextCue - 1) piece[1] = nextCue - 1;
  }
}

/** Removes blocked tokens (a dateline such as "KYIV (Reuters) -") from the content pieces. */
function cutBlocked(blocked: Uint8Array, contents: Array<[number, number]>): void {
  for (let k = contents.length - 1; k >= 0; k--) {
    const piece = contents[k] as [number, number];
    let a = piece[0];
    while (a < piece[1] && blocked[a] === 1) a++;
    if (a >= piece[1]) contents.splice(k, 1);
    else piece[0] = a;
  }
}

/** A source never includes a dateline ("THE HAGUE, June 25 (Reuters) - NATO Secretary General …"). */
function afterBlocked(blocked: Uint8Array, src: [number, number]): [number, number] | null {
  let a = src[1];
  while (a > src[0] && blocked[a - 1] !== 1) a--;
  return a === src[0] ? src : a < src[1] ? [a, src[1]] : null;
}

/** Words after which a leading "that" is a demonstrative ("that was the plan"), not a complementiser. */
const DEMONSTRATIVE_NEXT = new Set([
  'is', 'was', "'s", '’s', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'has',
  'had', 'does', 'did', 'remains', 'means', 'meant', 'seems', 'seemed',
]);

/**
 * The content never starts with the complementiser: "He suggested that if …" → "if …" (also
 * after "According to X, that …"). A "that" is kept when it is the whole content or has one word
 * after it ("that account"), is followed by punctuation, or reads as a demonstrative subject
 * ("that was the plan").
 */
function dropThat(ctx: TokenContext, contents: Array<[number, number]>): void {
  const piece = contents[0];
  // "disputed that account": "that" and one word are no clause, so "that" is a demonstrative.
  if (!piece || piece[1] - piece[0] <= 2 || ctx.lower[piece[0]] !== 'that') return;
  const next = ctx.lower[piece[0] + 1] as string;
  if (DEMONSTRATIVE_NEXT.has(next) || !/[\p{L}\p{N}“"‘']/u.test(next)) return;
  piece[0]++;
}

/**
 * "Prévot said A. Kovács wrote that B": when the content goes on after the cue in the cue's own
 * sentence, pieces in earlier sentences are an earlier claim's (a quotation before the cue
 * belongs to this one only when nothing follows it: "“A. B.” Kovács wrote.").
 */
function dropEarlierSentences(ctx: TokenContext, contents: Array<[number, number]>, cs: number, ce: number): void {
  const own = ctx.sent[cs] as number;
  if (!contents.some(([a]) => a >= ce && ctx.sent[a] === ctx.sent[ce - 1])) return;
  for (let k = contents.length - 1; k >= 0; k--) {
    const [a, b] = contents[k] as [number, number];
    if (b <= cs && (ctx.sent[b - 1] as number) < own && a < cs) contents.splice(k, 1);
  }
}

const TELL = new Set(['told', 'tell', 'tells', 'telling']);
const WH = new Set(['how', 'what', 'why', 'whether', 'when', 'where', 'who', 'which', 'if']);
/** Longest addressee skipped after "told" ("a news conference in Tokyo"), in tokens. */
const MAX_ADDRESSEE = 7;

/**
 * "X told reporters that A. “B,” she said.": reported (unquoted) content after the cue stops at
 * the end of a sentence when the next one opens with a quotation, which is the next cue's.
 * (Cutting content before the cue to the cue's sentence, "A. B, sources said", was tried too:
 * PolNeAR's annotators more often keep the sentences before, and it lost 85 exact contents on train.)
 */
function keepToSentences(ctx: TokenContext, contents: Array<[number, number]>, ce: number): void {
  const head = contents[0] as [number, number];
  // An opening mark is counted with the sentence before it, so the sentence of a quotation is
  // the one of the word after its mark.
  const sentAfter = (i: number): number => (ctx.sent[Math.min(i + 1, ctx.n - 1)] as number);
  if (head[0] >= ce && ctx.quoteRole[head[0]] !== QuoteRole.Open) {
    const own = ctx.sent[head[0]] as number;
    for (let k = 0; k < contents.length; k++) {
      const piece = contents[k] as [number, number];
      const from = k === 0 ? piece[0] + 1 : piece[0];
      let cut = -1;
      for (let i = from; i < piece[1]; i++) {
        if (ctx.quoteRole[i] === QuoteRole.Open && sentAfter(i) !== own) {
          cut = i;
          break;
        }
      }
      if (cut < 0) continue;
      while (cut > piece[0] && (ctx.cls[cut - 1] === WordClass.Final || ctx.quoteRole[cut - 1] === QuoteRole.Open)) cut--;
      contents.length = cut > piece[0] ? k + 1 : k;
      if (cut > piece[0]) piece[1] = cut;
      break;
    }
  }
}

/** Longest prepositional phrase skipped before a complementiser, in tokens. */
const MAX_ADJUNCT = 12;

/**
 * "said on the sidelines of the meeting that …": when the content opens with a prepositional
 * phrase (or, after "told", with whom it was told to) that runs into a complementiser "that",
 * the claim starts at the complementiser (which `dropThat` then drops); the phrase says where or
 * to whom it was said, not what.
 */
function skipAdjunct(ctx: TokenContext, contents: Array<[number, number]>, cs: number, ce: number): void {
  const piece = contents[0];
  if (!piece || piece[0] < ce) return;
  const first = ctx.cls[piece[0]] as number;
  if (first === WordClass.That || first === WordClass.OpenQuote || WH.has(ctx.lower[piece[0]] as string)) return;
  // "said in a statement | carried by state media that …": a participle after the cue's noun.
  const carried = piece[0] === ce && ce - cs >= 3 && first === WordClass.Lower && ctx.cls[ce - 1] === WordClass.Lower &&
    (ctx.lower[piece[0]] as string).endsWith('ed');
  const opens = carried || first === WordClass.Preposition || (piece[0] - 1 >= ce && ctx.cls[piece[0] - 1] === WordClass.Preposition);
  // "told a news conference in Tokyo that …": right after "tell", the words before "that" are whom.
  const told = piece[0] === ce && (TELL.has(ctx.lower[cs] as string) || TELL.has(ctx.lower[ce - 1] as string));
  if (!opens && !told) return;
  const reach = opens ? MAX_ADJUNCT : MAX_ADDRESSEE;
  for (let k = piece[0] + 1; k < piece[1] && k - piece[0] <= reach; k++) {
    const c = ctx.cls[k] as number;
    if (c === WordClass.That) {
      if (k + 1 < piece[1]) piece[0] = k;
      return;
    }
    // A reporting word right after a preposition or determiner is a noun ("by state media").
    const verb = c === WordClass.SpeechVerb && ctx.cls[k - 1] !== WordClass.Preposition && ctx.cls[k - 1] !== WordClass.Determiner;
    if (c === WordClass.Comma || c === WordClass.OpenQuote || c === WordClass.CloseQuote || c === WordClass.Final ||
      c === WordClass.Colon || verb || c === WordClass.Dash || WH.has(ctx.lower[k] as string)) return;
  }
  // The tagger may start a second piece at the complementiser: the phrase before it goes.
  const next = contents[1];
  if (next && next[0] === piece[1] && piece[1] - piece[0] <= reach && ctx.cls[next[0]] === WordClass.That) contents.shift();
}

/** Longest named addressee of "told" before its clause ("told Handelsblatt"), in tokens. */
const MAX_NAMED_ADDRESSEE = 3;

/**
 * "told Handelsblatt the reform was sensible": when the tagger found no content, the clause
 * after a named addressee of "told", up to the end of the sentence.
 */
function toldClause(ctx: TokenContext, cs: number, ce: number): [number, number] | null {
  if (!TELL.has(ctx.lower[ce - 1] as string)) return null;
  const sent = ctx.sentences[ctx.sent[cs] as number];
  if (!sent) return null;
  let k = ce;
  while (k < sent.last && k - ce < MAX_NAMED_ADDRESSEE && (ctx.cls[k] === WordClass.Capitalised || ctx.cls[k] === WordClass.AllCaps)) k++;
  if (k === ce || k >= sent.last) return null;
  const c = ctx.cls[k];
  if (c !== WordClass.Determiner && c !== WordClass.Pronoun && c !== WordClass.Capitalised && c !== WordClass.That) return null;
  // Up to the sentence's end, or a conjunction after a comma ("…,” while economists warned …").
  let end = sent.last;
  for (let j = k + 3; j < sent.last; j++) {
    if (ctx.cls[j] === WordClass.Conjunction && (ctx.cls[j - 1] === WordClass.Comma || ctx.cls[j - 1] === WordClass.CloseQuote)) {
      end = j;
      break;
    }
  }
  while (end > k && (ctx.cls[end - 1] === WordClass.Final || ctx.cls[end - 1] === WordClass.Comma)) end--;
  return end - k >= 3 ? [c === WordClass.That ? k + 1 : k, end] : null;
}

/**
 * "told parliament the | money would go …": a reported clause never starts after its own
 * article; the determiner left between the addressee and the content is the content's.
 */
function takeContentDeterminer(ctx: TokenContext, contents: Array<[number, number]>, ce: number): void {
  const piece = contents[0];
  if (!piece || piece[0] - 1 < ce || ctx.cls[piece[0] - 1] !== WordClass.Determiner) return;
  const c = ctx.cls[piece[0]];
  if (c === WordClass.Lower || c === WordClass.Capitalised || c === WordClass.AllCaps || c === WordClass.Number) piece[0]--;
}

/**
 * Builds the claim for cue `[cs, ce)` from its role tags, or null when no content was found.
 * `nextCue`: first token of the next cue, which a split quotation never runs past.
 */
export function assemble(inp: AssembleInput, frame: RoleFrame, tags: Uint8Array, nextCue = inp.ctx.n): Claim | null {
  const { text, toks, ctx } = inp;
  let cs = frame.cs;
  let ce = trimCueTail(inp.ctx, frame.cs, frame.ce);
  const sources: Array<[number, number]> = [];
  const contents: Array<[number, number]> = [];
  collectSpans(tags, frame.from, 1, sources);
  collectSpans(tags, frame.from, 2, contents);
  // "Kazakhstan had | reported": the auxiliary is the cue's, not the end of the source.
  const withAux = takeAuxiliaries(ctx, cs);
  if (withAux < cs) {
    for (let k = sources.length - 1; k >= 0; k--) {
      const piece = sources[k] as [number, number];
      if (piece[1] > withAux && piece[1] <= cs) piece[1] = withAux;
      if (piece[1] <= piece[0]) sources.splice(k, 1);
    }
    cs = withAux;
  }
  const fixed = accordingTo(ctx, cs, ce) ?? inp.lines?.get(cs) ?? null;
  if (fixed) {
    sources.length = 0;
    sources.push(fixed.source);
    contents.length = 0;
    contents.push(fixed.content);
  }
  if (contents.length === 0) {
    // "The Bundesbank's president, Joachim Nagel, told …": when the comma right before the cue
    // closes a source the tagger found, what precedes it is that source, not the content.
    const closedSource = ctx.cls[cs - 1] === WordClass.Comma && sources.some(([a, b]) => a < cs - 1 && (b === cs - 1 || b === cs));
    const q = colonQuote(ctx, ce) ?? toldClause(ctx, cs, ce) ?? (closedSource ? null : contentBefore(ctx, cs, ce));
    if (!q) return null;
    contents.push(q);
  }
  const it = passiveStart(ctx, ce - 1);
  let src: [number, number] | null = null;
  if (it >= 0 && it < cs) cs = it;
  if (it < 0) {
    // The source nearest to the cue.
    let bestD = Infinity;
    for (const s of sources) {
      const d = s[1] <= cs ? cs - s[1] : s[0] - ce;
      if (d < bestD) {
        bestD = d;
        src = s;
      }
    }
  }
  if (!src && it < 0) src = subjectBefore(ctx, cs);
  // "Some | economists doubt": a lone determiner before a cue that opens with a lower-case
  // noun; the noun is the source's head and the cue is the verb after it.
  if (src && src[1] - src[0] === 1 && src[1] === cs && ce - cs >= 2 && ctx.cls[src[0]] === WordClass.Determiner &&
    ctx.cls[cs] === WordClass.Lower && (ctx.cls[cs + 1] === WordClass.Lower || ctx.cls[cs + 1] === WordClass.SpeechVerb)) {
    src = [src[0], cs + 1];
    cs++;
  }
  if (src) src = fixSourceBounds(ctx, trimSource(ctx, src), cs);
  if (src) src = takeDeterminer(ctx, contents, src);
  if (src) cutContentAtSource(ctx, contents, src);
  if (src) dropMainClause(ctx, contents, src, ce);
  if (src && inp.blocked) src = afterBlocked(inp.blocked, src);
  if (inp.blocked) cutBlocked(inp.blocked, contents);
  if (contents.length === 0) return null;
  if (!fixed) dropEarlierSentences(ctx, contents, cs, ce);
  if (contents.length === 0) return null;
  closeQuote(ctx, contents, cs, ce);
  // "“…,” she said, <narration>": once a piece is a quotation, unquoted pieces after the cue are
  // the writer's words, not the claim.
  if (contents.length > 1 && quoted(ctx, (contents[0] as [number, number])[0], (contents[0] as [number, number])[1])) {
    for (let k = contents.length - 1; k > 0; k--) {
      const [a, b] = contents[k] as [number, number];
      if (a >= ce && !quoted(ctx, a, b)) contents.splice(k, 1);
    }
  }
  if (!fixed) continueQuote(ctx, contents, cs, ce, nextCue);
  cutAtParticiple(ctx, contents, ce, nextCue);
  cutAtCoordinatedCue(ctx, contents, ce, nextCue);
  if (!fixed) keepToSentences(ctx, contents, ce);
  ce = completeCuePhrase(ctx, contents, cs, ce);
  ce = releaseCuePreposition(ctx, contents, cs, ce);
  skipAdjunct(ctx, contents, cs, ce);
  takeContentDeterminer(ctx, contents, ce);
  dropThat(ctx, contents);
  const cue = span(text, toks, cs, ce);
  // The source span keeps what the article writes ("Ukrainian President Volodymyr Zelenskyy",
  // as PolNeAR annotates it); who that is comes from `sourcePerson` (the person's name).
  let source = src ? span(text, toks, src[0], src[1]) : null;
  // A source never cuts a name in two ("Leyen told" of "Von der Leyen told").
  if (source) {
    const from = mentionStartAt(inp.mentions, source.start);
    if (from < source.start) source = { start: from, end: source.end, text: text.slice(from, source.end) };
  }
  const pieces = contents.map(([a, b]) => span(text, toks, a, b));
  const first = pieces[0] as TextSpan;
  const last = pieces[pieces.length - 1] as TextSpan;
  const content: TextSpan = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  const direct = contents.every(([a, b]) => quoted(ctx, a, b));
  const core = src ? personalCore(ctx, src) : null;
  // The person the source opens with ("Jay Lund, co-director of …, Davis,"), else the last one
  // named in it ("U.S. District Judge Amy Berman Jackson").
  const opening = core ? personAt(inp.mentions, toks.start[core[0]] as number, toks.end[core[0]] as number) : null;
  const named = source && core ? (opening ?? personAt(inp.mentions, toks.start[core[0]] as number, toks.end[core[1] - 1] as number)) : null;
  const person = named ?? (src ? relativeAntecedent(ctx, toks, inp.mentions, src) : null);
  const kind = it >= 0 ? 'passive' : sourceKind(source, person, cue.text, inp.peopleKnown);
  const ownOutlet = kind === 'outlet' && source ? outletName(source.text) : null;
  return {
    source,
    sourcePerson: person,
    sourceKind: kind,
    cue,
    content,
    contentSpans: pieces.map((p) => [p.start, p.end] as [number, number]),
    direct,
    outlet: ownOutlet ?? inp.credits.outletFor(ctx, cs),
  };
}
