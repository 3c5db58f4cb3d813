/**
 * Feature extraction for the person/entity tagger. Each feature is a 32-bit key mixing a
 * template id with hashed values (see hash.ts); keys are written into a caller-owned buffer, so
 * tagging a document allocates nothing per token. The features come in groups by what they
 * depend on (the word, its position, each neighbour, the previous tags, the first pass); the
 * trainer takes their sum (`extractFeatures`), the shipped fast tagger (fast-tagger.ts) computes
 * each group once and reuses it. Both call these same functions, so the model always sees the
 * same features.
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
 * The features come in four groups (see below) so the fast tagger (fast-tagger.ts) can compute
 * each group once and share it; this function is their sum, used for training.
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
  let k = wordFeatures(v, t, out, 0);
  k = contextFeatures(v, t, out, k);
  k = prevFeatures(v, t, prev, prev2, hist, out, k);
  if (doc) {
    k = docFeatures(v, t, doc, out, k);
    out[k++] = docPrevFeature(doc, t, prev);
  }
  return k;
}

/** Features of the word itself (same for every occurrence written the same way). */
export function wordFeatures(v: DocView, t: number, out: Int32Array, k: number): number {
  const cas = v.casing[t] as number;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, v.lower[t] as number);
  out[k++] = mix(3, v.exact[t] as number);
  out[k++] = mix(4, v.shape[t] as number);
  out[k++] = mix(5, v.pre2[t] as number);
  out[k++] = mix(6, v.pre3[t] as number);
  out[k++] = mix(7, v.suf2[t] as number);
  out[k++] = mix(8, v.suf3[t] as number);
  out[k++] = mix(9, v.suf4[t] as number);
  const g0 = v.gaz[t] as number;
  if (g0 !== 0) {
    for (let b = 0; b < GAZ_BITS; b++) if (g0 & (1 << b)) out[k++] = mix(28, b);
    out[k++] = mix(36, g0 & 0x1ff, cas);
  }
  return k;
}

/**
 * Features of the word in its sentence and document that do not depend on earlier tags: its
 * place in the sentence (`positionFeatures`), each neighbour on its own (`leftFeatures` ...,
 * the same wherever that neighbour word stands, so the fast tagger sums them once per word) and
 * the word together with its neighbours (`pairFeatures`).
 */
export function contextFeatures(v: DocView, t: number, out: Int32Array, k: number): number {
  const first = v.sentFirst[t] as number;
  const last = v.sentLast[t] as number;
  k = positionFeatures(v, t, out, k);
  k = leftFeatures(v, t - 1 >= first ? t - 1 : -1, out, k);
  k = left2Features(v, t - 2 >= first ? t - 2 : -1, out, k);
  k = rightFeatures(v, t + 1 < last ? t + 1 : -1, out, k);
  k = right2Features(v, t + 2 < last ? t + 2 : -1, out, k);
  return pairFeatures(v, t, out, k);
}

/** Position class of token `t` (sentence-initial, ALL-CAPS line, Title Case line). */
export function positionOf(v: DocView, t: number): number {
  return posClass(v.flags[t] as number);
}

/** The word's own form and document casing together with its position class. */
export function positionFeatures(v: DocView, t: number, out: Int32Array, k: number): number {
  return positionKeyFeatures(v.shape[t] as number, positionKey(v, t), out, k);
}

/**
 * Everything `positionFeatures` reads of token `t` besides its shape, in 11 bits: position
 * class, document casing bits, casing bucket, and for ALL-CAPS words a length bucket.
 */
export function positionKey(v: DocView, t: number): number {
  const f0 = v.flags[t] as number;
  const len = v.len[t] as number;
  const caps = f0 & F_ALL_CAPS ? 1 + (len <= 3 ? 0 : len <= 5 ? 1 : 2) : 0;
  return posClass(f0) | (docBits(f0) << 3) | ((v.casing[t] as number) << 6) | (caps << 9);
}

/** `positionFeatures` from the word's shape and its `positionKey`. */
export function positionKeyFeatures(s0: number, key: number, out: Int32Array, k: number): number {
  const pc = key & 7;
  const db = (key >> 3) & 7;
  const cas = (key >> 6) & 7;
  const caps = key >> 9;
  out[k++] = mix(24, pc, s0);
  out[k++] = mix(25, pc, db);
  out[k++] = mix(26, pc, cas);
  out[k++] = mix(27, pc, cas, db);
  if (caps !== 0) out[k++] = mix(33, caps - 1, pc);
  return k;
}

/** The previous token `u` on its own (-1: sentence start). */
export function leftFeatures(v: DocView, u: number, out: Int32Array, k: number): number {
  out[k++] = mix(10, u >= 0 ? (v.lower[u] as number) : BOS);
  out[k++] = mix(14, u >= 0 ? (v.shape[u] as number) : BOS);
  const g = u >= 0 ? (v.gaz[u] as number) : 0;
  if (g !== 0) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out[k++] = mix(29, b);
  return k;
}

/** The token two before (-1: none in the sentence). */
export function left2Features(v: DocView, u: number, out: Int32Array, k: number): number {
  out[k++] = mix(12, u >= 0 ? (v.lower[u] as number) : BOS);
  return k;
}

