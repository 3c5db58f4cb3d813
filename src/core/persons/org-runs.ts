/**
 * People the tagger took for (part of) an organisation. Trained on 1996 wire news, it sometimes
 * runs a company and a title on into a first name ("Tesla Chief Executive Elon | Musk") or calls
 * an unfamiliar name an organisation ("Cathie Wood", "Philip Blenkinsop" in a credit line). What
 * follows or precedes the words shows a reader they are a person: a title right before, an
 * apposition that only a person has (", the founder of Ark Invest"), or a credit line's "by".
 */
import type { Tokens } from '../tokenize.ts';
import { F_ALL_CAPS } from './doc-view.ts';
import { GAZ_FIRST, GAZ_NOT_PERSON, GAZ_ORG, GAZ_PLACE } from './lexicon.ts';
import type { NameSpan } from './name-spans.ts';
import { BODY_HEADS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './names.ts';
import { isNameWord, type Tagged } from './tag-people.ts';
import { ORG_TYPE, PER } from './tags.ts';
import { tokKey, tokText } from './token-text.ts';

function isTitleWord(key: string): boolean {
  return TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || HONORIFICS.has(key);
}

/** True when tokens [a, b] are capitalised (not ALL-CAPS) words, none a title or honorific. */
function plainNameWords(text: string, toks: Tokens, tagged: Tagged, a: number, b: number): boolean {
  for (let t = a; t <= b; t++) {
    if (!isNameWord(tagged, t) || (tagged.view.flags[t] as number) & F_ALL_CAPS || isTitleWord(tokKey(text, toks, t))) return false;
  }
  return true;
}

/** Whether an entity of the tagger starts at token `t`. */
function startsRun(tagged: Tagged, t: number): boolean {
  return tagged.entities.some((e) => e.first === t);
}

/** Makes tokens [a, b] a person's name span. */
function claimPerson(cover: Uint8Array, spans: NameSpan[], a: number, b: number): void {
  for (let t = a; t <= b; t++) cover[t] = 1 + PER;
  spans.push({ first: a, last: b, gender: 0 });
}

/** Longest first name(s) taken back from an organisation run, in tokens. */
const MAX_RECLAIMED = 2;

/**
 * "Tesla Chief Executive Elon | Musk": the capitalised words between a title's head inside an
 * entity run and the tagged surname right after it are the person's.
 */
export function reclaimFirstNames(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  for (const s of spans) {
    const prev = s.first - 1;
    if (prev < 0 || cover[prev] === 0 || cover[prev] === 1 + PER) continue;
    let k = prev;
    while (k >= 0 && prev - k < MAX_RECLAIMED && cover[k] === cover[prev] && isNameWord(tagged, k) && !isTitleWord(tokKey(text, toks, k))) k--;
    // "European Commission spokesperson Anna-Kaisa | Itkonen": a short run of its own right
    // after a title head outside it, right before the surname, is the given name.
    if (k >= 0 && k < prev && cover[k] === 0 && TITLE_HEADS.has(tokKey(text, toks, k)) && startsRun(tagged, k + 1)) {
      const g = tagged.view.gaz[k + 1] as number;
      if (!(g & (GAZ_PLACE | GAZ_ORG)) && plainNameWords(text, toks, tagged, k + 1, prev)) {
        for (let t = k + 1; t <= prev; t++) cover[t] = 1 + PER;
        s.first = k + 1;
        continue;
      }
    }
    if (k === prev || k < 0 || cover[k] !== cover[prev] || !TITLE_HEADS.has(tokKey(text, toks, k))) {
      // "President of France Emmanuel | Macron": a known given name (no place or organisation
      // word) that ends a place or organisation guess right before the surname is the person's.
      // (A given name the gazetteer lacks, "Penny" of "Penny Wong", stays with the guess.)
      const g = tagged.view.gaz[prev] as number;
      if (g & GAZ_FIRST && !(g & (GAZ_PLACE | GAZ_ORG)) && isNameWord(tagged, prev) && !((tagged.view.flags[prev] as number) & F_ALL_CAPS)) {
        cover[prev] = 1 + PER;
        s.first = prev;
      }
      continue;
    }
    for (let t = k + 1; t <= prev; t++) cover[t] = 1 + PER;
    s.first = k + 1;
  }
}

/** Titles only a person holds, which the tagger may take into an organisation run ("MEP Bas Eickhout"). */
const HELD_TITLES = new Set(['mep', 'mp', 'senator', 'sen', 'president', 'minister', 'chancellor', 'mayor', 'ambassador', 'governor', 'gov', 'rep', 'pope', 'cardinal', 'rabbi', 'imam']);
/** Most name words after such a title in one run. */
const MAX_TITLED_NAME = 3;

/**
 * "MEP Bas Eickhout" tagged as one organisation: a run that opens with a title only people hold,
 * followed by two or three capitalised words that are no known place or organisation word, is
 * the title and a person's name.
 */
export function reclaimTitledRuns(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  for (const e of tagged.entities) {
    // The run may end in a word of what follows ("MEP Bas Eickhout of | the Greens").
    let last = e.last;
    while (last > e.first && !isNameWord(tagged, last)) last--;
    const len = last - e.first;
    if (e.type === PER || len < 2 || len > MAX_TITLED_NAME || !HELD_TITLES.has(tokKey(text, toks, e.first))) continue;
    let known = false;
    for (let t = e.first + 1; t <= last; t++) if ((tagged.view.gaz[t] as number) & GAZ_NOT_PERSON) known = true;
    if (known || !plainNameWords(text, toks, tagged, e.first + 1, last) || BODY_HEADS.has(tokKey(text, toks, last))) continue;
    claimPerson(cover, spans, e.first + 1, last);
  }
}

/** Titles before a run the tagger took for an organisation ("Professor | Gill Livingston of UCL"). */
const TITLES_BEFORE_RUN = new Set([...HELD_TITLES, 'professor', 'prof', 'dr', 'judge', 'chancellor']);

/**
 * "led by Professor Gill Livingston of University College London", tagged as an organisation
 * from "Gill" on: after a title only people hold, the two or three capitalised words of the run
 * before an "of" (in it or right after it) are a person's name, when the first is no known place
 * or organisation word.
 */
export function reclaimNamesBeforeOf(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  for (const e of tagged.entities) {
    if (e.type === PER || e.first < 1 || !isNameWord(tagged, e.first - 1)) continue;
    if (!TITLES_BEFORE_RUN.has(tokKey(text, toks, e.first - 1)) || cover[e.first - 1] !== 0) continue;
    // "of" inside the run, or right after it ("Gill Livingston | of University College London").
    let of = e.first + 1;
    while (of <= e.last + 1 && of < toks.count && of - e.first <= MAX_TITLED_NAME && tokKey(text, toks, of) !== 'of') of++;
    if (of > e.last + 1 || of >= toks.count || tokKey(text, toks, of) !== 'of' || of - e.first < 2 || of - e.first > MAX_TITLED_NAME) continue;
    if (((tagged.view.gaz[e.first] as number) & GAZ_NOT_PERSON) !== 0) continue;
    if (plainNameWords(text, toks, tagged, e.first, of - 1)) claimPerson(cover, spans, e.first, of - 1);
  }
}

/**
 * "Director-General of Health Diana Sarfati" tagged as one organisation "Health Diana Sarfati":
 * in a run right after "<title> of", a known given name inside it and the one or two
 * capitalised words after it, to the run's end, are a person's name.
 */
export function reclaimNamesAfterOffice(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const gaz = tagged.view.gaz;
  for (const e of tagged.entities) {
    if (e.type === PER || e.last - e.first < 2) continue;
    // "of" or "of the" between the title and the run, or inside it ("US Secretary of State
    // Mike Pompeo" tagged as one organisation).
    let of = e.first >= 1 && tokKey(text, toks, e.first - 1) === 'the' ? e.first - 2 : e.first - 1;
    let from = e.first + 1;
    if (of < 1 || tokKey(text, toks, of) !== 'of' || !TITLE_HEADS.has(tokKey(text, toks, of - 1))) {
      of = -1;
      for (let k = e.first + 1; k < e.last - 2; k++) {
        if (tokKey(text, toks, k) === 'of' && TITLE_HEADS.has(tokKey(text, toks, k - 1))) {
          of = k;
          break;
        }
      }
      if (of < 0) continue;
      from = of + 2;
    }
    for (let k = from; k < e.last; k++) {
      const g = gaz[k] as number;
      if (!(g & GAZ_FIRST) || g & (GAZ_PLACE | GAZ_ORG) || e.last - k > 2) continue;
      if (plainNameWords(text, toks, tagged, k, e.last) && !BODY_HEADS.has(tokKey(text, toks, e.last))) claimPerson(cover, spans, k, e.last);
      break;
    }
  }
}

/** Apposition heads only a person has ("Cathie Wood, the founder of Ark Invest"). */
const PERSON_HEADS = new Set([
  'founder', 'co-founder', 'cofounder', 'spokesman', 'spokeswoman', 'spokesperson', 'economist',
  'analyst', 'professor', 'lawyer', 'attorney', 'chairman', 'chairwoman', 'granddaughter',
  'grandson', 'daughter', 'son', 'wife', 'husband', 'widow', 'mother', 'father', 'sister', 'brother',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their']);
/** Words allowed between the determiner and the person head ("the longtime chief economist"). */
const MAX_HEAD_WORDS = 3;

/**
 * "Cathie Wood, the founder of Ark Invest, said": a two- or three-word organisation guess
 * followed by an apposition headed by a person-only noun is a person, when its first word is
 * not a known place or organisation word.
 */
export function addApposedNames(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const n = toks.count;
  for (const e of tagged.entities) {
    const len = e.last - e.first + 1;
    if (e.type !== ORG_TYPE || len < 2 || len > 3 || e.last + 3 >= n) continue;
    if (tokText(text, toks, e.last + 1) !== ',') continue;
    if (((tagged.view.gaz[e.first] as number) & GAZ_NOT_PERSON) !== 0) continue;
    if (plainNameWords(text, toks, tagged, e.first, e.last) && personApposition(text, toks, e.last + 2, n)) claimPerson(cover, spans, e.first, e.last);
  }
}

/** True when a determiner at `t` opens a phrase headed by a person-only noun within a few words. */
function personApposition(text: string, toks: Tokens, t: number, n: number): boolean {
  if (!DETERMINERS.has(tokKey(text, toks, t))) return false;
  for (let k = t + 1; k < n && k - t <= MAX_HEAD_WORDS; k++) {
    const key = tokKey(text, toks, k);
    if (PERSON_HEADS.has(key)) return true;
    if (!/^[a-z-]+$/.test(key) || text.charCodeAt(toks.start[k] as number) < 97) return false;
  }
  return false;
}

/** True when token `t` is "by" in any case; checks the characters, without building a string. */
function isBy(text: string, toks: Tokens, t: number): boolean {
  const a = toks.start[t] as number;
  if ((toks.end[t] as number) - a !== 2) return false;
  return (text.charCodeAt(a) | 0x20) === 0x62 && (text.charCodeAt(a + 1) | 0x20) === 0x79;
}

/** Words that open a wire service's credit line before "by" ("Reporting by …; Editing by …"). */
const CREDIT_ROLES = new Set(['reporting', 'editing', 'writing', 'compiled', 'produced', 'photos', 'graphics', 'research']);
/** Longest name in a credit line, in words. */
const MAX_CREDIT_NAME = 4;

/**
 * "(Reporting by Philip Blenkinsop; Editing by Alison Williams)", a byline "By Jane Smith and
 * Tom Reed": the capitalised words after "by" in a credit line are people, joined by commas or
 * "and" and ended by ";", ")", "in" (the place) or the line's end.
 */
export function addCreditNames(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const n = toks.count;
  for (let t = 0; t + 1 < n; t++) {
    if (!isBy(text, toks, t)) continue;
    const byline = toks.lineBefore[t] === 1 || t === 0;
    const credit = t > 0 && CREDIT_ROLES.has(tokKey(text, toks, t - 1));
    if (!byline && !credit) continue;
    let k = t + 1;
    while (k < n && toks.lineBefore[k] === 0) {
      let e = k;
      while (e < n && e - k < MAX_CREDIT_NAME && isNameWord(tagged, e) && toks.lineBefore[e] === 0 && !isTitleWord(tokKey(text, toks, e))) e++;
      if (e - k < 2) break;
      if (cover[k] !== 1 + PER) {
        for (let x = k; x < e; x++) cover[x] = 1 + PER;
        spans.push({ first: k, last: e - 1, gender: 0 });
      }
      const sep = e < n && toks.lineBefore[e] === 0 ? tokKey(text, toks, e) : '';
      if (sep !== ',' && sep !== 'and') break;
      k = e + 1;
    }
  }
}
