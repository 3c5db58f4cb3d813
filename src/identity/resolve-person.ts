/**
 * Decides which stored person an article's person is. Order of evidence:
 * 1. An exact alias the user confirmed (userEdited) wins: a user's split, merge or rename is
 *    never undone by fuzzy matching.
 * 2. Names: a full name links to the single stored person whose names fit (`compareNames`);
 *    several fits are settled by article context or left unlinked — never guessed.
 * 3. A bare surname ("Rutte", "Mr. Rutte") links only when the article supports exactly one
 *    candidate: the same office or organisation as a stored role, or a full-name mention of that
 *    person elsewhere in the article. Otherwise it is `unlinked`, and never creates a person.
 * A shared title alone never links two different names.
 */
import { compareParsed, RELATIVE_REASONS } from './compare-names.ts';
import { parseName, type ParsedName } from './parse-name.ts';
import { sameOffice, sameOrganization } from './titles.ts';
import type {
  ArticleContext,
  ArticlePerson,
  KnownPerson,
  NameComparison,
  Resolution,
} from './types.ts';

const RANK = { same: 2, unsure: 1, different: 0 } as const;

/**
 * Best fit between an article name and a stored person's names. When the article name is a full
 * name, the person's bare aliases ("Clinton") are skipped, so a bare alias never makes Bill fit
 * Hillary; they count only if the person has no full name at all. An alias that marks a relative
 * of the same name (only the Jr./Sr. differs) vetoes the person.
 */
function fitPerson(name: ParsedName, person: KnownPerson): NameComparison {
  let best: NameComparison = { verdict: 'different', reason: 'no name fits' };
  const skipBare = name.given.length > 0 && hasFullName(person);
  for (let i = -1; i < person.aliases.length; i++) {
    const other = parseName(i < 0 ? person.name : (person.aliases[i] as string));
    if (skipBare && other.given.length === 0) continue;
    const cmp = compareParsed(name, other);
    // "Donald Trump Jr." against a person known as "Donald Trump": a relative, whatever else fits.
    if (cmp.verdict === 'different' && RELATIVE_REASONS.has(cmp.reason)) return cmp;
    if (RANK[cmp.verdict] > RANK[best.verdict]) {
      best = cmp;
      if (cmp.verdict === 'same') break;
    }
  }
  return best;
}

function hasFullName(person: KnownPerson): boolean {
  if (parseName(person.name).given.length > 0) return true;
  return person.aliases.some((a) => parseName(a).given.length > 0);
}

function holdsExactly(person: KnownPerson, exact: string): boolean {
  if (parseName(person.name).exact === exact) return true;
  return person.aliases.some((a) => parseName(a).exact === exact);
}

/** What in the article supports `candidate` as this person, or null. */
function support(
  person: ArticlePerson,
  name: ParsedName,
  article: ArticleContext,
  candidate: KnownPerson,
): string | null {
  for (const role of candidate.roles) {
    if (sameOffice(person, role)) return `same office as a stored role (${role.title})`;
  }
  for (const role of candidate.roles) {
    if (sameOrganization(person, role))
      return `same organisation as a stored role (${role.organization ?? ''})`;
  }
  for (const other of article.people) {
    if (other === person) continue;
    const full = parseName(other.name);
    if (full.given.length === 0 || full.surname !== name.surname) continue;
    if (fitPerson(full, candidate).verdict === 'same')
      return `the article also names ${other.name}`;
  }
  return null;
}

/** Narrows candidates by article context: a match only if exactly one is supported. */
function decideByContext(
  person: ArticlePerson,
  name: ParsedName,
  article: ArticleContext,
  candidates: KnownPerson[],
): { person: KnownPerson; why: string } | 'none' | 'several' {
  let found: { person: KnownPerson; why: string } | null = null;
  for (const candidate of candidates) {
    const why = support(person, name, article, candidate);
    if (why === null) continue;
    if (found) return 'several';
    found = { person: candidate, why };
  }
  return found ?? 'none';
}

/** Decides which known person (candidates fetched by nameKeys) this article person is. Never merges different people. */
export function resolvePerson(
  person: ArticlePerson,
  article: ArticleContext,
  candidates: KnownPerson[],
): Resolution {
  const name = parseName(person.name);
  if (name.core.length === 0) return { kind: 'unlinked', reason: 'no usable name' };
  const bare = name.given.length === 0;

  // 1. The user's word: an exact alias on a person the user edited.
  const userHolders = candidates.filter((c) => c.userEdited && holdsExactly(c, name.exact));
  if (userHolders.length === 1) {
    const holder = userHolders[0] as KnownPerson;
    return { kind: 'match', personId: holder.id, reason: 'exact alias confirmed by the user' };
  }
  if (userHolders.length > 1)
    return { kind: 'unlinked', reason: 'the user gave this exact name to several people' };

  // 2. Names.
  const fits: KnownPerson[] = [];
  const maybes: KnownPerson[] = [];
  for (const candidate of candidates) {
    const verdict = fitPerson(name, candidate).verdict;
    if (verdict === 'same') fits.push(candidate);
    else if (verdict === 'unsure') maybes.push(candidate);
  }

  if (bare) {
    if (fits.length === 0)
      return { kind: 'unlinked', reason: 'surname only, and no stored person has it' };
    const decided = decideByContext(person, name, article, fits);
    if (decided === 'several')
      return { kind: 'unlinked', reason: 'surname only; the article fits several stored people' };
    if (decided === 'none')
      return {
        kind: 'unlinked',
        reason: 'surname only, and the article gives no title, organisation or full name that fits',
      };
    return { kind: 'match', personId: decided.person.id, reason: `surname only; ${decided.why}` };
  }

  if (fits.length === 1) {
    const fit = fits[0] as KnownPerson;
    // An exact alias held by another person the user split off keeps this name there (step 1),
    // so a single fit here is safe.
    return { kind: 'match', personId: fit.id, reason: fitPerson(name, fit).reason };
  }
  if (fits.length > 1) {
    const holders = fits.filter((c) => holdsExactly(c, name.exact));
    if (holders.length === 1) {
      return {
        kind: 'match',
        personId: (holders[0] as KnownPerson).id,
        reason: 'exact alias among several fitting names',
      };
    }
    const decided = decideByContext(person, name, article, fits);
    if (typeof decided === 'object')
      return {
        kind: 'match',
        personId: decided.person.id,
        reason: `several names fit; ${decided.why}`,
      };
    return {
      kind: 'unlinked',
      reason: 'the name fits several stored people and the article does not decide',
    };
  }
  if (maybes.length > 0) {
    const decided = decideByContext(person, name, article, maybes);
    if (typeof decided === 'object') {
      return {
        kind: 'match',
        personId: decided.person.id,
        reason: `${fitPerson(name, decided.person).reason}; ${decided.why}`,
      };
    }
    return { kind: 'new', reason: 'a similar name is stored, but not clearly the same person' };
  }
  return { kind: 'new', reason: 'no stored person has a fitting name' };
}
