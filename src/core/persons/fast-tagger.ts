/**
 * Both tagging passes of a document with the shipped weights, giving exactly the tags of the
 * reference loop (tagger.ts, which the trainer uses) but with far fewer weight look-ups:
 *
 * - features that do not depend on earlier tags are hashed and looked up once, in pass 1, which
 *   also collects their pass-2 weights (pair-table.ts) for pass 2 to start from;
 * - the word's own features ("Such", its affixes, shape, gazetteer bits) are summed once per
 *   distinct written word in the document and reused at every occurrence;
 * - per-word memory (what was said of a word earlier) is a typed array indexed by word id.
 *
 * Only capitalised words and tokens continuing an open entity are scored; every other token is O.
 */
import type { SentenceRange } from '../tokenize.ts';
import { type DocView, F_CANDIDATE } from './doc-view.ts';
import {
  wordFeatures,
  positionFeatures,
  positionOf,
  leftFeatures,
  left2Features,
  rightFeatures,
  right2Features,
  pairFeatures,
  tagFeatures,
  shapeTagFeature,
  histFeatures,
  docTuple,
  docTupleFeatures,
  firstPrevFeature,
  MAX_FEATURES,
} from './features.ts';
import { NUM_TAGS, O, B, I, L, U, ALLOWED, CAN_END, tagPart, tagType, PER } from './tags.ts';
import { HIST_BITS } from './features.ts';
import { type PairTable, ROW } from './pair-table.ts';
import { buildDocLevel, type DocLevel } from './doc-level.ts';
import { H_PER_FIRST, H_PER_INNER, H_PER_LAST } from './tagger.ts';
import { work } from './work-meter.ts';

export interface TwoPass {
  first: Uint8Array;
  tags: Uint8Array;
}

/** Growable store of int rows of a fixed width. */
class RowStore {
  data: Int32Array;
  count = 0;
  constructor(readonly width: number) {
    this.data = new Int32Array(64 * width);
  }
  /** Offset of a new zeroed row. */
  add(): number {
    if ((this.count + 1) * this.width > this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    return this.count++ * this.width;
  }
}

/** Where a cached sum of one group of features lives, by key, with two values to confirm it. */
class SumIndex {
  readonly at: Int32Array;
  readonly check1: Int32Array;
  readonly check2: Int32Array;
  constructor(size: number) {
    this.at = new Int32Array(size).fill(-1);
    this.check1 = new Int32Array(size);
    this.check2 = new Int32Array(size);
  }
}

/** Feature groups whose sums are cached per word (see features.ts). */
const SELF = 0;
const LEFT = 1;
const LEFT2 = 2;
const RIGHT = 3;
const RIGHT2 = 4;

/** Position classes (features.ts posClass): 3 bits. */
const POSITIONS = 8;

/** Tags plus "none" (-1), the range of `prev` and `prev2`. */
const TAGS1 = NUM_TAGS + 1;

/**
 * Sums of feature groups that depend only on a few small values (the previous tags, the
 * history bits, the first pass's verdicts around a token), so they are a property of the model:
 * computed once per value and kept as long as the model is.
 */
class Memo {
  readonly feats = new Int32Array(MAX_FEATURES);
  readonly store = new RowStore(ROW);
  /** By (prev + 1) × TAGS1 + (prev2 + 1): tag features. */
  readonly tagPair = new Int32Array(TAGS1 * TAGS1).fill(-1);
  /** By hist × TAGS1 + (prev + 1): history features. */
  readonly histPrev = new Int32Array((1 << HIST_BITS) * TAGS1).fill(-1);
  /** By first-pass tag × TAGS1 + (prev + 1): that tag with the previous one. */
  readonly docPrev = new Int32Array(NUM_TAGS * TAGS1).fill(-1);
  /** By packed `docTuple`: the second pass's document features (bounded; see `docSum`). */
  readonly docs = new Map<number, number>();
  readonly docStore = new RowStore(ROW);

  constructor(readonly table: PairTable) {}

