/**
 * What kind of source a claim has, and which known person it is. A source that overlaps a
 * person's mention is that person; otherwise the words decide: an outlet name, a pronoun, an
 * unnamed group ("analysts", "a senior official") or an organisation ("the ministry").
 */
import type { Person, SourceKind, TextSpan } from '../types.ts';
import { outletName } from './outlets.ts';
import { ORGANIZATION_HEADS, PERSON_PRONOUNS, UNNAMED_HEADS } from './lexicon.ts';

/** Mention spans of all people, sorted by start, for overlap look-ups. */
export interface MentionIndex {
  starts: Int32Array;
  ends: Int32Array;
  person: Int32Array;
}

export function indexMentions(people: Person[]): MentionIndex {
  const all: Array<[number, number, number]> = [];
  people.forEach((p, k) => {
    for (const m of p.mentions) all.push([m.start, m.end, k]);
  });
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    starts: Int32Array.from(all.map((x) => x[0])),
    ends: Int32Array.from(all.map((x) => x[1])),
    person: Int32Array.from(all.map((x) => x[2])),
  };
}

/** The person with a mention overlapping `[s, e)` (the right-most such mention), or null. */
export function personAt(ix: MentionIndex, s: number, e: number): number | null {
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ix.starts[mid] as number) < e) lo = mid + 1;
    else hi = mid;
  }
  // Mentions starting before e: scan back a few for one that ends after s.
  for (let k = lo - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    if ((ix.ends[k] as number) > s) return ix.person[k] as number;
  }
  return null;
}

/**
 * The start of a person's mention that a source starting at `s` cuts through ("Leyen" of "Von der
 * Leyen told"), or `s` when it cuts none.
 */
export function mentionStartAt(ix: MentionIndex, s: number): number {
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ix.starts[mid] as number) <= s) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const a = ix.starts[k] as number;
    if (a < s && (ix.ends[k] as number) > s) return a;
  }
  return s;
}

const CAPITAL = /^\p{Lu}/u;

/** Role nouns: a source headed by one without a name ("the defence minister") is unnamed. */
const ROLE_HEADS = new Set([
  'minister', 'president', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor',
  'governor', 'mayor', 'senator', 'ambassador', 'envoy', 'general', 'commander', 'chief', 'director',
  'chair', 'chairman', 'chairwoman', 'head', 'prosecutor', 'judge', 'premier', 'lawyer', 'attorney',
  'pontiff', 'coach', 'captain', 'manager', 'player', 'striker', 'champion', 'veteran',
]);

/** Nouns for a person of a nation, used for someone already named ("the Serb told reporters"). */
const NATIONALS = new Set([
  'serb', 'spaniard', 'frenchman', 'frenchwoman', 'briton', 'brit', 'dane', 'swede', 'finn', 'pole',
  'scot', 'dutchman', 'argentine', 'italian', 'german', 'american', 'russian', 'brazilian',
  'australian', 'canadian', 'kenyan', 'nigerian', 'croat', 'norwegian', 'swiss', 'belgian',
]);

const PREPOSITION = /\s(?:at|of|from|with|for|in|on)\s/i;

/** The phrase before its first preposition ("analysts at X" → "analysts"), when one is left. */
function headPhrase(text: string): string {
  const m = PREPOSITION.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}

/** Classifies a claim's source. */
export function sourceKind(source: TextSpan | null, person: number | null, cueText: string, peopleKnown: boolean): SourceKind {
  if (source === null) return 'passive';
  if (outletName(source.text) !== null) return 'outlet';
  if (person !== null) return 'named-person';
  if (cueText.toLowerCase().startsWith('it ')) return 'passive';
  // "Olena Marchenko, a spokeswoman for the ministry": the part before an apposition decides,
  // and in "analysts at the Bruegel think tank" the head before the preposition.
  const core = headPhrase(source.text.split(',')[0] ?? source.text);
  const words = core.split(/\s+/).filter((w) => w !== '');
  const first = (words[0] ?? '').toLowerCase();
  const last = words[words.length - 1] ?? '';
  const head = last.toLowerCase().replace(/[’']s$/, '');
  // "WHO said" is the organisation, not the pronoun "who" (but "I" is the pronoun).
  const acronym = /^\p{Lu}{2,}$/u.test(words[0] ?? '');
  if (words.length === 1 && PERSON_PRONOUNS.has(first) && !acronym) return 'named-person';
  if (words.length === 1 && (first === 'it' || first === 'which')) return 'organization';
  if (words.length === 1 && (first === 'they' || first === 'we' || first === 'you')) return 'unnamed';
  if (words.length === 2 && first === 'the' && NATIONALS.has(head)) return 'unnamed';
  const lowerHead = !CAPITAL.test(last) || words.length === 1;
  if ((UNNAMED_HEADS.has(head) || ROLE_HEADS.has(head)) && lowerHead) return 'unnamed';
  if (ORGANIZATION_HEADS.has(head) || /^\p{Lu}{2,}$/u.test(last)) return 'organization';
  const capitalised = words.filter((w) => CAPITAL.test(w)).length;
  // Until a person finder has run, a capitalised name-like source is most likely a person.
  if (!peopleKnown && capitalised === words.length && capitalised > 0 && capitalised <= 4) return 'named-person';
  if (capitalised > 0) return 'organization';
  return 'unnamed';
}
