/**
 * Person name spans from the tagger's output, cleaned by rules: honorifics and leading titles
 * are cut off ("Mr. Kuleba" → "Kuleba"); a strong honorific makes a name even where the tagger
 * saw none; and a name tagged once is found again wherever it recurs untagged (a surname in a
 * headline, a second "Such" in a cricket report).
 */
import type { Tokens } from '../tokenize.ts';
import { F_CAPITALISED, F_ALL_CAPS, F_WORD, F_HAS_UPPER } from './doc-view.ts';
import { HONORIFICS, MALE_HONORIFICS, FEMALE_HONORIFICS, PARTICLES, TITLE_HEADS } from './names.ts';
import type { Tagged } from './tag-people.ts';
import { PER } from './tags.ts';
import { tokKey } from './token-text.ts';

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
    while (a < b && (HONORIFICS.has(tokKey(text, toks, a)) || TITLE_HEADS.has(tokKey(text, toks, a)))) {
      gender = genderOf(tokKey(text, toks, a)) || gender;
      a++;
    }
    while (b > a && !((view.flags[b] as number) & F_WORD)) b--;
    if ((view.flags[a] as number) & F_WORD) spans.push({ first: a, last: b, gender });
  }
  addHonorificNames(text, toks, tagged, cover, spans);
  addRecurrences(text, toks, tagged, cover, spans);
  return spans.sort((x, y) => x.first - y.first);
}

function isNameWord(tagged: Tagged, t: number): boolean {
  const f = tagged.view.flags[t] as number;
  return (f & F_WORD) !== 0 && (f & (F_CAPITALISED | F_ALL_CAPS)) !== 0;
}

/** "Mr. Smith", "Dr. Ana de la Cruz": a strong honorific followed by capitalised words. */
function addHonorificNames(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const n = toks.count;
  for (let t = 0; t + 1 < n; t++) {
    if (!((tagged.view.flags[t] as number) & F_CAPITALISED)) continue;
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

/**
 * Finds untagged recurrences of known names: any suffix of a tagged name ("Cavo Dragone" of
 * "Giuseppe Cavo Dragone", "SHEARER" in a headline) on capitalised, uncovered tokens.
 */
function addRecurrences(text: string, toks: Tokens, tagged: Tagged, cover: Uint8Array, spans: NameSpan[]): void {
  const byLast = new Map<string, string[][]>();
  for (const s of spans) {
    const keys: string[] = [];
    for (let t = s.first; t <= s.last; t++) keys.push(tokKey(text, toks, t));
    for (let k = 0; k < keys.length; k++) {
      const suffix = keys.slice(k);
      if (PARTICLES.has(suffix[0] as string)) continue;
      const last = suffix[suffix.length - 1] as string;
      const list = byLast.get(last) ?? [];
      if (!list.some((x) => x.join(' ') === suffix.join(' '))) list.push(suffix);
      byLast.set(last, list);
    }
  }
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length);
  const n = toks.count;
  for (let t = 0; t < n; t++) {
    if (cover[t] !== 0 || !((tagged.view.flags[t] as number) & F_HAS_UPPER) || !isNameWord(tagged, t)) continue;
    const list = byLast.get(tokKey(text, toks, t));
    if (!list) continue;
    for (const seq of list) {
      const a = t - seq.length + 1;
      if (a < 0) continue;
      let ok = true;
      for (let k = 0; k < seq.length && ok; k++) ok = cover[a + k] === 0 && tokKey(text, toks, a + k) === seq[k];
      if (!ok || !isNameWord(tagged, a)) continue;
      for (let k = a; k <= t; k++) cover[k] = 1 + PER;
      spans.push({ first: a, last: t, gender: UNKNOWN });
      break;
    }
  }
}
