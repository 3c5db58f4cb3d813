/**
 * Lookup keys and slugs. Keys feed an IndexedDB multi-entry index: every spelling variant of a
 * person yields the same surname key, so one `anyOf(nameKeys(name))` query finds all plausible
 * candidates and `resolvePerson` decides among them. Full-name keys ('f:') and surname keys
 * ('s:') carry prefixes so they never collide.
 */
import { givenInitials } from './given-names.ts';
import { parseName } from './parse-name.ts';

/**
 * Normalised lookup keys for a name: full-name key(s) `f:<surname>|<initial>` (one per initial
 * the first given name may go by: Bill → b and w) and surname key(s) `s:<surname>`; names with
 * middle parts also get surname keys for those ("Lula", "Fogh"), because news shortens them so.
 * Two- and three-word names also get an order-free key `w:<sorted words>` (surname-first forms).
 */
export function nameKeys(name: string): string[] {
  const parsed = parseName(name);
  if (parsed.core.length === 0) return [];
  const keys: string[] = [];
  const first = parsed.given[0];
  if (first) {
    const initials = first.initial ? [first.text] : givenInitials(first.text);
    for (const initial of initials) keys.push(`f:${parsed.surname}|${initial}`);
  }
  keys.push(`s:${parsed.surname}`);
  if (!parsed.surnameFirst) {
    for (let i = 1; i < parsed.given.length; i++) {
      const middle = parsed.given[i];
      if (middle && !middle.initial) {
        const key = `s:${middle.text}`;
        if (!keys.includes(key)) keys.push(key);
      }
    }
  }
  // Order-free full-name key, so "Ishiba Shigeru" finds "Shigeru Ishiba".
  if (parsed.orderFree !== '' && parsed.given.length > 0) keys.push(`w:${parsed.orderFree}`);
  return keys;
}

/** A stable, readable slug for one person, e.g. 'kuleba-dmytro' (CLI personKey base). */
export function personSlug(name: string): string {
  const parsed = parseName(name);
  if (parsed.words.length === 0) return 'person';
  const surnameCount = parsed.surnameWords.length;
  const words = parsed.surnameFirst
    ? parsed.words
    : [
        ...parsed.words.slice(parsed.words.length - surnameCount),
        ...parsed.words.slice(0, parsed.words.length - surnameCount),
      ];
  if (parsed.suffix) words.push(parsed.suffix);
  return words.join('-');
}
