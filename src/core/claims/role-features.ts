/**
 * Features of the role tagger: given one cue, is this token part of its source or of its
 * content? Nearly every feature is conjoined with where the token sits relative to the cue
 * (side, distance, sentence, what lies in between), which is what turns a word-level model into
 * a span finder. Shared by training and analysis.
 */
import { mix, mixRest, mixSeed } from './hash.ts';
import { WordClass, type TokenContext } from './context.ts';

/** A cue and the window of tokens its roles are looked for in. */
export interface RoleFrame {
  /** Window `[from, to)` in token indices. */
  from: number;
  to: number;
  /** Cue `[cs, ce)` in token indices. */
  cs: number;
  ce: number;
  /** Hash of the cue's lemmas, and of its last lemma. */
  cueKey: number;
  cueHead: number;
  /** Prefix counts over the window (index `i - from`, length `to - from + 1`). */
  commas: Int32Array;
  quotes: Int32Array;
  verbs: Int32Array;
}

const EDGE = 0x5bd1e995;

/** Feature template ids, in the order `roleFeatures` writes them. */
const TEMPLATES = [102, 103, 104, 106, 107, 108, 109, 110, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 127, 129, 130, 131, 133, 134];
/** `mixSeed(template, side)` for side 0, 1, 2: the first hash round of every feature, done once. */
const seeds = new Int32Array(TEMPLATES.length * 3);
for (let side = 0; side < 3; side++) {
  TEMPLATES.forEach((t, j) => (seeds[side * TEMPLATES.length + j] = mixSeed(t, side)));
}

/** Builds the frame for cue `[cs, ce)`, window `[from, to)`. */
export function makeFrame(ctx: TokenContext, from: number, to: number, cs: number, ce: number): RoleFrame {
  const len = to - from;
  const commas = new Int32Array(len + 1);
  const quotes = new Int32Array(len + 1);
  const verbs = new Int32Array(len + 1);
  for (let j = 0; j < len; j++) {
    const c = ctx.cls[from + j] as number;
    const inCue = from + j >= cs && from + j < ce;
    commas[j + 1] = (commas[j] as number) + (c === WordClass.Comma || c === WordClass.Dash || c === WordClass.Colon ? 1 : 0);
    quotes[j + 1] = (quotes[j] as number) + (c === WordClass.OpenQuote || c === WordClass.CloseQuote ? 1 : 0);
    verbs[j + 1] = (verbs[j] as number) + (c === WordClass.SpeechVerb && !inCue ? 1 : 0);
  }
  let cueKey = 0x1234567;
  for (let j = cs; j < ce; j++) cueKey = mix(99, cueKey, ctx.lemma[j] as number);
  return { from, to, cs, ce, cueKey, cueHead: ctx.lemma[ce - 1] as number, commas, quotes, verbs };
}

function distBin(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  if (d <= 15) return 7;
  if (d <= 25) return 8;
  if (d <= 40) return 9;
  return 10;
}

function countBin(c: number): number {
  return c > 2 ? 3 : c;
}

function at32(xs: Int32Array, a: number, b: number, j: number): number {
  return j >= a && j < b ? (xs[j] as number) : EDGE;
}

function at8(xs: Uint8Array, a: number, b: number, j: number): number {
  return j >= a && j < b ? (xs[j] as number) : 255;
}

/** Appends role features of token `i` to `out` at `at`; returns the new end. */
export function roleFeatures(ctx: TokenContext, f: RoleFrame, i: number, out: Int32Array, at: number): number {
  const { from, to, cs, ce } = f;
  const w = ctx.word;
  const C = ctx.cls;
  const side = i < cs ? 0 : i >= ce ? 2 : 1;
  const d = side === 0 ? cs - i : side === 2 ? i - ce + 1 : 0;
  const db = distBin(d);
  const sd = Math.max(-2, Math.min(2, (ctx.sent[i] as number) - (ctx.sent[side === 0 ? cs : ce - 1] as number)));
  const lo = side === 0 ? i - from : ce - from;
  const hi = side === 0 ? cs - from : i - from;
  const commas = countBin((f.commas[hi] as number) - (f.commas[lo] as number));
  const quotes = countBin((f.quotes[hi] as number) - (f.quotes[lo] as number));
  const verbs = countBin((f.verbs[hi] as number) - (f.verbs[lo] as number));
  const q = ctx.inQuote[i] as number;
  const ci = C[i] as number;
  const wi = w[i] as number;
  const s = ctx.sentences[ctx.sent[i] as number];
  const sentPos = s === undefined ? 0 : i === s.first ? 1 : i === s.last - 1 ? 2 : 0;
  const afterCue = at32(w, from, to, ce);
  const beforeCue = at8(C, from, to, cs - 1);
  const near = d <= 3 ? 1 : 0;
  let k = at;
  const o = side * TEMPLATES.length;
  out[k++] = mixRest(seeds[o + 0] as number, db, 0, 0);
  out[k++] = mixRest(seeds[o + 1] as number, db, ci, 0);
  out[k++] = mixRest(seeds[o + 2] as number, wi, 0, 0);
  out[k++] = mixRest(seeds[o + 3] as number, sd, q, 0);
  out[k++] = mixRest(seeds[o + 4] as number, ci, at8(C, from, to, i - 1), 0);
  out[k++] = mixRest(seeds[o + 5] as number, ci, at8(C, from, to, i + 1), 0);
  out[k++] = mixRest(seeds[o + 6] as number, wi, near ? db : 99, 0);
  out[k++] = mixRest(seeds[o + 7] as number, f.cueKey, db, 0);
  out[k++] = mixRest(seeds[o + 8] as number, afterCue, db, 0);
  out[k++] = mixRest(seeds[o + 9] as number, beforeCue, db, 0);
  out[k++] = mixRest(seeds[o + 10] as number, commas, ci, 0);
  out[k++] = mixRest(seeds[o + 11] as number, quotes, q, 0);
  out[k++] = mixRest(seeds[o + 12] as number, verbs, sd, 0);
  out[k++] = mixRest(seeds[o + 13] as number, at32(w, from, to, i - 1), wi, 0);
  out[k++] = mixRest(seeds[o + 14] as number, wi, at32(w, from, to, i + 1), 0);
  out[k++] = mixRest(seeds[o + 15] as number, ctx.quoteRole[i] as number, near ? db : 99, 0);
  out[k++] = mixRest(seeds[o + 16] as number, sentPos, ci, 0);
  out[k++] = mixRest(seeds[o + 17] as number, f.cueHead, near ? wi : 0, 0);
  out[k++] = mixRest(seeds[o + 18] as number, commas, quotes, sd);
  out[k++] = mixRest(seeds[o + 19] as number, sentPos, at8(C, from, to, i + 1), q);
  out[k++] = mixRest(seeds[o + 20] as number, db, q, quotes);
  out[k++] = mixRest(seeds[o + 21] as number, f.cueHead, db, ci);
  // How far the sentence (and the paragraph) still runs: spans tend to stop at its end.
  const toEnd = s === undefined ? 0 : distBin(s.last - i);
  out[k++] = mixRest(seeds[o + 22] as number, toEnd, ci, 0);
  out[k++] = mixRest(seeds[o + 23] as number, toEnd, sd, q);
  out[k++] = mixRest(seeds[o + 24] as number, ci, at8(C, from, to, i + 1), at8(C, from, to, i + 2));
  return k;
}

/** Upper bound on the number of features `roleFeatures` writes per token. */
export const ROLE_FEATURES_PER_TOKEN = 40;
