/**
 * Word lists the tagger consults, keyed by the hash of the lower-cased word (see hash.ts).
 * They ship inside the model file as hashes, not as words: compact, and no corpus text is
 * redistributed.
 *
 * - `gazetteer`: bit flags per word (first names, surnames, places... from compromise's lexicon;
 *   words seen as PER/LOC/ORG/MISC in the CoNLL training data).
 * - `casing`: how a word is usually written in running news text (always lower-case, mostly
 *   capitalised, ...), counted over the unlabelled training texts. It tells a sentence-initial
 *   or headline "Such" from a surname "Such".
 */

import type { LexiconTable } from './lexicon-table.ts';

/** Gazetteer bits. */
export const GAZ_FIRST = 1 << 0;
export const GAZ_MALE = 1 << 1;
export const GAZ_FEMALE = 1 << 2;
export const GAZ_LAST = 1 << 3;
export const GAZ_PLACE = 1 << 4;
export const GAZ_ORG = 1 << 5;
export const GAZ_DEMONYM = 1 << 6;
export const GAZ_HONORIFIC = 1 << 7;
export const GAZ_DATE = 1 << 8;
/** Seen in training data as the first word of a multi-word person name. */
export const GAZ_T_PER_FIRST = 1 << 9;
/** Seen as the last word of a multi-word person name. */
export const GAZ_T_PER_LAST = 1 << 10;
/** Seen as a one-word person name. */
export const GAZ_T_PER_UNIT = 1 << 11;
export const GAZ_T_LOC = 1 << 12;
export const GAZ_T_ORG = 1 << 13;
export const GAZ_T_MISC = 1 << 14;
export const GAZ_BITS = 15;
/** Bits that come from the training labels (rebuilt per fold when training). */
/** Bits that say a word is a place or an organisation, not a person's name. */
export const GAZ_NOT_PERSON = GAZ_PLACE | GAZ_ORG | GAZ_T_LOC | GAZ_T_ORG;

export const GAZ_TRAIN_MASK =
  GAZ_T_PER_FIRST | GAZ_T_PER_LAST | GAZ_T_PER_UNIT | GAZ_T_LOC | GAZ_T_ORG | GAZ_T_MISC;

/** Casing buckets: 0 unknown word; 1 always capitalised ... 5 always lower-case. */
export const CASING_BUCKETS = 6;

/** Casing bucket from counts of lower-case and capitalised (mid-sentence) occurrences. */
export function casingBucket(lower: number, cap: number): number {
  const total = lower + cap;
  if (total < 2) return 0;
  const r = lower / total;
  if (r === 0) return 1;
  if (r < 0.2) return 2;
  if (r < 0.6) return 3;
  if (r < 0.97) return 4;
  return 5;
}

export interface Lexicons {
  gazetteer: Map<number, number>;
  casing: Map<number, number>;
  /**
   * Both maps as one fast table (lexicon-table.ts), made for the shipped model once it is
   * decoded; absent while training builds and changes the maps.
   */
  table?: LexiconTable;
}
