/**
 * Finds attributed claims (source, cue, content) and outlet credits.
 *
 * Two small trained taggers do the work (see scripts/train-claims.ts): one marks reporting cues
 * ("said", "according to", "has learned"), scoring only the few tokens around a cue head word
 * learned from training; the other, run once per cue, marks that cue's source and content in
 * the sentences around it. The claim follows the seeds' conventions: content starts after a
 * complementiser "that", and a known person's source is their name without the title. Rules add what news data
 * rarely shows (impersonal "it was reported") and the outlet credits. Everything is linear in
 * the text: each cue looks at a bounded window.
 */
import type { Claim, OutletCredit, Person } from '../types.ts';
import type { Tokens, SentenceRange } from '../tokenize.ts';
import { buildContext } from './context.ts';
import { Scratch, tagCues, tagRoles, SHARED_REACH, NESTED_REACH } from './taggers.ts';
import { claimModels } from './load-model.ts';
import { findPassiveCues, passiveStart } from './passive.ts';
import { findSpeechCues } from './speech-rule.ts';
import { findCredits, datelineTokens, CreditIndex } from './outlets.ts';
import { indexMentions, personAt } from './source-kind.ts';
import { dropLabelColons, findLineAttributions } from './attribution-lines.ts';
import { assemble } from './assemble.ts';
import { dropHeadlineCues } from './headline.ts';
import { continuesCue, coordinatedCue, inheritSource } from './shared-source.ts';

/** Sentences (or cues) handled between two progress yields. */
const STEP = 300;
/** Share of the analysis progress bar that claims start from (after tokens and people). */
const PROGRESS_FROM = 0.6;
/**
 * Scratch buffers shared by every analysis: the taggers fill and read them within one call, never
 * across a `yield`, so interleaved analyses can share them; allocating (and zeroing) them per
 * article cost more than tagging a short one.
 */
let shared: Scratch | null = null;

export function* findClaims(
  text: string,
  toks: Tokens,
  sentences: SentenceRange[],
  people: Person[],
): Generator<number, { claims: Claim[]; outlets: OutletCredit[] }, void> {
  const ctx = buildContext(text, toks, sentences);
  const models = claimModels();
  const sc = (shared ??= new Scratch());
  const tagged: Array<[number, number]> = [];
  const total = sentences.length * 2 + 1;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as SentenceRange;
    for (const c of tagCues(ctx, s.first, s.last, models.cue, models.heads, sc)) tagged.push(c);
    if (k % STEP === STEP - 1) yield PROGRESS_FROM + ((1 - PROGRESS_FROM) * k) / total;
  }
  const cues = dropLabelColons(ctx, dropHeadlineCues(text, toks, ctx, tagged));
  for (const c of findPassiveCues(ctx, cues)) cues.push(c);
  for (const c of findSpeechCues(ctx, cues)) cues.push(c);
  const mentions = indexMentions(people);
  const lines = findLineAttributions(ctx, (f, l) => personAt(mentions, toks.start[f] as number, toks.end[l - 1] as number) !== null);
  if (lines.cues.length > 0) {
    const taken = new Uint8Array(toks.count);
    for (const [a, b] of cues) for (let i = a; i < b; i++) taken[i] = 1;
    for (const c of lines.cues) if (!taken[c[0]]) cues.push(c);
  }
  cues.sort((a, b) => a[0] - b[0]);

  const credits = findCredits(text, toks, ctx);
  const input = {
    text,
    toks,
    ctx,
    mentions,
    lines: lines.roles,
    peopleKnown: people.length > 0,
    credits: new CreditIndex(ctx, credits),
    blocked: datelineTokens(ctx, credits),
  };
  const claims: Claim[] = [];
  let prevClaim: Claim | null = null;
  for (let k = 0; k < cues.length; k++) {
    const [cs, ce] = cues[k] as [number, number];
    const lo = k > 0 ? (cues[k - 1] as [number, number])[1] - SHARED_REACH : 0;
    const hi = k + 1 < cues.length ? (cues[k + 1] as [number, number])[0] + NESTED_REACH : toks.count;
    const { frame, tags } = tagRoles(ctx, cs, ce, Math.min(lo, cs), Math.max(hi, ce), models.role, sc);
    const next = k + 1 < cues.length ? (cues[k + 1] as [number, number])[0] : toks.count;
    const claim = assemble(input, frame, tags, next);
    if (claim) {
      if (continuesCue(ctx, cs, cues[k - 1])) inheritSource(claim, prevClaim);
      else if (claim.source === null && passiveStart(ctx, ce - 1) < 0 && coordinatedCue(ctx, cs, cues[k - 1])) inheritSource(claim, prevClaim);
      claims.push(claim);
    }
    prevClaim = claim;
    if (k % STEP === STEP - 1) yield PROGRESS_FROM + ((1 - PROGRESS_FROM) * (sentences.length + k)) / total;
  }
  return { claims, outlets: credits.map((c) => c.credit) };
}
