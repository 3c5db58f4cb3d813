/**
 * Sums of feature groups that depend only on a few small values (the previous tags, the history
 * bits, the first pass's verdicts around a token, a word's shape at a position), so they are a
 * property of the model: computed once per value and kept, bounded, as long as the model is.
 * Used by the fast tagger (fast-tagger.ts).
 */
import {
  positionKeyFeatures,
  tagFeatures,
  histFeatures,
  docTupleFeatures,
  firstPrevFeature,
  shapeTagFeature,
  HIST_BITS,
  MAX_FEATURES,
} from './features.ts';
import { NUM_TAGS } from './tags.ts';
import { type PairTable, ROW } from './pair-table.ts';
import { RowStore } from './row-store.ts';
import { IntPairMap } from './int-pair-map.ts';

/** Tags plus "none" (-1), the range of `prev` and `prev2`. */
const TAGS1 = NUM_TAGS + 1;

/** The memo of one model (see the file comment); get it with `memoOf`. */
export class Memo {
  readonly feats = new Int32Array(MAX_FEATURES);
  readonly store = new RowStore(ROW);
  /** By (prev + 1) × TAGS1 + (prev2 + 1): tag features. */
  readonly tagPair = new Int32Array(TAGS1 * TAGS1).fill(-1);
  /** By hist × TAGS1 + (prev + 1): history features. */
  readonly histPrev = new Int32Array((1 << HIST_BITS) * TAGS1).fill(-1);
  /** By first-pass tag × TAGS1 + (prev + 1): that tag with the previous one. */
  readonly docPrev = new Int32Array(NUM_TAGS * TAGS1).fill(-1);
  /** By packed `docTuple`: the second pass's document features (bounded; see `docSum`). */
  readonly docs = new IntPairMap();
  readonly docStore = new RowStore(ROW);
  /** By (shape, `positionKey`): the word's position features (bounded like `docs`). */
  readonly pos = new IntPairMap();
  readonly posStore = new RowStore(ROW);
  /**
   * By (shape, prev + 1): the previous tag with the word's shape (bounded like `docs`). One
   * feature, but a probe of the big weight table per scored token; a few hundred keys here.
   */
  readonly shapeTags = new IntPairMap();
  readonly shapeStore = new RowStore(ROW);

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
    let at = this.docs.get(tuple, 0);
    if (at < 0) {
      bound(this.docs, this.docStore);
      at = this.sum(this.docStore, docTupleFeatures(tuple, this.feats, 0));
      this.docs.add(tuple, 0, at);
    }
    return at;
  }

  /** Offset in `shapeStore.data` of the shape-and-previous-tag feature (`shapeTagFeature`). */
  shapeTagSum(prev: number, shape: number): number {
    let at = this.shapeTags.get(shape, prev + 1);
    if (at < 0) {
      bound(this.shapeTags, this.shapeStore);
      this.feats[0] = shapeTagFeature(prev, shape);
      at = this.sum(this.shapeStore, 1);
      this.shapeTags.add(shape, prev + 1, at);
    }
    return at;
  }

  /** Offset in `posStore.data` of the position features of a word of shape `shape`. */
  posSum(shape: number, key: number): number {
    let at = this.pos.get(shape, key);
    if (at < 0) {
      bound(this.pos, this.posStore);
      at = this.sum(this.posStore, positionKeyFeatures(shape, key, this.feats, 0));
      this.pos.add(shape, key, at);
    }
    return at;
  }
}

/** Keeps a memo of unbounded keys (shapes, tuples) bounded: starts over past 65,536 entries. */
function bound(map: IntPairMap, store: RowStore): void {
  if (map.size < 1 << 16) return;
  map.clear();
  store.count = 0;
  store.data.fill(0);
}

const memos = new WeakMap<PairTable, Memo>();

export function memoOf(table: PairTable): Memo {
  let m = memos.get(table);
  if (!m) memos.set(table, (m = new Memo(table)));
  return m;
}
