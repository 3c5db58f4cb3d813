/**
 * A map from a pair of int32 keys to a non-negative int, in typed arrays (open addressing,
 * linear probing, grown as needed).
 *
 * Why not `Map<number, number>`: the fast tagger's memo keys (a 31-bit tuple, a 32-bit shape hash
 * with a position key) are mostly too large for V8's small integers, so a `Map` hashes them as
 * heap numbers, on a slow path, once per scored token.
 */
export class IntPairMap {
  /** (a, b, value + 1) per slot; value 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(initialSlots = 1024) {
    this.mask = initialSlots - 1;
    this.slots = new Int32Array(initialSlots * 3);
  }

  private slotOf(a: number, b: number): number {
    return (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> 8) & this.mask;
  }

  /** The value of `(a, b)`, or -1. */
  get(a: number, b: number): number {
    const s = this.slots;
    for (let i = this.slotOf(a, b); ; i = (i + 1) & this.mask) {
      const v = s[3 * i + 2] as number;
      if (v === 0) return -1;
      if (s[3 * i] === a && s[3 * i + 1] === b) return v - 1;
    }
  }

  /** Sets `(a, b)`, which must not be in the map yet, to `value` (≥ 0). */
  add(a: number, b: number, value: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const s = this.slots;
    let i = this.slotOf(a, b);
    while (s[3 * i + 2] !== 0) i = (i + 1) & this.mask;
    s[3 * i] = a;
    s[3 * i + 1] = b;
    s[3 * i + 2] = value + 1;
    this.size++;
  }

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * (this.mask + 1) - 1;
    this.slots = new Int32Array((this.mask + 1) * 3);
    this.size = 0;
    for (let i = 0; i < old.length; i += 3) {
      if (old[i + 2] !== 0) this.add(old[i] as number, old[i + 1] as number, (old[i + 2] as number) - 1);
    }
  }
}