  private sum(store: RowStore, k: number): number {
    const base = store.add();
    const out = store.data;
    const w = this.table.weights;
    for (let i = 0; i < k; i++) {
      const r = this.table.row(this.feats[i] as number);
      if (r < 0) continue;
      for (let j = 0; j < ROW; j++) out[base + j] = (out[base + j] as number) + (w[r + j] as number);
    }
    return base;
  }

  tags(prev: number, prev2: number): number {
    const key = (prev + 1) * TAGS1 + prev2 + 1;
    let at = this.tagPair[key] as number;
    if (at < 0) this.tagPair[key] = at = this.sum(this.store, tagFeatures(prev, prev2, this.feats, 0));
    return at;
  }

  hist(hist: number, prev: number): number {
    const key = hist * TAGS1 + prev + 1;
    let at = this.histPrev[key] as number;
    if (at < 0) this.histPrev[key] = at = this.sum(this.store, histFeatures(hist, prev, this.feats, 0));
    return at;
  }

  docPrevSum(first: number, prev: number): number {
    const key = first * TAGS1 + prev + 1;
    let at = this.docPrev[key] as number;
    if (at < 0) {
      this.feats[0] = firstPrevFeature(first, prev);
      this.docPrev[key] = at = this.sum(this.store, 1);
    }
    return at;
  }

  /** Offset in `docStore.data` of the document features of packed tuple `tuple`. */
  docSum(tuple: number): number {
    let at = this.docs.get(tuple);
    if (at === undefined) {
      if (this.docs.size >= 1 << 16) {
        this.docs.clear();
        this.docStore.count = 0;
        this.docStore.data.fill(0);
      }
      at = this.sum(this.docStore, docTupleFeatures(tuple, this.feats, 0));
      this.docs.set(tuple, at);
    }
    return at;
  }
}

const memos = new WeakMap<PairTable, Memo>();

function memoOf(table: PairTable): Memo {
  let m = memos.get(table);
  if (!m) memos.set(table, (m = new Memo(table)));
  return m;
}

/** Per-document scratch shared by both passes. */
class Work {
  readonly feats = new Int32Array(MAX_FEATURES);
  readonly scores = new Int32Array(NUM_TAGS);
  /** Cached sums (both passes, ROW wide) of feature groups. */
  readonly sums = new RowStore(ROW);
  /** SELF by word id × position class; the neighbour groups by word id (`types` = none). */
  readonly index: SumIndex[];
  /** Per token: offset in `context` of its pass-2 static sum, or -1 (not scored in pass 1). */
  readonly staticRow: Int32Array;
  readonly context = new RowStore(NUM_TAGS);
  readonly memo: Memo;

  constructor(
    readonly v: DocView,
    readonly table: PairTable,
  ) {
    this.memo = memoOf(table);
    const ids = v.types + 1;
    this.index = [new SumIndex(v.types * POSITIONS), new SumIndex(ids), new SumIndex(ids), new SumIndex(ids), new SumIndex(ids)];
    this.staticRow = new Int32Array(v.n).fill(-1);
  }

  /**
   * Offset in `sums.data` of the summed weights of feature group `group` for token `u` (-1: the
   * sentence boundary), computed on first use in the document.
   */
  sumOf(group: number, u: number, pc: number): number {
    const v = this.v;
    const idx = this.index[group] as SumIndex;
    const key = group === SELF ? (v.word[u] as number) * POSITIONS + pc : u < 0 ? v.types : (v.word[u] as number);
    const c1 = u < 0 || group === LEFT2 || group === RIGHT2 ? 0 : (v.shape[u] as number);
    const c2 = group === SELF ? (v.exact[u] as number) : 0;
    const at = idx.at[key] as number;
    if (at >= 0 && idx.check1[key] === c1 && idx.check2[key] === c2) return at;
    let k = 0;
    const f = this.feats;
    if (group === SELF) k = positionFeatures(v, u, f, wordFeatures(v, u, f, 0));
    else if (group === LEFT) k = leftFeatures(v, u, f, 0);
    else if (group === LEFT2) k = left2Features(v, u, f, 0);
    else if (group === RIGHT) k = rightFeatures(v, u, f, 0);
    else k = right2Features(v, u, f, 0);
    const base = this.sums.add();
    const out = this.sums.data;
    const w = this.table.weights;
    for (let i = 0; i < k; i++) {
      const r = this.table.row(f[i] as number);
      if (r < 0) continue;
      for (let j = 0; j < ROW; j++) out[base + j] = (out[base + j] as number) + (w[r + j] as number);
    }
    idx.at[key] = base;
    idx.check1[key] = c1;
    idx.check2[key] = c2;
    return base;
  }

