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
import { wordFeatures, contextFeatures, prevFeatures, docFeatures, docPrevFeature, MAX_FEATURES } from './features.ts';
import { NUM_TAGS, O, B, I, L, U, ALLOWED, CAN_END, tagPart, tagType, PER } from './tags.ts';
import { type PairTable, ROW } from './pair-table.ts';
import { buildDocLevel, type DocLevel } from './doc-level.ts';
import { H_PER_FIRST, H_PER_INNER, H_PER_LAST } from './tagger.ts';
import { work } from './work-meter.ts';

export interface TwoPass {
  first: Uint8Array;
  tags: Uint8Array;
}

/** Growable store of NUM_TAGS-wide int rows. */
class RowStore {
  data = new Int32Array(64 * NUM_TAGS);
  count = 0;
  add(): number {
    if ((this.count + 1) * NUM_TAGS > this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    return this.count++ * NUM_TAGS;
  }
}

/** Per-document scratch shared by both passes. */
class Work {
  readonly feats = new Int32Array(MAX_FEATURES);
  readonly scores = new Int32Array(NUM_TAGS);
  /** Per word id: offset of its summed word features (both passes) in `words`, or -1. */
  readonly wordRow: Int32Array;
  readonly wordExact: Int32Array;
  readonly wordShape: Int32Array;
  words = new Int32Array(64 * ROW);
  wordCount = 0;
  /** Per token: offset in `context` of its pass-2 static sum, or -1 (not scored in pass 1). */
  readonly staticRow: Int32Array;
  readonly context = new RowStore();

  constructor(readonly v: DocView, readonly table: PairTable) {
    this.wordRow = new Int32Array(v.types).fill(-1);
    this.wordExact = new Int32Array(v.types);
    this.wordShape = new Int32Array(v.types);
    this.staticRow = new Int32Array(v.n).fill(-1);
  }

  /** Offset in `words` of token `t`'s word-feature sums (pass 1 then pass 2). */
  wordSums(t: number): number {
    const v = this.v;
    const id = v.word[t] as number;
    const at = this.wordRow[id] as number;
    if (at >= 0 && this.wordExact[id] === v.exact[t] && this.wordShape[id] === v.shape[t]) return at;
    if ((this.wordCount + 1) * ROW > this.words.length) {
      const d = new Int32Array(this.words.length * 2);
      d.set(this.words);
      this.words = d;
    }
    const base = this.wordCount++ * ROW;
    const w = this.table.weights;
    const out = this.words;
    const k = wordFeatures(v, t, this.feats, 0);
    for (let i = 0; i < k; i++) {
      const r = this.table.row(this.feats[i] as number);
      if (r < 0) continue;
      for (let j = 0; j < ROW; j++) out[base + j] = (out[base + j] as number) + (w[r + j] as number);
    }
    this.wordRow[id] = base;
    this.wordExact[id] = v.exact[t] as number;
    this.wordShape[id] = v.shape[t] as number;
    return base;
  }

  /**
   * Pass 1: scores of the tag-independent features into `scores`, and their pass-2 sums stored
   * for token `t`.
   */
  staticPass1(t: number): void {
    const s = this.scores;
    const ws = this.wordSums(t);
    const words = this.words;
    const c = this.context.add();
    this.staticRow[t] = c;
    const ctx = this.context.data;
    for (let j = 0; j < NUM_TAGS; j++) {
      s[j] = words[ws + j] as number;
      ctx[c + j] = words[ws + NUM_TAGS + j] as number;
    }
    const w = this.table.weights;
    const k = contextFeatures(this.v, t, this.feats, 0);
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
    const ws = this.wordSums(t) + NUM_TAGS;
    for (let j = 0; j < NUM_TAGS; j++) s[j] = this.words[ws + j] as number;
    this.add(contextFeatures(this.v, t, this.feats, 0), NUM_TAGS);
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
    if (doc) {
      wk.staticPass2(t);
      let k = docFeatures(v, t, doc, wk.feats, 0);
      wk.feats[k++] = docPrevFeature(doc, t, prev);
      wk.add(k, half);
    } else {
      wk.staticPass1(t);
    }
    wk.add(prevFeatures(v, t, prev, prev2, hist[id] as number, wk.feats, 0), half);
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
