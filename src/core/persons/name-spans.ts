/**
 * Person name spans from the tagger's output, cleaned by rules: honorifics and leading titles
 * are cut off ("Mr. Kuleba" → "Kuleba"); a strong honorific makes a name even where the tagger
 * saw none; and a name tagged once is found again wherever it recurs untagged (a surname in a
 * headline, a second "Such" in a cricket report).
 */
import type { Tokens } from '../tokenize.ts';
import { F_CAPITALISED, F_ALL_CAPS, F_WORD, F_HAS_UPPER, F_CAPS_LINE, F_TITLE_LINE, F_SENT_INITIAL } from './doc-view.ts';
import { GAZ_DATE, GAZ_NOT_PERSON } from './lexicon.ts';
import { BODY_HEADS, HONORIFICS, MALE_HONORIFICS, FEMALE_HONORIFICS, PARTICLES, ROMAN, SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS } from './names.ts';
import { isNameWord, type Tagged } from './tag-people.ts';
import { PER, MISC_TYPE, ORG_TYPE, LOC_TYPE } from './tags.ts';
import { tokKey, tokText } from './token-text.ts';
import { work } from './work-meter.ts';
import { hashWord } from './hash.ts';
import { addApposedNames, addCreditNames, reclaimFirstNames, reclaimNamesAfterOffice, reclaimNamesBeforeOf, reclaimTitledRuns } from './org-runs.ts';
import { mergeAfterInitials } from './name-merge.ts';

export const UNKNOWN = 0;
export const MALE = 1;
export const FEMALE = 2;

export interface NameSpan {
  /** First and last token, inclusive. */
  first: number;
  last: number;
  /** Gender an honorific makes plain (UNKNOWN otherwise). */
  gender: number;
}

/** Honorifics strong enough to make a person of the capitalised words after them. */
const STRONG = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'messrs', 'mme']);
/** Hashes of the lower-cased STRONG words with and without their period, to skip other words cheaply. */
const STRONG_HASHES = new Set([...STRONG].flatMap((w) => [hashWord(w), hashWord(`${w}.`)]));

function genderOf(key: string): number {
  return MALE_HONORIFICS.has(key) ? MALE : FEMALE_HONORIFICS.has(key) ? FEMALE : UNKNOWN;
}

export function findNameSpans(text: string, toks: Tokens, tagged: Tagged): NameSpan[] {
  const { view, entities } = tagged;
  const n = toks.count;
  /** 0 uncovered, 1 + type for tokens inside a tagged entity. */
  const cover = new Uint8Array(n);
  const spans: NameSpan[] = [];
  for (const e of entities) {
    for (let t = e.first; t <= e.last; t++) cover[t] = 1 + e.type;
    if (e.type !== PER) continue;
    let a = e.first;
    let b = e.last;
    let gender = UNKNOWN;
    // Honorific just before (tagged outside) or inside at the start.
    if (a > 0) gender = genderOf(tokKey(text, toks, a - 1));
    while (a < b && isTitleOrHonorific(tokKey(text, toks, a))) {
      gender = genderOf(tokKey(text, toks, a)) || gender;
      a++;
    }
    while (b > a && (!((view.flags[b] as number) & F_WORD) || (view.gaz[b] as number) & GAZ_DATE)) b--;
    if ((view.flags[a] as number) & F_WORD) spans.push({ first: a, last: b, gender });
  }
  reclaimFirstNames(text, toks, tagged, cover, spans);
  reclaimTitledRuns(text, toks, tagged, cover, spans);
  reclaimNamesAfterOffice(text, toks, tagged, cover, spans);
  reclaimNamesBeforeOf(text, toks, tagged, cover, spans);
  addApposedNames(text, toks, tagged, cover, spans);
  addCreditNames(text, toks, tagged, cover, spans);
  joinParticles(text, toks, tagged, cover, spans);
  addHonorificNames(text, toks, tagged, cover, spans);
  addTitledNames(text, toks, tagged, cover, spans);
  addRecurrences(text, toks, tagged, cover, spans);
  spans.sort((x, y) => x.first - y.first);
  return mergeAfterInitials(text, toks, spans);
}

