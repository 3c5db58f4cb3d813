/**
 * Summed weights of the fast tagger's per-word feature groups (the word itself, and each
 * neighbour on its own: see `sumOf` in fast-tagger.ts), kept across documents.
 *
 * Why: a document computes each group once per distinct word, but half of those words were
 * already seen in earlier articles ("the", "said", "Minister"), and computing a group costs up to
 * a dozen hashes and as many probes of the weight table. Here a group's sum is keyed by every
 * value its features read (hashes, shape, gazetteer and casing bits), so a hit gives exactly the
 * sum the features would: no hash of the key is trusted, every value is compared.
 *
 * Bounded: once `capacity` sums are stored, the next document starts over (see `epoch`).
 */
import type { DocView } from './doc-view.ts';
import { wordFeatures, leftFeatures, left2Features, rightFeatures, right2Features, MAX_FEATURES } from './features.ts';
import { type PairTable, ROW } from './pair-table.ts';

/** Feature groups (the order of `sumOf`'s group numbers in fast-tagger.ts). */
export const WORD = 0;
export const LEFT = 1;
export const LEFT2 = 2;
export const RIGHT = 3;
export const RIGHT2 = 4;

/** Values a key compares: a tag (group, and whether the token exists), then up to ten inputs. */
const KEY_VALUES = 11;
/** Ints per stored sum: its key, then its row offset. */
const RECORD = KEY_VALUES + 1;
/** Sums kept before a new document starts over. */
const CAPACITY = 1 << 14;

export class GroupSums {
  /**
   * The sums, `ROW` ints each (both passes), in 16 bits: a group has at most MAX_FEATURES int8
   * weights per tag, so a sum stays within ±16,384; half the bytes of 32-bit rows, so the six
   * rows a scored token adds up take half the cache lines.
   */
  data: Int16Array;
  private rows = 0;
  /**
   * Hash slots, twice the capacity: 0 empty, else the stored sum's number + 1 in the low 16 bits
   * and 16 bits of the key's hash above, so a probe reads a stored key only when those agree.
   * Why not the keys in the slots: 4 bytes a slot keep the table small enough to stay in cache,
   * and a word seen for the first time (half of all look-ups) then costs no other memory read.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Per stored sum: its key values and its row offset (`RECORD` ints). */
  private readonly records: Int32Array;
  private readonly key = new Int32Array(KEY_VALUES);
  private readonly feats = new Int32Array(MAX_FEATURES);
  private count = 0;
  /**
   * Bumped whenever the sums start over. A document paused between steps (`analyzeSteps`) may
   * see another one start meanwhile; it compares this with the value it began with and forgets
   * the offsets it holds when they differ.
   */
  epoch = 0;

  /** `capacity`: a power of two up to 2^15; tests make it small. */
  constructor(
    private readonly table: PairTable,
    private readonly capacity = CAPACITY,
  ) {
    if (capacity > 1 << 15) throw new Error('GroupSums: capacity over 2^15');
    this.mask = capacity * 2 - 1;
    this.slots = new Int32Array(capacity * 2);
    this.records = new Int32Array(capacity * RECORD);
    // Room for every sum kept; it grows only within a document that alone has more.
    this.data = new Int16Array(capacity * ROW);
  }

  /** Call before each document: starts over when full (offsets of earlier documents die here). */
  startDocument(): void {
    if (this.count < this.capacity) return;
    this.slots.fill(0);
    // One huge document may have grown the rows past the capacity: give that back.
    if (this.data.length > this.capacity * ROW) this.data = new Int16Array(this.capacity * ROW);
    else this.data.fill(0);
    this.rows = 0;
    this.count = 0;
    this.epoch++;
  }

  /** Offset in `data` of the sum of group `group` for token `u` of `v` (-1: none, the sentence edge). */
  sum(group: number, v: DocView, u: number): number {
    const key = this.key;
    const n = fillKey(key, group, v, u);
    let h = 0;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ (key[i] as number), 0x9e3779b1) ^ (h >>> 15);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    const print = h >>> 16;
    const slots = this.slots;
    const records = this.records;
    let s = h & this.mask;
    for (;;) {
      const x = slots[s] as number;
      if (x === 0) break;
      if (x >>> 16 === print) {
        const b = ((x & 0xffff) - 1) * RECORD;
        let same = true;
        // Keys of one group have the same length, and key[0] tells the groups apart.
        for (let i = 0; i < n && same; i++) same = records[b + i] === key[i];
        if (same) return records[b + KEY_VALUES] as number;
      }
      s = (s + 1) & this.mask;
    }
    const at = this.compute(group, v, u);
    // Past capacity within one document: still computed, no longer indexed (the next document
    // starts over), so probes never run into a full table.
    if (this.count < this.capacity) {
      const r = this.count++;
      const b = r * RECORD;
      for (let i = 0; i < n; i++) records[b + i] = key[i] as number;
      records[b + KEY_VALUES] = at;
      slots[s] = (r + 1) | (print << 16);
    }
    return at;
  }

  private compute(group: number, v: DocView, u: number): number {
    const f = this.feats;
    let k: number;
    if (group === WORD) k = wordFeatures(v, u, f, 0);
    else if (group === LEFT) k = leftFeatures(v, u, f, 0);
    else if (group === LEFT2) k = left2Features(v, u, f, 0);
    else if (group === RIGHT) k = rightFeatures(v, u, f, 0);
    else k = right2Features(v, u, f, 0);
    const base = this.addRow();
    const out = this.data;
    const w = this.table.weights;
    for (let i = 0; i < k; i++) {
      const r = this.table.row(f[i] as number);
      if (r < 0) continue;
      for (let j = 0; j < ROW; j++) out[base + j] = (out[base + j] as number) + (w[r + j] as number);
    }
    return base;
  }

  /** Offset of a new zeroed row. */
  private addRow(): number {
    if ((this.rows + 1) * ROW > this.data.length) {
      const d = new Int16Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    return this.rows++ * ROW;
  }
}

/**
 * Writes into `key` every value the features of group `group` read of token `u` (-1: none),
 * after a tag telling the group and whether the token exists; returns how many it wrote.
 */
function fillKey(key: Int32Array, group: number, v: DocView, u: number): number {
  key[0] = u < 0 ? 8 + group : 1 + group;
  if (u < 0) return 1;
  key[1] = v.lower[u] as number;
  if (group === LEFT2 || group === RIGHT2) return 2;
  key[2] = v.shape[u] as number;
  key[3] = v.gaz[u] as number;
  if (group !== WORD) return 4;
  key[4] = v.casing[u] as number;
  key[5] = v.exact[u] as number;
  key[6] = v.pre2[u] as number;
  key[7] = v.pre3[u] as number;
  key[8] = v.suf2[u] as number;
  key[9] = v.suf3[u] as number;
  key[10] = v.suf4[u] as number;
  return KEY_VALUES;
}

const cache = new WeakMap<PairTable, GroupSums>();

/** The group sums of one model's table, made on first use. */
export function groupSumsOf(table: PairTable): GroupSums {
  let g = cache.get(table);
  if (!g) cache.set(table, (g = new GroupSums(table)));
  return g;
}
