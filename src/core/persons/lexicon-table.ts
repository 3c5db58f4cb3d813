/**
 * Both lexicons (gazetteer bits and casing bucket) in one open-addressing table of typed arrays,
 * for the shipped model.
 *
 * Why: `Map.get` with a 32-bit hash key is slow in V8: half of all such hashes are too large for
 * a small integer, so the key is a heap number and the look-up takes the slow path. This table
 * answers both lexicons with one probe of two adjacent ints. It is built from the `Map`s it
 * mirrors and gives exactly their values (the test in lexicon-table.test.ts checks every key).
 */
import type { Lexicons } from './lexicon.ts';

/** Marks a used slot in `vals`, so a word whose values are both 0 is still a hit. */
const USED = 1 << 30;

export class LexiconTable {
  /** Interleaved (key, USED | casing << 16 | gazetteer bits) per slot; 0 value = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(lex: Lexicons) {
    let size = 16;
    while (size < 2 * (lex.gazetteer.size + lex.casing.size)) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    for (const [h, g] of lex.gazetteer) this.put(h, g & 0xffff, 0xffff);
    for (const [h, c] of lex.casing) this.put(h, (c & 0xff) << 16, 0xff << 16);
  }

  private put(h: number, bits: number, field: number): void {
    // Words are looked up by int32 hashes: a key outside int32 could never be found in the map.
    if ((h | 0) !== h) return;
    const s = this.slots;
    for (let i = this.slotOf(h); ; i = (i + 1) & this.mask) {
      const v = s[2 * i + 1] as number;
      if (v === 0 || s[2 * i] === (h | 0)) {
        s[2 * i] = h | 0;
        s[2 * i + 1] = (v & ~field) | bits | USED;
        return;
      }
    }
  }

  private slotOf(h: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> 12) & this.mask;
  }

  /** `USED | casing << 16 | gazetteer bits` of the word with lower-case hash `h`, or 0. */
  get(h: number): number {
    const s = this.slots;
    const key = h | 0;
    for (let i = this.slotOf(h); ; i = (i + 1) & this.mask) {
      const v = s[2 * i + 1] as number;
      if (v === 0 || s[2 * i] === key) return v;
    }
  }
}

/** Gazetteer bits from a `get` result. */
export function gazetteerOf(v: number): number {
  return v & 0xffff;
}

/** Casing bucket from a `get` result. */
export function casingOf(v: number): number {
  return (v >>> 16) & 0xff;
}