/** Lower-case title words that make a name of the capitalised words after them. */
const LOWER_TITLES = new Set(['coach', 'captain', 'manager', 'striker', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'chairman', 'chairwoman', 'senator', 'governor', 'ambassador', 'envoy', 'midfielder', 'defender', 'goalkeeper', 'skipper']);

/**
 * Titles that begin no place or organisation name, so the capitalised word after them is a
 * person even when the tagger guessed otherwise (not "General Motors", "Premier League", "Prince
 * Edward Island", "Justice Department").
 */
const PERSON_ONLY_TITLES = new Set([
  'president', 'chancellor', 'senator', 'sen.', 'minister', 'secretary', 'ambassador', 'mayor',
  'pope', 'speaker', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'commissioner',
  'vice-president', 'president-elect', 'rep.', 'gov.', 'envoy', 'ceo', 'cfo', 'coo', 'cto',
]);

/** "Secretary-General Ban Ki-moon", "Cardinal Bernardin": capitalised words after a title. */
function addTitledNames(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const n = toks.count;
  const v = tagged.view;
  for (let t = 0; t + 1 < n; t++) {
    const f = v.flags[t] as number;
    // The words after the title are untagged, or tagged MISC (the tagger's guess for odd names).
    const after = cover[t + 1] as number;
    const misc = after === 1 + MISC_TYPE && (t + 1 === 0 || cover[t] !== after);
    // After a title that only people hold ("President Biden"), a short place or organisation
    // guess is overruled: the tagger, trained on 1996 news, doesn't know every new name.
    const overrule = (after === 1 + ORG_TYPE || after === 1 + LOC_TYPE) && cover[t] !== after && (f & F_CAPITALISED) !== 0 &&
      (t + 2 >= n || cover[t + 2] !== after || t + 3 >= n || cover[t + 3] !== after) &&
      PERSON_ONLY_TITLES.has(tokKey(text, toks, t));
    if (!(f & F_WORD) || f & (F_CAPS_LINE | F_TITLE_LINE) || (after !== 0 && !misc && !overrule) || !isNameWord(tagged, t + 1)) continue;
    const key = tokKey(text, toks, t);
    if (!(f & F_CAPITALISED ? TITLE_HEADS.has(key) || isTitleOrHonorific(key) : LOWER_TITLES.has(key))) continue;
    // "Health Minister Dr. Jane Smith": the honorific is neither title nor name.
    if (HONORIFICS.has(tokKey(text, toks, t + 1))) continue;
    let b = t;
    while (b + 1 < n && b - t < 4 && cover[b + 1] === after && isNameWord(tagged, b + 1)) {
      const k = tokKey(text, toks, b + 1);
      if (TITLE_HEADS.has(k) || TITLE_MODIFIERS.has(k) || (v.gaz[b + 1] as number) & GAZ_DATE) break;
      b++;
    }
    if (b === t || ((misc || overrule) && b + 1 < n && cover[b + 1] === after)) continue;
    // "President Hotel Group", "Minister Street Station": the guess ends like a body's name.
    if (overrule && BODY_HEADS.has(tokKey(text, toks, b))) continue;
    for (let k = t + 1; k <= b; k++) cover[k] = 1 + PER;
    spans.push({ first: t + 1, last: b, gender: UNKNOWN });
    t = b;
  }
}

/** "Lieutenant-Colonel", "Mr", "President": words cut from the front of a tagged name. */
function isTitleOrHonorific(key: string): boolean {
  if (HONORIFICS.has(key) || TITLE_HEADS.has(key)) return true;
  if (!key.includes('-')) return false;
  const parts = key.split('-');
  return parts.every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p));
}


/**
 * Completes names the tagger cut short: particles ("Joaquin del Olmo", "de Silva", "Van der
 * Westhuizen" tagged as two names), generational suffixes ("Joseph R. Biden Jr.") and regnal
 * numbers ("Charles VI").
 */
