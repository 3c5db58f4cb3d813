/**
 * Both tagging passes of a document with the shipped weights, giving exactly the tags of the
 * reference loop (tagger.ts, which the trainer uses) but with far fewer weight look-ups:
 *
 * - features that do not depend on earlier tags are hashed and looked up once, in pass 1, which
 *   also collects their pass-2 weights (pair-table.ts) for pass 2 to start from;
 * - the word's own features ("Such", its affixes, shape, gazetteer bits), and those of each
 *   neighbour on its own, are summed once per distinct word and kept across documents
 *   (group-sums.ts), with a per-document index by word id in front;
 * - groups that depend only on a few small values (previous tags, history bits, the first pass's
 *   verdicts, shape at a position, shape with the previous tag) come from a memo kept with the
 *   model (tag-memo.ts);
 * - scores are exact sums of the int8 weights, so the argmax is the reference one;
 * - per-word memory (what was said of a word earlier) is a typed array indexed by word id.
 *
 * Only capitalised words and tokens continuing an open entity are scored; every other token is O.
 */
import type { SentenceRange } from '../tokenize.ts';
import { type DocView, F_CANDIDATE } from './doc-view.ts';
import {
  positionKey,
  pairFeatures,
  docTuple,
  MAX_FEATURES,
} from './features.ts';
import { NUM_TAGS, O, B, I, L, U, ALLOWED, CAN_END, tagPart, tagType, PER } from './tags.ts';
import type { PairTable } from './pair-table.ts';
import { buildDocLevel, type DocLevel } from './doc-level.ts';
import { H_PER_FIRST, H_PER_INNER, H_PER_LAST } from './tagger.ts';
import { work } from './work-meter.ts';
import { RowStore } from './row-store.ts';
import { type Memo, memoOf } from './tag-memo.ts';
import { GroupSums, groupSumsOf, WORD, LEFT, LEFT2, RIGHT, RIGHT2 } from './group-sums.ts';

export interface TwoPass {
  first: Uint8Array;
  tags: Uint8Array;
}

/**
 * Where a cached sum of one group of features lives, by key: (offset + 1, check1, check2) side
 * by side, so a look-up reads one cache line; 0 = not yet, so a new index needs no filling.
 */
type SumIndex = Int32Array;

/** Per-document scratch shared by both passes. */
class Work {
  readonly feats = new Int32Array(MAX_FEATURES);
  readonly scores = new Int32Array(NUM_TAGS);
  /** Sums (both passes, ROW wide) of feature groups, kept across documents. */
  readonly sums: GroupSums;
  /** `sums.epoch` the offsets in `index` belong to. */
  private epoch: number;
  /** WORD by word id, the neighbours by word id (`types` = none). */
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
    this.sums = groupSumsOf(table);
    this.sums.startDocument();
    this.epoch = this.sums.epoch;
    const ids = v.types + 1;
    // Five indexes in one buffer: one allocation per document, not five.
    const buf = new ArrayBuffer(4 * 3 * (v.types + 4 * ids));
    this.index = [new Int32Array(buf, 0, 3 * v.types)];
    for (let g = 0; g < 4; g++) this.index.push(new Int32Array(buf, 4 * 3 * (v.types + g * ids), 3 * ids));
    this.staticRow = new Int32Array(v.n).fill(-1);
  }

  /**
   * Offset in `sums.data` of the summed weights of feature group `group` for token `u` (-1: the
   * sentence boundary): looked up by word id in this document, then in the sums kept across
   * documents (group-sums.ts), computed only when new to both.
   */
  sumOf(group: number, u: number): number {
    const v = this.v;
    if (this.epoch !== this.sums.epoch) this.forgetSums();
    const idx = this.index[group] as SumIndex;
    const key = u < 0 ? v.types : (v.word[u] as number);
    const c1 = u < 0 || group === LEFT2 || group === RIGHT2 ? 0 : (v.shape[u] as number);
    const c2 = group === WORD ? (v.exact[u] as number) : 0;
    const k = 3 * key;
    const at = idx[k] as number;
    if (at > 0 && idx[k + 1] === c1 && idx[k + 2] === c2) return at - 1;
    const base = this.sums.sum(group, v, u);
    idx[k] = base + 1;
    idx[k + 1] = c1;
    idx[k + 2] = c2;
    return base;
  }

  /** The kept sums started over while this document was paused: its offsets are gone. */
  private forgetSums(): void {
    for (const idx of this.index) idx.fill(0);
    this.epoch = this.sums.epoch;
  }

  /** Sums of the cached groups of token `t`, both passes, into `s` (pass 1) and `s2` at `o2`. */
  private groups(t: number, s: Int32Array, from: number, s2: Int32Array | null, o2: number): void {
    const v = this.v;
    const first = v.sentFirst[t] as number;
    const last = v.sentLast[t] as number;
    const a = this.sumOf(WORD, t);
    const b = this.sumOf(LEFT, t - 1 >= first ? t - 1 : -1);
    const c = this.sumOf(LEFT2, t - 2 >= first ? t - 2 : -1);
    const d = this.sumOf(RIGHT, t + 1 < last ? t + 1 : -1);
    const e = this.sumOf(RIGHT2, t + 2 < last ? t + 2 : -1);
    const p = this.memo.posSum(v.shape[t] as number, positionKey(v, t));
    const y = this.memo.posStore.data;
    const x = this.sums.data;
    for (let j = 0; j < NUM_TAGS; j++) {
      const i = from + j;
      s[j] = (x[a + i] as number) + (y[p + i] as number) + (x[b + i] as number) + (x[c + i] as number) + (x[d + i] as number) + (x[e + i] as number);
    }
    if (s2) {
      for (let j = 0; j < NUM_TAGS; j++) {
        const i = NUM_TAGS + j;
        s2[o2 + j] = (x[a + i] as number) + (y[p + i] as number) + (x[b + i] as number) + (x[c + i] as number) + (x[d + i] as number) + (x[e + i] as number);
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
    const st = memo.shapeTagSum(prev, v.shape[t] as number);
    wk.addRow(memo.shapeStore.data, st, half);
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