  /** Sums of the cached groups of token `t`, both passes, into `s` (pass 1) and `s2` at `o2`. */
  private groups(t: number, s: Int32Array, from: number, s2: Int32Array | null, o2: number): void {
    const v = this.v;
    const first = v.sentFirst[t] as number;
    const last = v.sentLast[t] as number;
    const a = this.sumOf(SELF, t, positionOf(v, t));
    const b = this.sumOf(LEFT, t - 1 >= first ? t - 1 : -1, 0);
    const c = this.sumOf(LEFT2, t - 2 >= first ? t - 2 : -1, 0);
    const d = this.sumOf(RIGHT, t + 1 < last ? t + 1 : -1, 0);
    const e = this.sumOf(RIGHT2, t + 2 < last ? t + 2 : -1, 0);
    const x = this.sums.data;
    for (let j = 0; j < NUM_TAGS; j++) {
      const i = from + j;
      s[j] = (x[a + i] as number) + (x[b + i] as number) + (x[c + i] as number) + (x[d + i] as number) + (x[e + i] as number);
    }
    if (s2) {
      for (let j = 0; j < NUM_TAGS; j++) {
        const i = NUM_TAGS + j;
        s2[o2 + j] = (x[a + i] as number) + (x[b + i] as number) + (x[c + i] as number) + (x[d + i] as number) + (x[e + i] as number);
      }
    }
  }

  /**
   * Pass 1: scores of the tag-independent features into `scores`, and their pass-2 sums stored
   * for token `t`.
   */
  staticPass1(t: number): void {
    const s = this.scores;
    const c = this.context.add();
    this.staticRow[t] = c;
    const ctx = this.context.data;
    this.groups(t, s, 0, ctx, c);
    const w = this.table.weights;
    const k = pairFeatures(this.v, t, this.feats, 0);
    for (let i = 0; i < k; i++) {
      const r = this.table.row(this.feats[i] as number);
      if (r < 0) continue;
      for (let j = 0; j < NUM_TAGS; j++) {
        s[j] = (s[j] as number) + (w[r + j] as number);
        ctx[c + j] = (ctx[c + j] as number) + (w[r + NUM_TAGS + j] as number);
      }
    }
  }

  /** Pass 2: the tag-independent scores, from pass 1's sums or computed now. */
  staticPass2(t: number): void {
    const s = this.scores;
    const c = this.staticRow[t] as number;
    if (c >= 0) {
      const ctx = this.context.data;
      for (let j = 0; j < NUM_TAGS; j++) s[j] = ctx[c + j] as number;
      return;
    }
    this.groups(t, s, NUM_TAGS, null, 0);
    this.add(pairFeatures(this.v, t, this.feats, 0), NUM_TAGS);
  }

  /** Adds row `at` of `data` (its pass at `half`) to `scores`. */
  addRow(data: Int32Array, at: number, half: number): void {
    const s = this.scores;
    const base = at + half;
    for (let j = 0; j < NUM_TAGS; j++) s[j] = (s[j] as number) + (data[base + j] as number);
  }

