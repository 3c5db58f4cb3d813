/**
 * mulberry32: a tiny, fast, seedable PRNG. Training shuffles, fuzz tests and generated benchmark
 * pages use it so every run sees the same sequence (one implementation, so a seed means the same
 * numbers everywhere). Not for anything that needs unpredictability.
 */

/** Returns a function that yields numbers in [0, 1), the same sequence for the same `seed`. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
