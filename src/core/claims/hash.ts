/**
 * Deterministic 32-bit hashing for feature ids. Training and analysis must agree bit for bit, so
 * everything here is integer arithmetic with `Math.imul`, never floating point.
 *
 * The feature mixers return signed 32-bit integers (`h ^ (h >>> 16)`, not `… >>> 0`): the bits
 * are the same, and so is every bucket (`h & mask`), but V8 keeps a signed int32 unboxed where an
 * unsigned value above 2^31 becomes a heap number, and allocating those was a third of the
 * claims stage's time.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * FNV-1a of the lower-cased text `[s, e)`, read from char codes without making a substring.
 * ASCII letters are folded here; Latin, Greek and Cyrillic letters with `toLowerCase` when it
 * gives a single code unit (punctuation such as curly quotes is left alone), so the hash equals `hashString(text.slice(s, e).toLowerCase())`
 * for all but a few exotic letters (which still hash consistently, which is all features need).
 */
export function hashLowerRange(text: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 0xc0 && c < 0x530) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1) c = l.charCodeAt(0);
    }
    h ^= c;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Mixes a template id and up to four values into one feature hash (three multiply rounds; two
 * measurably hurt accuracy through collisions in the 2^17–2^18 bucket tables).
 */
export function mix(template: number, a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ c ^ Math.imul(d, 0xc2b2ae35), 0x27d4eb2f);
  return h ^ (h >>> 16);
}

/*
 * Fixed-arity forms of `mix`, hash for hash identical to it with the missing values 0. Feature
 * code calls these so every call site passes exactly the arguments the function declares,
 * which lets the engine inline them (the default-parameter form was not).
 */

export function mix1(template: number, a: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return h ^ (h >>> 16);
}

export function mix2(template: number, a: number, b: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return h ^ (h >>> 16);
}

export function mix3(template: number, a: number, b: number, c: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x27d4eb2f);
  return h ^ (h >>> 16);
}

export function mix4(template: number, a: number, b: number, c: number, d: number): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ c ^ Math.imul(d, 0xc2b2ae35), 0x27d4eb2f);
  return h ^ (h >>> 16);
}

/**
 * `mix` split after its first round: `mixRest(mixSeed(t, a), b, c, d) === mix(t, a, b, c, d)`.
 * A feature template whose first value takes only a few values (the side of the cue) can seed
 * once per value and skip that round per token.
 */
export function mixSeed(template: number, a: number): number {
  return Math.imul(template ^ a, 0x9e3779b1);
}

export function mixRest(seed: number, b: number, c: number, d: number): number {
  let h = Math.imul(seed ^ (seed >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ c ^ Math.imul(d, 0xc2b2ae35), 0x27d4eb2f);
  return h ^ (h >>> 16);
}
