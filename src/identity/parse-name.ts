/**
 * Reads a written name into its parts: given names (with initials marked), surname (with its
 * particles), and a generational suffix. Honorifics and post-nominals are dropped. East Asian
 * names are read surname first (see `east-asian.ts`). Parses are cached because the same stored
 * names are compared again and again.
 */
import { eastAsianGiven } from './east-asian.ts';
import { foldToken, toAsciiLower } from './fold.ts';
import type { GivenToken } from './given-names.ts';
import { FIRST_WORD_NAMES, HONORIFICS, PARTICLES, POST_NOMINALS, SUFFIXES } from './name-words.ts';

export interface ParsedName {
  /** Readable ASCII words in written order, honorifics and suffix removed (for slugs). */
  words: string[];
  /** Given names, folded, particles removed, in written order. Empty for a bare surname. */
  given: GivenToken[];
  /** The surname's core (last non-particle word, folded): "leyen", "assad", "kim". */
  surname: string;
  /** Readable surname with particles ("von der leyen"). */
  surnameWords: string[];
  /** Normalised generational suffix ('jr', 'sr', 'iii'…) or null. */
  suffix: string | null;
  /** All folded non-particle words in written order (given and surname). */
  core: string[];
  /** Read surname first (East Asian order). */
  surnameFirst: boolean;
  /** Exact normalised surface form (ASCII, lower case, honorifics removed, suffix kept). */
  exact: string;
  /**
   * For two- or three-word names without particles or initials: the folded words sorted, so a
   * surname-first form ("Ishiba Shigeru") can be recognised; '' otherwise.
   */
  orderFree: string;
}

const EMPTY: ParsedName = {
  words: [],
  given: [],
  surname: '',
  surnameWords: [],
  suffix: null,
  core: [],
  surnameFirst: false,
  exact: '',
  orderFree: '',
};

function orderFreeKey(words: readonly Word[]): string {
  if (words.length < 2 || words.length > 3) return '';
  const folded: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.text.length === 1 || isParticle(w, i)) return '';
    folded.push(foldToken(w.text));
  }
  return folded.sort().join(' ');
}

interface Word {
  text: string;
  /** True for a particle written hyphenated to the next word ("al-Assad"). */
  boundParticle: boolean;
}

/** Splits into words; "J.R." → j, r; "Jong-un" → jong, un; "al-Assad" → al (bound), assad. */
function splitWords(name: string): Word[] {
  // "JD Vance", "TJ Holmes": a leading run of capital consonants is a pair of initials.
  // A possessive is not part of the name ("Rutte's" → "Rutte").
  const cleaned = name
    .replace(/['\u2019]s\b/g, '')
    .replace(/^\s*([B-DF-HJ-NP-TV-Z]{2,3})(?=\s)/, (m) => m.split('').join(' '));
  let text = toAsciiLower(cleaned);
  // "Biden, Joe" → "Joe Biden" (but not "Biden, Jr.").
  const comma = text.indexOf(',');
  if (comma > 0) {
    const after = text.slice(comma + 1).trim();
    const afterWords = after.split(/[\s.]+/).filter(Boolean);
    if (
      afterWords.length > 0 &&
      !afterWords.every((w) => SUFFIXES.has(w) || POST_NOMINALS.has(w))
    ) {
      text = `${after} ${text.slice(0, comma)}`;
    }
  }
  const words: Word[] = [];
  for (const chunk of text.split(/[\s,.;:()[\]"]+/)) {
    if (!chunk) continue;
    const parts = chunk.split(/[-\u2010-\u2015]+/);
    for (let i = 0; i < parts.length; i++) {
      const part = (parts[i] ?? '').replace(/[^a-z]/g, '');
      if (!part) continue;
      words.push({ text: part, boundParticle: i < parts.length - 1 && PARTICLES.has(part) });
    }
  }
  return words;
}

function isParticle(word: Word, index: number): boolean {
  if (!PARTICLES.has(word.text)) return false;
  return index > 0 || word.boundParticle || !FIRST_WORD_NAMES.has(word.text);
}

function parseUncached(name: string): ParsedName {
  const words = splitWords(name);
  while (words.length > 1 && HONORIFICS.has(words[0]?.text ?? '')) words.shift();
  let suffix: string | null = null;
  while (words.length > 1) {
    const last = words[words.length - 1]?.text ?? '';
    if (POST_NOMINALS.has(last)) words.pop();
    else if (SUFFIXES.has(last) && suffix === null) {
      suffix = SUFFIXES.get(last) ?? null;
      words.pop();
    } else break;
  }
  if (words.length === 0) return EMPTY;
  const texts = words.map((w) => w.text);
  const exact = suffix ? `${texts.join(' ')} ${suffix}` : texts.join(' ');

  const asian = eastAsianGiven(texts);
  if (asian !== null) {
    const surname = foldToken(texts[0] ?? '');
    const given = foldToken(asian);
    return {
      words: texts,
      given: [{ text: given, initial: false }],
      surname,
      surnameWords: [texts[0] ?? ''],
      suffix,
      core: [surname, given],
      surnameFirst: true,
      exact,
      orderFree: orderFreeKey(words),
    };
  }

  // Surname: the last word plus the particles written right before it.
  let start = words.length - 1;
  while (start > 0 && isParticle(words[start - 1] as Word, start - 1)) start--;
  const given: GivenToken[] = [];
  const core: string[] = [];
  for (let i = 0; i < start; i++) {
    const w = words[i] as Word;
    if (isParticle(w, i)) continue;
    const token: GivenToken = {
      text: w.text.length === 1 ? w.text : foldToken(w.text),
      initial: w.text.length === 1,
    };
    given.push(token);
    core.push(token.text);
  }
  const surname = foldToken(texts[texts.length - 1] ?? '');
  core.push(surname);
  return {
    words: texts,
    given,
    surname,
    surnameWords: texts.slice(start),
    suffix,
    core,
    surnameFirst: false,
    exact,
    orderFree: orderFreeKey(words),
  };
}

const CACHE_LIMIT = 100_000;
const cache = new Map<string, ParsedName>();

/** Empties the parse cache (benchmarks measure cold runs with it). */
export function clearNameCache(): void {
  cache.clear();
}

/** Parses a written name (cached; the result is shared, never mutate it). */
export function parseName(name: string): ParsedName {
  let parsed = cache.get(name);
  if (parsed === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    parsed = parseUncached(name);
    cache.set(name, parsed);
  }
  return parsed;
}