function joinParticles(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const n = toks.count;
  const startAt = new Map<number, NameSpan>();
  for (const s of spans) startAt.set(s.first, s);
  const removed = new Set<NameSpan>();
  for (const s of spans) {
    if (removed.has(s)) continue;
    // Forward: particles then a capitalised word, untagged or the start of another name.
    for (;;) {
      work.steps++;
      let t = s.last + 1;
      while (t < n && t - s.last <= 3 && PARTICLES.has(tokKey(text, toks, t)) && !((tagged.view.flags[t] as number) & F_ALL_CAPS)) t++;
      if (t === s.last + 1 || t >= n || !isNameWord(tagged, t)) break;
      const next = startAt.get(t);
      if (next) {
        removed.add(next);
        s.last = next.last;
      } else {
        // An untagged word, or another entity starting there ("Leyen" taken for a place).
        let e = t;
        while (e + 1 < n && cover[t] !== 0 && cover[e + 1] === cover[t] && isNameWord(tagged, e + 1)) e++;
        if (cover[t] !== 0 && t > 0 && cover[t - 1] === cover[t]) break;
        s.last = e;
      }
      for (let k = s.first; k <= s.last; k++) cover[k] = 1 + PER;
    }
    // Backward: lower-case particles right before ("de Silva").
    let a = s.first;
    while (a - 1 >= 0 && cover[a - 1] === 0 && PARTICLES.has(text.slice(toks.start[a - 1], toks.end[a - 1]))) a--;
    // "Von der Leyen" opening a sentence: the capital is the sentence's, not the name's.
    if (a < s.first && a - 1 >= 0 && cover[a - 1] === 0 && tagged.view.sentFirst[a] === a - 1 && PARTICLES.has(tokKey(text, toks, a - 1))) a--;
    if (a < s.first && (a === 0 || tagged.view.sentFirst[a] !== a || isNameWord(tagged, a))) {
      // "Salman bin Ebrahim Al Khalifa": the given name before a particle, taken for a place.
      if (a - 1 >= 0 && PARTICLES.has(tokKey(text, toks, a)) && nameBeforeParticle(text, toks, tagged, cover, a - 1)) a--;
      for (let k = a; k < s.first; k++) cover[k] = 1 + PER;
      s.first = a;
    }
    // Suffixes: "Jr.", "Sr.", "III".
    const t = s.last + 1;
    if (t < n && cover[t] === 0) {
      const k = tokText(text, toks, t).toLowerCase();
      if (SUFFIXES.has(k) || (ROMAN.has(k) && (tagged.view.flags[t] as number) & F_ALL_CAPS)) {
        cover[t] = 1 + PER;
        s.last = t;
      }
    }
  }
  if (removed.size) {
    const kept = spans.filter((x) => !removed.has(x));
    spans.length = 0;
    spans.push(...kept);
  }
}

/** Casing bucket from which a word is mostly written in lower case (lexicon.ts). */
const MOSTLY_LOWER = 4;

/** Prepositions after which a capitalised word before a particle is a place ("in Rio de …"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'of']);

/**
 * True when token `t`, right before a name's leading particle, is a given name the tagger took
 * for a one-word place or organisation (or left untagged): a capitalised word, alone in its
 * entity, not after a preposition of place.
 */
function nameBeforeParticle(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, t: number): boolean {
  const f = tagged.view.flags[t] as number;
  if (!isNameWord(tagged, t) || f & F_ALL_CAPS) return false;
  // "Later von der Leyen said": a sentence's first word that news text mostly writes in lower case.
  if (f & F_SENT_INITIAL && (tagged.view.casing[t] as number) >= MOSTLY_LOWER) return false;
  const own = cover[t] as number;
  if (own === 1 + PER || (own !== 0 && t > 0 && cover[t - 1] === own)) return false;
  const k = TITLE_HEADS.has(tokKey(text, toks, t)) || TITLE_MODIFIERS.has(tokKey(text, toks, t));
  return !k && !(t > 0 && PLACE_PREPOSITIONS.has(tokKey(text, toks, t - 1)));
}


