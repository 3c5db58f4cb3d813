/**
 * 32-bit hashing used by the tagger's features and lexicons. Features are hashed rather than
 * kept as strings so that extracting them allocates nothing per token; the trainer and the
 * content script use these same functions, so a hash means the same thing in both.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a step: folds one UTF-16 code unit into a running hash. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

export function fnvStart(): number {
  return FNV_OFFSET;
}

/**
 * Lower-case forms of non-ASCII code units, filled on first use (0 = not yet known). A table,
 * because curly quotes and apostrophes are in every news sentence and `toLowerCase` on a fresh
 * one-character string per code unit was a measurable share of building a document's view.
 */
const LOWER_CACHE = new Uint16Array(65536);

/** Lower-cases one UTF-16 code unit: ASCII fast path, a cached `toLowerCase` for the rest. */
export function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 32 : code;
  const cached = LOWER_CACHE[code] as number;
  if (cached !== 0) return cached;
  let l = code;
  if (code === 0x2019 || code === 0x2018) l = 39; // curly apostrophes fold to '
  else if (code < 0xd800 || code > 0xdfff) {
    // surrogate halves stay as they are
    const s = String.fromCharCode(code).toLowerCase();
    if (s.length === 1) l = s.charCodeAt(0);
  }
  LOWER_CACHE[code] = l;
  return l;
}

/** Hash of the lower-cased form of `text.slice(s, e)`. */
export function hashLower(text: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) h = fnvStep(h, lowerCode(text.charCodeAt(i)));
  return h | 0;
}

/** Hash of a whole string, lower-cased (for lexicon words). */
export function hashWord(word: string): number {
  return hashLower(word, 0, word.length);
}

/** Mixes a feature template id with up to three values into one 32-bit key. */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 13), 0x85ebca6b);
  h = Math.imul(h ^ c ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 15)) | 0;
}
