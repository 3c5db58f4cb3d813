/**
 * Both passes' weights in one open-addressing table: each feature key has one row of
 * 2 × NUM_TAGS int8 weights (pass 1, then pass 2; zeros where a pass lacks the key).
 *
 * Why one table: most features of a token are the same in both passes, so one probe during pass 1
 * fetches the pass-2 weights as well and pass 2 only probes what is new to it. Why int8: the
 * shipped weights are int8 × scale already (model-pack.ts); summing the int8 values and leaving
 * the scale out keeps every pass's argmax and makes the table a quarter of the size (fewer cache
 * misses, which is what a probe costs). Why key and row side by side: one cache line per probe.
 */
import { NUM_TAGS } from './tags.ts';

/** Weights per row: pass 1 at [0, NUM_TAGS), pass 2 at [NUM_TAGS, 2 × NUM_TAGS). */
export const ROW = 2 * NUM_TAGS;

export class PairTable {
  readonly mask: number;
  /** Interleaved (key, row) per slot; row -1 marks an empty slot. */
  readonly slots: Int32Array;
  readonly weights: Int8Array;
  readonly rows: number;

  /** `keys1[r]` has weights `q1[r*NUM_TAGS ...]` in pass 1; the same for pass 2. */
  constructor(keys1: Int32Array, q1: Int8Array, keys2: Int32Array, q2: Int8Array) {
    let size = 16;
    while (size < keys1.length + keys2.length) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    for (let s = 0; s < size; s++) this.slots[2 * s + 1] = -1;
    let rows = 0;
    const rows1 = new Int32Array(keys1.length);
    const rows2 = new Int32Array(keys2.length);
    for (let i = 0; i < keys1.length; i++) rows1[i] = this.insert(keys1[i] as number, rows, (r) => (rows = r));
    for (let i = 0; i < keys2.length; i++) rows2[i] = this.insert(keys2[i] as number, rows, (r) => (rows = r));
    this.rows = rows;
    this.weights = new Int8Array(rows * ROW);
    for (let i = 0; i < keys1.length; i++) this.weights.set(q1.subarray(i * NUM_TAGS, (i + 1) * NUM_TAGS), (rows1[i] as number) * ROW);
    for (let i = 0; i < keys2.length; i++) {
      this.weights.set(q2.subarray(i * NUM_TAGS, (i + 1) * NUM_TAGS), (rows2[i] as number) * ROW + NUM_TAGS);
    }
  }

  private insert(key: number, next: number, setNext: (r: number) => void): number {
    let s = slotOf(key, this.mask);
    for (;;) {
      const r = this.slots[2 * s + 1] as number;
      if (r === -1) {
        this.slots[2 * s] = key;
        this.slots[2 * s + 1] = next;
        setNext(next + 1);
        return next;
      }
      if (this.slots[2 * s] === key) return r;
      s = (s + 1) & this.mask;
    }
  }

  /** Offset of `key`'s row in `weights`, or -1. */
  row(key: number): number {
    const slots = this.slots;
    let s = slotOf(key, this.mask);
    for (;;) {
      const r = slots[2 * s + 1] as number;
      if (r === -1) return -1;
      if (slots[2 * s] === key) return r * ROW;
      s = (s + 1) & this.mask;
    }
  }
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
}
