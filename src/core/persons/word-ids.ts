/**
 * Dense per-document word ids: every distinct word hash gets the next small integer, so facts
 * about a word within one document (how it is cased elsewhere, what the tagger said of it) live
 * in typed arrays indexed by id instead of hash maps. Open addressing, linear in the tokens.
 */

/** Writes a dense id per distinct hash of `keys[0..n)` into `ids`; returns the number of ids. */
export function assignWordIds(keys: Int32Array, ids: Int32Array, n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const slotKey = new Int32Array(size);
  const slotId = new Int32Array(size).fill(-1);
  let types = 0;
  for (let t = 0; t < n; t++) {
    const k = keys[t] as number;
    let s = (Math.imul(k, 0x9e3779b1) >>> 12) & mask;
    for (;;) {
      const id = slotId[s] as number;
      if (id === -1) {
        slotKey[s] = k;
        slotId[s] = types;
        ids[t] = types++;
        break;
      }
      if (slotKey[s] === k) {
        ids[t] = id;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return types;
}
