/**
 * Deterministic 32-bit hashing for feature ids. Training and analysis must agree bit for bit, so
 * everything here is integer arithmetic with `Math.imul`, never floating point.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template id and up to four values into one feature hash. */
export function mix(template: number, a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(template, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x165667b1) ^ d;
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}
