/**
 * The tagger's label set: BILOU (Begin, Inside, Last, Outside, Unit) over four entity types.
 * Learning ORG, LOC and MISC as well as PER helps the tagger say "not a person" for capitalised
 * names of places and organisations, which are the usual false persons.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Type index: 0 PER, 1 ORG, 2 LOC, 3 MISC. */
export const PER = 0;

/** Tag 0 is O; then for each type t: B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t. */
export const NUM_TAGS = 1 + 4 * ENTITY_TYPES.length;
export const O = 0;
export const B = 1;
export const I = 2;
export const L = 3;
export const U = 4;

/** Position part of a tag: O, B, I, L or U. */
export function tagPart(tag: number): number {
  return tag === 0 ? O : ((tag - 1) % 4) + 1;
}

/** Entity type index of a tag (-1 for O). */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
}

export function makeTag(type: number, part: number): number {
  return part === O ? O : 1 + 4 * type + (part - 1);
}

/** True when `tag` may follow `prev` (prev -1 = sentence start) in a BILOU sequence. */
export function allowed(prev: number, tag: number): boolean {
  const pp = prev < 0 ? O : tagPart(prev);
  const p = tagPart(tag);
  if (pp === B || pp === I) return (p === I || p === L) && tagType(tag) === tagType(prev);
  return p === O || p === B || p === U;
}

/** `ALLOWED[(prev + 1) * NUM_TAGS + tag]` is 1 when `allowed(prev, tag)` (prev -1 included). */
export const ALLOWED = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
/** `CAN_END[tag]` is 1 when `canEnd(tag)`. */
export const CAN_END = new Uint8Array(NUM_TAGS);

/** True when `tag` may end a sentence. */
export function canEnd(tag: number): boolean {
  const p = tagPart(tag);
  return p === O || p === L || p === U;
}

/** Human-readable tag name, for debugging and the model file. */
export function tagName(tag: number): string {
  if (tag === 0) return 'O';
  return 'BILU'[tagPart(tag) - 1] + '-' + ENTITY_TYPES[tagType(tag)];
}

/** Type indices of the other entity types. */
export const ORG_TYPE = 1;
export const LOC_TYPE = 2;
export const MISC_TYPE = 3;

for (let p = -1; p < NUM_TAGS; p++) for (let t = 0; t < NUM_TAGS; t++) ALLOWED[(p + 1) * NUM_TAGS + t] = allowed(p, t) ? 1 : 0;
for (let t = 0; t < NUM_TAGS; t++) CAN_END[t] = canEnd(t) ? 1 : 0;
