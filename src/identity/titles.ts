/**
 * Do two titles name the same office? Used only as *context* for linking a bare surname
 * ("Rutte", titled NATO Secretary General, is the stored Mark Rutte who held that title) — a
 * title never links two different names. A title splits into office words ("secretary general",
 * "foreign minister") and qualifiers (organisation or country words: "NATO", "Ukrainian"); the
 * offices must be equal and the qualifiers must not contradict. "Former" is ignored here (a former
 * holder is still the holder), but kept apart on cards (`formatRoles`).
 */
import { toAsciiLower } from './fold.ts';

const OFFICE_WORDS = new Set(
  (
    'president vice prime minister secretary general state chancellor deputy chief spokesperson ' +
    'spokesman spokeswoman ambassador governor senator representative congressman congresswoman ' +
    'speaker leader chair chairman chairwoman chairperson commissioner director head mayor king queen ' +
    'commander adviser advisor envoy foreign defence interior finance justice economy trade health ' +
    'education attorney treasury home first lady supreme high national security officer executive ' +
    'ceo founder lawmaker member mp mep judge prosecutor counsel staff energy agriculture labour ' +
    'transport culture environment climate digital opposition majority minority whip emir crown ' +
    'prince sultan pope premier assistant special junior senior under permanent lieutenant marshal'
  ).split(' '),
);
const IGNORED = new Set(
  'former ex then the of for and to on in at outgoing incoming acting affairs s'.split(' '),
);
const SPELLINGS = new Map([
  ['defense', 'defence'],
  ['labor', 'labour'],
  ['advisor', 'adviser'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chairperson', 'chair'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['pm', 'prime minister'],
  ['us', 'united states'],
  ['u', ''],
]);

interface TitleParts {
  office: string;
  qualifiers: string[];
}

const PARTS_LIMIT = 20_000;
const partsCache = new Map<string, TitleParts>();

/** Splits a title into its office (sorted office words) and qualifier words (cached). */
export function titleParts(title: string): TitleParts {
  let parts = partsCache.get(title);
  if (parts === undefined) {
    if (partsCache.size >= PARTS_LIMIT) partsCache.clear();
    parts = splitTitle(title);
    partsCache.set(title, parts);
  }
  return parts;
}

function splitTitle(title: string): TitleParts {
  const office: string[] = [];
  const qualifiers: string[] = [];
  for (const raw of toAsciiLower(title).split(/[^a-z]+/)) {
    if (!raw || IGNORED.has(raw)) continue;
    for (const word of (SPELLINGS.get(raw) ?? raw).split(' ')) {
      if (!word) continue;
      (OFFICE_WORDS.has(word) ? office : qualifiers).push(word);
    }
  }
  office.sort();
  return { office: office.join(' '), qualifiers };
}

/** Normalises an organisation or country for equality ("U.S." = "US", case-insensitive). */
export function normalizePlace(value: string | null): string {
  if (!value) return '';
  let place = placeCache.get(value);
  if (place === undefined) {
    if (placeCache.size >= PARTS_LIMIT) placeCache.clear();
    place = toAsciiLower(value).replace(/[^a-z0-9]/g, '');
    placeCache.set(value, place);
  }
  return place;
}
const placeCache = new Map<string, string>();

function compatible(a: string, b: string): boolean {
  return a === '' || b === '' || a === b;
}

export interface RoleLike {
  title: string | null;
  organization: string | null;
  country: string | null;
}

/** Same office, and organisation/country/qualifiers do not contradict. */
export function sameOffice(a: RoleLike, b: RoleLike): boolean {
  if (!a.title || !b.title) return false;
  if (!compatible(normalizePlace(a.organization), normalizePlace(b.organization))) return false;
  if (!compatible(normalizePlace(a.country), normalizePlace(b.country))) return false;
  const pa = titleParts(a.title);
  const pb = titleParts(b.title);
  if (pa.office === '' || pa.office !== pb.office) return false;
  if (pa.qualifiers.length === 0 || pb.qualifiers.length === 0) return true;
  return pa.qualifiers.some((q) => pb.qualifiers.includes(q));
}

/** Same organisation named on both sides. */
export function sameOrganization(a: RoleLike, b: RoleLike): boolean {
  const oa = normalizePlace(a.organization);
  return oa !== '' && oa === normalizePlace(b.organization);
}
