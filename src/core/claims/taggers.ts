/**
 * Running the two taggers: cues over each sentence, then roles (source, content) around each cue.
 * The same window and feature code serves training, so what the model learned is what it sees.
 */
import type { TokenContext } from './context.ts';
import { WordClass } from './context.ts';
import { cueFeatures, CUE_FEATURES_PER_TOKEN } from './cue-features.ts';
import { roleFeatures, makeFrame, ROLE_FEATURES_PER_TOKEN, type RoleFrame } from './role-features.ts';
import type { LinearTagger } from './model.ts';
import { viterbi, bioAllowed } from './viterbi.ts';

/** Cue tags: O, B-cue, I-cue. */
export const CUE_TAGS = ['O', 'B-CUE', 'I-CUE'];
/** Role tags: O, B-source, I-source, B-content, I-content. */
export const ROLE_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'];

export const CUE_ALLOWED = bioAllowed(1);
export const ROLE_ALLOWED = bioAllowed(2);

/** How far a cue may look back past the previous cue, for a shared source ("X said, adding …"). */
export const SHARED_REACH = 12;
/** How far content may run past the next cue (a report inside a report: "it was reported that X indicated …"). */
export const NESTED_REACH = 40;
/** Sentences longer than this are tagged in pieces, so one sentence can't dominate memory. */
export const MAX_SEQUENCE = 400;
/** How far from a cue its source and content are looked for. */
const BEFORE_TOKENS = 60;
const AFTER_TOKENS = 100;
const BEFORE_SENTENCES = 1;
const AFTER_SENTENCES = 2;

/**
 * Work counters (tokens scored by each tagger), for tests that check the work grows linearly
 * with the input; cheaper and steadier than timing.
 */
export const workCounters = { cueTokens: 0, roleTokens: 0 };

/** Added to cue scores before decoding: trades precision for recall. */
export const CUE_BIAS = { value: 0 };

/** Reusable scratch buffers, grown on demand. */
export class Scratch {
  feats = new Int32Array(MAX_SEQUENCE * 40);
  offs = new Int32Array(MAX_SEQUENCE + 1);
  em = new Float32Array(MAX_SEQUENCE * 8);
  /** Candidate cue runs of the current sentence. */
  runs: Array<[number, number]> = [];

  ensure(n: number, perToken: number, tags: number): void {
    if (this.feats.length < n * perToken) this.feats = new Int32Array(n * perToken * 2);
    if (this.offs.length < n + 1) this.offs = new Int32Array(n * 2 + 1);
    if (this.em.length < n * tags) this.em = new Float32Array(n * tags * 2);
  }
}

/** 1 when the sentence `[a, b)` contains a quotation mark. */
export function sentenceHasQuote(ctx: TokenContext, a: number, b: number): number {
  for (let i = a; i < b; i++) {
    const c = ctx.cls[i] as number;
    if (c === WordClass.OpenQuote || c === WordClass.CloseQuote) return 1;
  }
  return 0;
}

/** Writes cue features for tokens `[s, e)` of sentence `[a, b)` into `sc.feats`/`sc.offs`. */
export function extractCue(ctx: TokenContext, a: number, b: number, s: number, e: number, hq: number, sc: Scratch): void {
  sc.ensure(e - s, CUE_FEATURES_PER_TOKEN, 3);
  let k = 0;
  for (let i = s; i < e; i++) {
    sc.offs[i - s] = k;
    k = cueFeatures(ctx, a, b, i, sc.feats, k, hq);
  }
  sc.offs[e - s] = k;
}

/**
 * A set of cue head words (hashes of lower-cased forms) learned from training: only tokens near
 * one of them are ever tagged as cues, so most of the text costs one look-up per token. Stored
 * as a bitmap over the low hash bits; a false positive only tags a few more tokens.
 */
export class CueHeads {
  private readonly bits = new Uint8Array(1 << 20);

  constructor(words: Iterable<string>, hash: (w: string) => number) {
    for (const w of words) this.bits[hash(w) & 0xfffff] = 1;
  }

  has(wordHash: number): boolean {
    return this.bits[wordHash & 0xfffff] === 1;
  }
}

/** Tokens a cue may reach from its head word: one before ("has said"), two after ("told reporters that"). */
export const HEAD_BEFORE = 1;
export const HEAD_AFTER = 2;

/**
 * The candidate runs `[s, e)` of sentence `[a, b)`: tokens within reach of a cue head, merged,
 * each at most MAX_SEQUENCE long. Appends to `out` and returns it.
 */
export function cueRuns(ctx: TokenContext, a: number, b: number, heads: CueHeads, out: Array<[number, number]>): Array<[number, number]> {
  let rs = -1;
  let re = -1;
  for (let i = a; i < b; i++) {
    if (!heads.has(ctx.word[i] as number)) continue;
    const s = Math.max(a, i - HEAD_BEFORE);
    const e = Math.min(b, i + 1 + HEAD_AFTER);
    if (rs >= 0 && s <= re && e - rs <= MAX_SEQUENCE) re = Math.max(re, e);
    else {
      if (rs >= 0) out.push([rs, re]);
      rs = s;
      re = e;
    }
  }
  if (rs >= 0) out.push([rs, re]);
  return out;
}