/** The next token `u` on its own (-1: sentence end). */
export function rightFeatures(v: DocView, u: number, out: Int32Array, k: number): number {
  out[k++] = mix(11, u >= 0 ? (v.lower[u] as number) : EOS);
  out[k++] = mix(15, u >= 0 ? (v.shape[u] as number) : EOS);
  const g = u >= 0 ? (v.gaz[u] as number) : 0;
  if (g !== 0) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out[k++] = mix(30, b);
  return k;
}

/** The token two after (-1: none in the sentence). */
export function right2Features(v: DocView, u: number, out: Int32Array, k: number): number {
  out[k++] = mix(13, u >= 0 ? (v.lower[u] as number) : EOS);
  return k;
}

/**
 * The word's shape together with its neighbours. (Word bigrams, templates 18 and 19, and the
 * previous tag with the word, 22, were dropped: a quarter of all weight rows and three cold
 * look-ups per token, for no change in CoNLL dev PER F1.)
 */
export function pairFeatures(v: DocView, t: number, out: Int32Array, k: number): number {
  const first = v.sentFirst[t] as number;
  const last = v.sentLast[t] as number;
  const s0 = v.shape[t] as number;
  const hasPrev = t - 1 >= first;
  const hasNext = t + 1 < last;
  const wm1 = hasPrev ? (v.lower[t - 1] as number) : BOS;
  const wp1 = hasNext ? (v.lower[t + 1] as number) : EOS;
  const sm1 = hasPrev ? (v.shape[t - 1] as number) : BOS;
  const sp1 = hasNext ? (v.shape[t + 1] as number) : EOS;
  out[k++] = mix(16, sm1, s0);
  out[k++] = mix(17, s0, sp1);
  out[k++] = mix(34, wm1, s0);
  out[k++] = mix(35, wp1, s0);
  // Neighbours' casing: "said Such" vs "such as".
  const cm1 = hasPrev && (v.flags[t - 1] as number) & F_WORD ? (v.casing[t - 1] as number) : 7;
  const cp1 = hasNext && (v.flags[t + 1] as number) & F_WORD ? (v.casing[t + 1] as number) : 7;
  out[k++] = mix(37, cm1, cp1, s0);
  return k;
}

/** Features of the tags just given (`prev`, `prev2`) and of what was said of the word before. */
export function prevFeatures(v: DocView, t: number, prev: number, prev2: number, hist: number, out: Int32Array, k: number): number {
  k = tagFeatures(prev, prev2, out, k);
  out[k++] = shapeTagFeature(prev, v.shape[t] as number);
  return histFeatures(hist, prev, out, k);
}

/** The previous two tags. */
export function tagFeatures(prev: number, prev2: number, out: Int32Array, k: number): number {
  out[k++] = mix(20, prev);
  out[k++] = mix(21, prev, prev2);
  return k;
}

/** The previous tag with the word's shape. */
export function shapeTagFeature(prev: number, shape: number): number {
  return mix(23, prev, shape);
}

/** What the tagger said of this word earlier in the document (`hist`), with the previous tag. */
export function histFeatures(hist: number, prev: number, out: Int32Array, k: number): number {
  if (hist !== 0) {
    for (let b = 0; b < HIST_BITS; b++) if (hist & (1 << b)) out[k++] = mix(31, b);
    out[k++] = mix(32, hist, prev);
  }
  return k;
}

/**
 * Second pass: what the first pass said here and about the word's other occurrences, as one
 * small tuple (see `docTupleFeatures`) packed into 31 bits.
 */
export function docTuple(v: DocView, t: number, doc: DocLevel): number {
  const first = v.sentFirst[t] as number;
  const last = v.sentLast[t] as number;
  const pm1 = t - 1 >= first ? (doc.first[t - 1] as number) : NONE;
  const pp1 = t + 1 < last ? (doc.first[t + 1] as number) : NONE;
  const pc = posClass(v.flags[t] as number);
  return (doc.first[t] as number) | (pm1 << 5) | (pp1 << 10) | (pc << 15) | ((doc.bits[t] as number) << 18);
}

/** "No token" for the first-pass tag of a neighbour beyond the sentence (packs in 5 bits). */
const NONE = 31;

export function docFeatures(v: DocView, t: number, doc: DocLevel, out: Int32Array, k: number): number {
  return docTupleFeatures(docTuple(v, t, doc), out, k);
}

/** Features of a packed `docTuple`. */
export function docTupleFeatures(tuple: number, out: Int32Array, k: number): number {
  const p1 = tuple & 31;
  const pm1 = (tuple >> 5) & 31;
  const pp1 = (tuple >> 10) & 31;
  const pc = (tuple >> 15) & 7;
  const bits = tuple >>> 18;
  out[k++] = mix(40, p1);
  out[k++] = mix(41, pm1 === NONE ? 99 : pm1, pp1 === NONE ? 99 : pp1);
  out[k++] = mix(42, p1, pc);
  out[k++] = mix(43, bits >> 10, p1);
  for (let b = 0; b < 10; b++) if (bits & (1 << b)) out[k++] = mix(44, b);
  out[k++] = mix(45, bits & 0x3ff);
  return k;
}

/** Second pass: the first pass's tag here together with the previous tag. */
export function docPrevFeature(doc: DocLevel, t: number, prev: number): number {
  return firstPrevFeature(doc.first[t] as number, prev);
}

/** `docPrevFeature` from the first-pass tag `first` itself. */
export function firstPrevFeature(first: number, prev: number): number {
  return mix(46, first, prev);
}