/** "Mr. Smith", "Dr. Ana de la Cruz": a strong honorific followed by capitalised words. */
function addHonorificNames(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const n = toks.count;
  for (let t = 0; t + 1 < n; t++) {
    if (!((tagged.view.flags[t] as number) & F_CAPITALISED) || (toks.end[t] as number) - (toks.start[t] as number) > 7) continue;
    if (!STRONG_HASHES.has(tagged.view.lower[t] as number)) continue;
    const key = tokKey(text, toks, t);
    if (!STRONG.has(key) || cover[t + 1] === 1 + PER || !isNameWord(tagged, t + 1)) continue;
    let b = t + 1;
    while (b + 1 < n && b - t < 5) {
      if (isNameWord(tagged, b + 1)) b++;
      else if (PARTICLES.has(tokKey(text, toks, b + 1)) && b + 2 < n && isNameWord(tagged, b + 2)) b += 2;
      else break;
    }
    for (let k = t + 1; k <= b; k++) cover[k] = 1 + PER;
    spans.push({ first: t + 1, last: b, gender: genderOf(key) });
  }
}

/** Particles after an Arabic given name ("bin", "ibn", "bint"). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);


/** True when token `t` is a one-word place/organisation/misc guess, not a known place or body. */
function soloGuess(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, t: number, n: number): boolean {
  const own = cover[t] as number;
  if (own === 1 + PER || (t > 0 && cover[t - 1] === own) || (t + 1 < n && cover[t + 1] === own)) return false;
  // "Livingston said": a known surname speaking is a person, even if the word also names a club.
  if (t + 1 < n && SPEAKS.has(tokKey(text, toks, t + 1))) return true;
  return ((tagged.view.gaz[t] as number) & GAZ_NOT_PERSON) === 0;
}

/** Reporting verbs after a lone word that make it someone's surname. */
const SPEAKS = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'noted', 'warned', 'insisted', 'explained']);

/**
 * Finds untagged recurrences of known names: any suffix of a tagged name ("Cavo Dragone" of
 * "Giuseppe Cavo Dragone", "SHEARER" in a headline) or the given name of an Arabic name
 * ("Salman") on capitalised, uncovered tokens.
 */
function addRecurrences(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const lower = tagged.view.lower;
  const byLast = new Map<number, number[][]>();
  const seen = new Set<string>();
  for (const s of spans) {
    if (s.last === s.first || s.last - s.first > 6) continue;
    const keys: number[] = [];
    for (let t = s.first; t <= s.last; t++) keys.push(lower[t] as number);
    const forms: number[][] = [];
    for (let k = 0; k < keys.length; k++) {
      if (!(k === keys.length - 1 && PARTICLES.has(tokKey(text, toks, s.first + k)))) forms.push(keys.slice(k));
    }
    // "Salman" of "Salman bin Ebrahim Al Khalifa": an Arabic name is shortened to its given name.
    if (PATRONYMIC.has(tokKey(text, toks, s.first + 1))) forms.push([keys[0] as number]);
    for (const form of forms) {
      const joined = form.join(' ');
      if (seen.has(joined)) continue;
      seen.add(joined);
      const last = form[form.length - 1] as number;
      const list = byLast.get(last) ?? [];
      if (list.length < 16) list.push(form);
      byLast.set(last, list);
    }
  }
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length);
  const n = toks.count;
  for (let t = 0; t < n; t++) {
    // A lone word the tagger called a place or organisation may still be a known surname
    // ("Krishnamoorthi told reporters" after "Rep. Raja Krishnamoorthi").
    const solo = cover[t] !== 0 && soloGuess(text, toks, tagged, cover, t, n);
    if ((cover[t] !== 0 && !solo) || !((tagged.view.flags[t] as number) & F_HAS_UPPER) || !isNameWord(tagged, t)) continue;
    const list = byLast.get(lower[t] as number);
    if (!list) continue;
    for (const seq of list) {
      work.steps += seq.length;
      const a = t - seq.length + 1;
      if (a < 0) continue;
      let ok = true;
      // Words before a lone guess must be free: "von der | Leyen" (ORG), not "Ursula | Leyen".
      for (let k = 0; k < seq.length && ok; k++) ok = (cover[a + k] === 0 || (solo && a + k === t)) && lower[a + k] === seq[k];
      // "von der Leyen" again: the short form may open with its lower-case particle.
      if (!ok || !(isNameWord(tagged, a) || (seq.length > 1 && PARTICLES.has(text.slice(toks.start[a], toks.end[a]))))) continue;
      for (let k = a; k <= t; k++) cover[k] = 1 + PER;
      spans.push({ first: a, last: t, gender: UNKNOWN });
      break;
    }
  }
}
