/**
 * Synchronous fingerprints for dedup keys. Synchronous on purpose: they are computed inside
 * Dexie transactions, where awaiting `crypto.subtle` would let the transaction commit early.
 * 64 bits (two independent 32-bit FNV-1a lanes) keeps accidental collisions negligible for a
 * personal collection.
 */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 16-hex-digit fingerprint of the given parts (order matters; parts are separated safely). */
export function fingerprint(...parts: Array<string | number | null>): string {
  const text = parts.map((p) => (p === null ? '\u0000null' : String(p))).join('\u0001');
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x01000193 ^ 0x5bd1e995)
    .toString(16)
    .padStart(8, '0');
  return a + b;
}
