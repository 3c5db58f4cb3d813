/**
 * Name-aware comparison of two written names, with no other context. Surnames first (folded,
 * particles ignored: al-Assad = Assad), then given names position by position (nickname,
 * cognate or initial may stand for a full name; a conflicting middle initial separates George W.
 * from George H. W. Bush), then the generational suffix (Donald Trump ≠ Donald Trump Jr.).
 *
 * A surname-only form ("von der Leyen", "Mr. Rutte") is `same` as a full name with that surname:
 * the names fit. Whether a bare surname is *linked* is a question of article context, which
 * `resolvePerson` answers separately.
 */
import { relateGiven, type GivenRelation } from './given-names.ts';
import { parseName, type ParsedName } from './parse-name.ts';
import type { NameComparison } from './types.ts';

const SUFFIX_DIFFERS = 'different generational suffixes';
const ONLY_SUFFIX_DIFFERS = 'only the generational suffix differs: a relative of the same name';

/**
 * Reasons that say "a relative with this very name" (Donald Trump / Donald Trump Jr.): strong
 * enough that `resolvePerson` lets one such alias veto a person, whatever else fits.
 */
export const RELATIVE_REASONS: ReadonlySet<string> = new Set([SUFFIX_DIFFERS, ONLY_SUFFIX_DIFFERS]);

function same(reason: string): NameComparison {
  return { verdict: 'same', reason };
}
function different(reason: string): NameComparison {
  return { verdict: 'different', reason };
}
function unsure(reason: string): NameComparison {
  return { verdict: 'unsure', reason };
}

/** `short` equals the last words of `long` (Cavo Dragone / Giuseppe Cavo Dragone). */
function isTail(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[offset + i]) return false;
  return true;
}

/** `short` equals the first words of `long` (Andrés Manuel López / … López Obrador). */
function isHead(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) return false;
  return true;
}

/** Compares a surname-only name with another name. */
function compareBare(bare: ParsedName, other: ParsedName): NameComparison {
  if (other.given.length === 0) {
    return bare.surname === other.surname ? same('same surname') : different('surnames differ');
  }
  if (bare.surname === other.surname)
    return same('surname-only form of this name (linking it needs article context)');
  // "Lula" / "Luiz Inácio Lula da Silva", "Fogh Rasmussen"-style compound surnames.
  if (!other.surnameFirst && other.core.slice(1, -1).includes(bare.surname)) {
    return same('short form using a later part of the name (linking it needs article context)');
  }
  return different('surnames differ');
}

interface GivenFit {
  ok: boolean;
  /** Some pair matched only through a nickname/cognate, or an initial. */
  loose: boolean;
  reason: string;
}

/** Given names position by position; the shorter list may stop early (middle name omitted). */
function fitGiven(a: ParsedName, b: ParsedName): GivenFit {
  const n = Math.min(a.given.length, b.given.length);
  let loose = false;
  let nickname = false;
  for (let i = 0; i < n; i++) {
    const rel: GivenRelation = relateGiven(
      a.given[i] as ParsedName['given'][number],
      b.given[i] as ParsedName['given'][number],
    );
    if (rel === 'none') {
      return {
        ok: false,
        loose,
        reason: i === 0 ? 'given names differ' : 'middle names or initials differ',
      };
    }
    if (rel !== 'equal') loose = true;
    if (rel === 'variant' && i === 0) nickname = true;
  }
  const reason = nickname
    ? 'same surname; given names are variants (nickname or transliteration)'
    : loose
      ? 'same surname; initials fit'
      : 'same surname and given names';
  return { ok: true, loose, reason };
}

/** Compares two parsed names. */
export function compareParsed(a: ParsedName, b: ParsedName): NameComparison {
  if (a.core.length === 0 || b.core.length === 0) return different('no name to compare');
  if (a.exact === b.exact) return same('identical');
  if (a.suffix && b.suffix && a.suffix !== b.suffix) return different(SUFFIX_DIFFERS);
  if (a.given.length === 0) return compareBare(a, b);
  if (b.given.length === 0) return compareBare(b, a);

  if (a.surname !== b.surname) {
    // Spanish/Portuguese double surnames written in full on one side only.
    const [short, long] = a.core.length < b.core.length ? [a, b] : [b, a];
    if (
      short.core.length >= 2 &&
      long.core.length >= 3 &&
      !short.given.some((g) => g.initial) &&
      isHead(short.core, long.core)
    ) {
      return same('one form adds a second surname');
    }
    // "Ishiba Shigeru" / "Shigeru Ishiba": the same words, surname first on one side.
    if (a.orderFree !== '' && a.orderFree === b.orderFree) {
      return same('same words in another order (surname first)');
    }
    return different('surnames differ');
  }

  const fit = fitGiven(a, b);
  if (!fit.ok) {
    const [short, long] = a.core.length < b.core.length ? [a, b] : [b, a];
    if (short.core.length >= 2 && isTail(short.core, long.core)) {
      return same('short form of a compound name (Cavo Dragone / Giuseppe Cavo Dragone)');
    }
    // Known by the middle name: "J. Danforth Quayle" / "Danforth Quayle".
    const first = long.given[0];
    const second = long.given[1];
    const shortFirst = short.given[0];
    if (
      fit.reason === 'given names differ' &&
      first &&
      second &&
      shortFirst &&
      relateGiven(second, shortFirst) !== 'none'
    ) {
      return first.initial ? same('known by the middle name') : unsure('known by the middle name?');
    }
    return different(fit.reason);
  }

  if ((a.suffix === null) !== (b.suffix === null)) {
    const identicalGiven = a.given.length === b.given.length && !fit.loose;
    if (identicalGiven) return different(ONLY_SUFFIX_DIFFERS);
    const firstA = a.given[0];
    const firstB = b.given[0];
    if (firstA && firstB && relateGiven(firstA, firstB) === 'variant') {
      return same('suffix omitted; given names are variants (Joe / Joseph R. … Jr.)');
    }
    return unsure('generational suffix on one side only');
  }
  return same(fit.reason);
}

/** Name-aware comparison used by resolvePerson: same / different / unsure, with a reason. */
export function compareNames(a: string, b: string): NameComparison {
  return compareParsed(parseName(a), parseName(b));
}