/** Writes role features of the frame's window into `sc`. */
export function extractRoles(ctx: TokenContext, f: RoleFrame, sc: Scratch): void {
  const n = f.to - f.from;
  sc.ensure(n, ROLE_FEATURES_PER_TOKEN, 5);
  let k = 0;
  for (let i = f.from; i < f.to; i++) {
    sc.offs[i - f.from] = k;
    k = roleFeatures(ctx, f, i, sc.feats, k);
  }
  sc.offs[n] = k;
}

/** Fills `sc.em` with emission scores for `n` tokens whose features are in `sc`. */
export function emissions(model: LinearTagger, n: number, sc: Scratch): Float32Array {
  const T = model.tags;
  for (let i = 0; i < n; i++) model.addScores(sc.feats, sc.offs[i] as number, sc.offs[i + 1] as number, sc.em, i * T);
  return sc.em;
}

/** Tags cues in sentence `[a, b)`; returns cue spans as token pairs `[first, last)`. */
export function tagCues(ctx: TokenContext, a: number, b: number, model: LinearTagger, heads: CueHeads, sc: Scratch): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const runs = cueRuns(ctx, a, b, heads, sc.runs);
  if (runs.length === 0) return spans;
  const hq = sentenceHasQuote(ctx, a, b);
  for (const [s, e] of runs) {
    extractCue(ctx, a, b, s, e, hq, sc);
    workCounters.cueTokens += e - s;
    const em = emissions(model, e - s, sc);
    for (let i = 0; i < e - s; i++) em[i * 3] = (em[i * 3] as number) - CUE_BIAS.value;
    const tags = viterbi(em, e - s, model.tags, model.trans, CUE_ALLOWED);
    collectSpans(tags, s, 1, spans);
  }
  runs.length = 0;
  return spans;
}

/** Appends spans of role `role` (B = 2·role − 1, I = 2·role) from `tags` offset by `base`. */
export function collectSpans(tags: Uint8Array, base: number, role: number, out: Array<[number, number]>): void {
  const B = role * 2 - 1;
  const I = role * 2;
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (tags[i] as number) : 0;
    if (start >= 0 && t !== I) {
      out.push([base + start, base + i]);
      start = -1;
    }
    if (t === B) start = i;
  }
}

/**
 * The window `[from, to)` searched for the roles of cue `[cs, ce)`: nearby sentences of its
 * paragraph, bounded by the neighbouring cues (`lo`: a little before the end of the previous
 * cue, `hi`: the start of the next). A claim's content never contains another claim's cue, and
 * the bounds keep the total work linear even when every other word is "said".
 */
export function roleWindow(ctx: TokenContext, cs: number, ce: number, lo = 0, hi = ctx.n): [number, number] {
  const sents = ctx.sentences;
  const p = ctx.para[cs] as number;
  let ks = ctx.sent[cs] as number;
  for (let j = 0; j < BEFORE_SENTENCES; j++) {
    const prev = sents[ks - 1];
    if (prev === undefined || ctx.para[prev.first] !== p) break;
    ks--;
  }
  let ke = ctx.sent[ce - 1] as number;
  for (let j = 0; j < AFTER_SENTENCES; j++) {
    const next = sents[ke + 1];
    if (next === undefined || ctx.para[next.first] !== p) break;
    ke++;
  }
  const from = Math.max((sents[ks] as { first: number }).first, cs - BEFORE_TOKENS, lo);
  const to = Math.min((sents[ke] as { last: number }).last, ce + AFTER_TOKENS, hi);
  return [from, to];
}

/**
 * Tags the roles of cue `[cs, ce)`; returns the frame and the tags over its window. Features go
 * straight into the emission row of each token, so the feature buffer is one token long.
 */
export function tagRoles(ctx: TokenContext, cs: number, ce: number, lo: number, hi: number, model: LinearTagger, sc: Scratch): { frame: RoleFrame; tags: Uint8Array } {
  const [from, to] = roleWindow(ctx, cs, ce, lo, hi);
  const frame = makeFrame(ctx, from, to, cs, ce);
  const n = to - from;
  const T = model.tags;
  sc.ensure(n, ROLE_FEATURES_PER_TOKEN, T);
  const feats = sc.feats;
  for (let i = from; i < to; i++) {
    const k = roleFeatures(ctx, frame, i, feats, 0);
    model.addScores(feats, 0, k, sc.em, (i - from) * T);
  }
  workCounters.roleTokens += n;
  const tags = viterbi(sc.em, n, T, model.trans, ROLE_ALLOWED, cs - from, ce - from);
  return { frame, tags };
}
