/**
 * Document-level evidence for the second tagging pass: what the first pass said about every
 * other occurrence of the same word in the document ("Pirelli" inside "Pirelli SpA" is an
 * organisation, so the bare "Pirelli" elsewhere is too; "Such" ended the name "Peter Such").
 * This is the stacked, two-pass form of the document consistency that single-pass taggers lack.
 */
import type { DocView } from './doc-view.ts';
import { tagPart, tagType, B, I, L, PER } from './tags.ts';

export interface DocLevel {
  /** First-pass tag of each token. */
  first: Uint8Array;
  /**
   * Per token: bits 0-3 some other occurrence was tagged type 0-3; bits 4-7 some other occurrence
   * sat in a multi-word entity of type 0-3; bit 8 another occurrence ended a multi-word person
   * name; bit 9 another began one; bits 10-12 the majority type over all occurrences (1 + type).
   */
  bits: Uint16Array;
}

export function buildDocLevel(v: DocView, tags: Uint8Array): DocLevel {
  const n = v.n;
  const word = v.word;
  // One buffer for the three arrays (one allocation per document, not three).
  const buf = new ArrayBuffer(4 * v.types * 10 + 2 * 2 * n);
  // Per word id: how many occurrences carry each of bits 0-9.
  const counts = new Int32Array(buf, 0, v.types * 10);
  const tokenBits = new Uint16Array(buf, 4 * v.types * 10, n);
  const bits = new Uint16Array(buf, 4 * v.types * 10 + 2 * n, n);
  for (let t = 0; t < n; t++) {
    const tag = tags[t] as number;
    if (tag === 0) continue;
    const type = tagType(tag);
    const part = tagPart(tag);
    let b = 1 << type;
    if (part === B || part === I || part === L) b |= 1 << (4 + type);
    if (type === PER && part === L) b |= 1 << 8;
    if (type === PER && part === B) b |= 1 << 9;
    tokenBits[t] = b;
    const c = (word[t] as number) * 10;
    for (let k = 0; k < 10; k++) if (b & (1 << k)) counts[c + k] = (counts[c + k] as number) + 1;
  }
  for (let t = 0; t < n; t++) {
    const c = (word[t] as number) * 10;
    // Words never tagged anywhere have no evidence (all counts zero).
    if (counts[c] === 0 && counts[c + 1] === 0 && counts[c + 2] === 0 && counts[c + 3] === 0) continue;
    const self = tokenBits[t] as number;
    let out = 0;
    let best = -1;
    let bestCount = 0;
    for (let k = 0; k < 10; k++) {
      const all = counts[c + k] as number;
      const others = all - (self & (1 << k) ? 1 : 0);
      if (others > 0) out |= 1 << k;
      if (k < 4 && all > bestCount) {
        bestCount = all;
        best = k;
      }
    }
    out |= (best + 1) << 10;
    bits[t] = out;
  }
  return { first: tags, bits };
}