  /** Adds the weights (pass 1 at `half` 0, pass 2 at NUM_TAGS) of `feats[0..k)` to `scores`. */
  add(k: number, half: number): void {
    const s = this.scores;
    const w = this.table.weights;
    for (let i = 0; i < k; i++) {
      const r = this.table.row(this.feats[i] as number);
      if (r < 0) continue;
      const base = r + half;
      for (let j = 0; j < NUM_TAGS; j++) s[j] = (s[j] as number) + (w[base + j] as number);
    }
  }
}

function remember(v: DocView, hist: Uint8Array, first: number, last: number, type: number): void {
  for (let t = first; t <= last; t++) {
    const id = v.word[t] as number;
    let bits = (hist[id] as number) | (1 << type);
    if (type === PER && last > first) {
      if (t === last) bits |= H_PER_LAST;
      else if (t === first) bits |= H_PER_FIRST;
      else bits |= H_PER_INNER;
    }
    hist[id] = bits;
  }
}

/** One pass over one sentence; `doc` null for pass 1. */
function tagSentence(wk: Work, first: number, last: number, hist: Uint8Array, tags: Uint8Array, doc: DocLevel | null): void {
  const v = wk.v;
  const flags = v.flags;
  const scores = wk.scores;
  const half = doc ? NUM_TAGS : 0;
  let entityStart = -1;
  work.steps += last - first;
  for (let t = first; t < last; t++) {
    const prev = t > first ? (tags[t - 1] as number) : -1;
    const pp = prev < 0 ? O : tagPart(prev);
    if (pp !== B && pp !== I && !((flags[t] as number) & F_CANDIDATE)) {
      tags[t] = O;
      continue;
    }
    const prev2 = t > first + 1 ? (tags[t - 2] as number) : -1;
    const id = v.word[t] as number;
    const memo = wk.memo;
    if (doc) {
      wk.staticPass2(t);
      const d = memo.docSum(docTuple(v, t, doc));
      wk.addRow(memo.docStore.data, d, half);
      const dp = memo.docPrevSum(doc.first[t] as number, prev);
      wk.addRow(memo.store.data, dp, half);
    } else {
      wk.staticPass1(t);
    }
    // Offsets first: computing a sum may grow (reallocate) the store.
    const tp = memo.tags(prev, prev2);
    wk.addRow(memo.store.data, tp, half);
    const h = hist[id] as number;
    if (h !== 0) {
      const hp = memo.hist(h, prev);
      wk.addRow(memo.store.data, hp, half);
    }
    wk.feats[0] = shapeTagFeature(prev, v.shape[t] as number);
    wk.add(1, half);
    const isLast = t === last - 1;
    let best = -1;
    let bestScore = -Infinity;
    const row = (prev + 1) * NUM_TAGS;
    for (let j = 0; j < NUM_TAGS; j++) {
      if (ALLOWED[row + j] === 0 || (isLast && CAN_END[j] === 0)) continue;
      const s = scores[j] as number;
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    }
    tags[t] = best;
    const part = tagPart(best);
    if (part === B) entityStart = t;
    else if (part === U) remember(v, hist, t, t, tagType(best));
    else if (part === L) remember(v, hist, entityStart < 0 ? t : entityStart, t, tagType(best));
  }
}

/**
 * Tags a document in two passes, yielding the fraction done every `every` sentences.
 * Returns the first pass's tags (the rules read them as document evidence) and the final tags.
 */
export function* tagTwoPass(
  v: DocView,
  sentences: SentenceRange[],
  table: PairTable,
  every = 200,
): Generator<number, TwoPass, void> {
  const wk = new Work(v, table);
  const first = new Uint8Array(v.n);
  let hist = new Uint8Array(v.types);
  const total = 2 * sentences.length;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as SentenceRange;
    tagSentence(wk, s.first, s.last, hist, first, null);
    if ((i + 1) % every === 0) yield (i + 1) / total;
  }
  const doc = buildDocLevel(v, first);
  const tags = new Uint8Array(v.n);
  hist = new Uint8Array(v.types);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as SentenceRange;
    tagSentence(wk, s.first, s.last, hist, tags, doc);
    if ((i + 1) % every === 0) yield (sentences.length + i + 1) / total;
  }
  return { first, tags };
}
