/**
 * Given-name compatibility: same folded spelling, same nickname/cognate group, or an initial
 * that fits. Groups are folded once at load into a map from folded name to group ids, so a
 * comparison is two map lookups and a small intersection.
 */
import { foldToken } from './fold.ts';
import { GIVEN_NAME_GROUPS } from './given-name-groups.ts';

const NO_GROUPS: readonly number[] = [];
const groupsByName = new Map<string, number[]>();
const groupInitials: string[] = [];

GIVEN_NAME_GROUPS.forEach((group, id) => {
  groupInitials[id] = foldToken(group[0] ?? '').charAt(0);
  for (const name of group) {
    const folded = foldToken(name);
    const ids = groupsByName.get(folded);
    if (!ids) groupsByName.set(folded, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
});

/** Group ids a folded given name belongs to (empty when the table does not know it). */
export function givenGroups(folded: string): readonly number[] {
  return groupsByName.get(folded) ?? NO_GROUPS;
}

/** Initials a folded given name may be abbreviated to: its own and its groups' canonical ones. */
export function givenInitials(folded: string): string[] {
  const out = [folded.charAt(0)];
  for (const id of givenGroups(folded)) {
    const initial = groupInitials[id];
    if (initial && !out.includes(initial)) out.push(initial);
  }
  return out;
}

/** One given-name token of a parsed name. */
export interface GivenToken {
  /** Folded form (see `foldToken`); for an initial, the single letter. */
  text: string;
  /** Written as a single letter ("R." in "Joseph R. Biden"). */
  initial: boolean;
}

/** How two given-name tokens relate. */
export type GivenRelation = 'equal' | 'variant' | 'initial' | 'none';

/** Compares two given-name tokens: spelling-equal, nickname/cognate variant, initial fit, or none. */
export function relateGiven(a: GivenToken, b: GivenToken): GivenRelation {
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return a.text === b.text ? 'equal' : 'none';
    const letter = a.initial ? a.text : b.text;
    const full = a.initial ? b.text : a.text;
    return givenInitials(full).includes(letter) ? 'initial' : 'none';
  }
  if (a.text === b.text) return 'equal';
  const ga = givenGroups(a.text);
  if (ga.length === 0) return 'none';
  const gb = givenGroups(b.text);
  for (const id of ga) if (gb.includes(id)) return 'variant';
  return 'none';
}
