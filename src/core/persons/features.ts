/**
 * Feature extraction for the person/entity tagger. Each feature is a 32-bit key mixing a
 * template id with hashed values (see hash.ts); keys are written into a caller-owned buffer, so
 * tagging a document allocates nothing per token. Training and tagging share this function, so
 * the model always sees the same features.
 */
import { mix } from './hash.ts';
import {
  type DocView,
  F_SENT_INITIAL,
  F_CAPS_LINE,
  F_TITLE_LINE,
  F_DOC_LOWER,
  F_DOC_CAP_MID,
  F_DOC_CAPS,
  F_ALL_CAPS,
  F_WORD,
} from './doc-view.ts';
import { GAZ_BITS } from './lexicon.ts';
import type { DocLevel } from './doc-level.ts';

/** Upper bound on the number of features of one token. */
export const MAX_FEATURES = 128;

const BOS = 0x5b05;
const EOS = 0xe05;

/** Bits of the per-document prediction history (see tagger.ts). */
export const HIST_BITS = 7;

function posClass(f: number): number {
  return (f & F_SENT_INITIAL ? 1 : 0) | (f & F_CAPS_LINE ? 2 : 0) | (f & F_TITLE_LINE ? 4 : 0);
}

function docBits(f: number): number {
  return (f & F_DOC_LOWER ? 1 : 0) | (f & F_DOC_CAP_MID ? 2 : 0) | (f & F_DOC_CAPS ? 4 : 0);
}

/**
 * Writes the features of token `t` into `out` and returns how many there are.
 * `prev`/`prev2` are the tags of the two previous tokens (-1 before the sentence start);
 * `hist` is what the tagger has already said about this word earlier in the document.
 */
export function extractFeatures(
  v: DocView,
  t: number,
  prev: number,
  prev2: number,
  hist: number,
  out: Int32Array,
  doc: DocLevel | null = null,
): number {
  let k = 0;
  const first = v.sentFirst[t] as number;
  const last = v.sentLast[t] as number;
  const w0 = v.lower[t] as number;
  const s0 = v.shape[t] as number;
  const f0 = v.flags[t] as number;
  const wm1 = t - 1 >= first ? (v.lower[t - 1] as number) : BOS;
  const wm2 = t - 2 >= first ? (v.lower[t - 2] as number) : BOS;
  const wp1 = t + 1 < last ? (v.lower[t + 1] as number) : EOS;
  const wp2 = t + 2 < last ? (v.lower[t + 2] as number) : EOS;
  const sm1 = t - 1 >= first ? (v.shape[t - 1] as number) : BOS;
  const sp1 = t + 1 < last ? (v.shape[t + 1] as number) : EOS;
  const pc = posClass(f0);
  const db = docBits(f0);
  const cas = v.casing[t] as number;

  out[k++] = mix(1, 0);
  out[k++] = mix(2, w0);
  out[k++] = mix(3, v.exact[t] as number);
  out[k++] = mix(4, s0);
  out[k++] = mix(5, v.pre2[t] as number);
  out[k++] = mix(6, v.pre3[t] as number);
  out[k++] = mix(7, v.suf2[t] as number);
  out[k++] = mix(8, v.suf3[t] as number);
  out[k++] = mix(9, v.suf4[t] as number);
  out[k++] = mix(10, wm1);
  out[k++] = mix(11, wp1);
  out[k++] = mix(12, wm2);
  out[k++] = mix(13, wp2);
  out[k++] = mix(14, sm1);
  out[k++] = mix(15, sp1);
  out[k++] = mix(16, sm1, s0);
  out[k++] = mix(17, s0, sp1);
  out[k++] = mix(18, wm1, w0);
  out[k++] = mix(19, w0, wp1);
  out[k++] = mix(20, prev);
  out[k++] = mix(21, prev, prev2);
  out[k++] = mix(22, prev, w0);
  out[k++] = mix(23, prev, s0);
  out[k++] = mix(24, pc, s0);
  out[k++] = mix(25, pc, db);
  out[k++] = mix(26, pc, cas);
  out[k++] = mix(27, pc, cas, db);
  out[k++] = mix(34, wm1, s0);
  out[k++] = mix(35, wp1, s0);
  if (f0 & F_ALL_CAPS) {
    const len = v.len[t] as number;
    out[k++] = mix(33, len <= 3 ? 0 : len <= 5 ? 1 : 2, pc);
  }
  const g0 = v.gaz[t] as number;
  const gm1 = t - 1 >= first ? (v.gaz[t - 1] as number) : 0;
  const gp1 = t + 1 < last ? (v.gaz[t + 1] as number) : 0;
  for (let b = 0; b < GAZ_BITS; b++) {
    const bit = 1 << b;
    if (g0 & bit) out[k++] = mix(28, b);
    if (gm1 & bit) out[k++] = mix(29, b);
    if (gp1 & bit) out[k++] = mix(30, b);
  }
  if (g0 !== 0) out[k++] = mix(36, g0 & 0x1ff, cas);
  for (let b = 0; b < HIST_BITS; b++) if (hist & (1 << b)) out[k++] = mix(31, b);
  if (hist !== 0) out[k++] = mix(32, hist, prev);
  // Neighbours' casing: "said Such" vs "such as".
  const cm1 = t - 1 >= first && (v.flags[t - 1] as number) & F_WORD ? (v.casing[t - 1] as number) : 7;
  const cp1 = t + 1 < last && (v.flags[t + 1] as number) & F_WORD ? (v.casing[t + 1] as number) : 7;
  out[k++] = mix(37, cm1, cp1, s0);
  if (doc) {
    const p1 = doc.first[t] as number;
    const pm1 = t - 1 >= first ? (doc.first[t - 1] as number) : 99;
    const pp1 = t + 1 < last ? (doc.first[t + 1] as number) : 99;
    const bits = doc.bits[t] as number;
    out[k++] = mix(40, p1);
    out[k++] = mix(41, pm1, pp1);
    out[k++] = mix(42, p1, pc);
    out[k++] = mix(43, bits >> 10, p1);
    for (let b = 0; b < 10; b++) if (bits & (1 << b)) out[k++] = mix(44, b);
    out[k++] = mix(45, bits & 0x3ff);
    out[k++] = mix(46, p1, prev);
  }
  return k;
}
