/**
 * One pass's weights as floats: an open-addressing table from feature key to a row of per-tag
 * weights, for the reference tagger (tagger.ts) in tests and scripts. The engine itself runs on
 * both passes' int8 weights in one table (pair-table.ts).
 */
import { NUM_TAGS } from './tags.ts';

/** Anything that can score a token's features (a float table, or a model in training). */
export interface Scorer {
  /** Writes the score of every tag into `out[0 .. NUM_TAGS)`. */
  score(feats: Int32Array, count: number, out: Float64Array): void;
}

export class WeightTable implements Scorer {
  private readonly mask: number;
  private readonly slotKey: Int32Array;
  private readonly slotRow: Int32Array;

  /** `keys[r]` is the feature key of row `r`; its weights are `weights[r*NUM_TAGS ...]`. */
  constructor(
    keys: Int32Array,
    private readonly weights: Float32Array,
  ) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slotKey = new Int32Array(size);
    this.slotRow = new Int32Array(size).fill(-1);
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r] as number;
      let s = this.slot(k);
      while (this.slotRow[s] !== -1 && this.slotKey[s] !== k) s = (s + 1) & this.mask;
      this.slotKey[s] = k;
      this.slotRow[s] = r;
    }
  }

  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 8) & this.mask;
  }

  /** Row of `key`, or -1. */
  row(key: number): number {
    let s = this.slot(key);
    for (;;) {
      const r = this.slotRow[s] as number;
      if (r === -1 || this.slotKey[s] === key) return r;
      s = (s + 1) & this.mask;
    }
  }

  score(feats: Int32Array, count: number, out: Float64Array): void {
    for (let j = 0; j < NUM_TAGS; j++) out[j] = 0;
    const w = this.weights;
    for (let i = 0; i < count; i++) {
      const r = this.row(feats[i] as number);
      if (r < 0) continue;
      const base = r * NUM_TAGS;
      for (let j = 0; j < NUM_TAGS; j++) out[j] = (out[j] as number) + (w[base + j] as number);
    }
  }
}
