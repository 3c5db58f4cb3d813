/**
 * Tokeniser: one linear pass over the text, no backtracking regular expressions.
 *
 * Tokens live in parallel typed arrays rather than one object each, because a 5 MB page has
 * about a million tokens and the engine must stay lean in a content script.
 *
 * Conventions (chosen to fit news prose and CoNLL-style pre-tokenised text alike):
 * - a word keeps internal hyphens and apostrophes ("al-Bashir", "O'Brien", "don't");
 * - a trailing possessive is its own token ("Rutte's" → "Rutte", "'s"), so a person span never
 *   includes it;
 * - a period joins the word before it when that word is an initial ("B."), a dotted acronym
 *   ("U.S.") or a known abbreviation ("Mr.", "Gen.", "Jan."), so it does not end a sentence;
 * - every other punctuation mark and each quotation mark is a token of its own.
 */

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
  /** A quotation mark: " “ ” « » and ' ‘ ’ when not inside a word. */
  Quote = 4,
  /** The possessive ending 's / ’s. */
  Possessive = 5,
}

/** Bit flags describing a word token's shape; computed once, used by every later stage. */
export const enum Shape {
  /** First character is an upper-case letter. */
  Capitalised = 1,
  /** Every letter is upper case (and there are at least two letters). */
  AllCaps = 2,
  /** Contains a lower-case letter. */
  HasLower = 4,
  /** Contains a digit. */
  HasDigit = 8,
  /** Contains a hyphen. */
  HasHyphen = 16,
  /** Ends with a joined period ("Mr.", "U.S.", "B."). */
  HasPeriod = 32,
  /** A single letter, possibly with a period: an initial. */
  Initial = 64,
}

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly shape: Uint8Array;
  /**
   * 1 when a line break (paragraph boundary) lies between this token and the previous one,
   * 0 otherwise. Index 0 is 1.
   */
  readonly lineBefore: Uint8Array;
}

/** Abbreviations that take a period without ending the sentence. Lower-cased, no period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'adm', 'cmdr', 'rev', 'fr', 'st', 'sr', 'jr', 'hon', 'pres', 'amb', 'sec', 'supt', 'insp',
  'messrs', 'mme', 'mlle', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
  'approx', 'est', 'fig', 'vol', 'op', 'ed', 'eds', 'al', 'cf', 'ca', 'e.g', 'i.e',
]);

const enum C {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  Newline = 4,
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function classify(code: number, ch: string): C {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return C.Letter;
    if (code >= 48 && code <= 57) return C.Digit;
    if (code === 10 || code === 13) return C.Newline;
    if (code === 32 || code === 9 || code === 11 || code === 12) return C.Space;
    return C.Other;
  }
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return C.Newline;
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f)
    return C.Space;
  // Zero-width joiners and bidi controls are invisible: treat as part of the surrounding word
  // only when between letters is too subtle; as space they keep spans clean.
  if (code === 0x200c || code === 0x200d || (code >= 0x200e && code <= 0x200f)) return C.Space;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return C.Space;
  if (code === 0xfeff) return C.Space;
  return LETTER.test(ch) ? C.Letter : C.Other;
}

function isQuoteChar(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201c || code === 0x201d || code === 0x2018 ||
    code === 0x2019 || code === 0xab || code === 0xbb || code === 0x201e || code === 0x201f ||
    code === 0x2039 || code === 0x203a || code === 0x60 || code === 0xb4
  );
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** Growable typed-array builder (amortised O(1) push). */
class Builder {
  start: Int32Array = new Int32Array(1024);
  end: Int32Array = new Int32Array(1024);
  kind: Uint8Array = new Uint8Array(1024);
  shape: Uint8Array = new Uint8Array(1024);
  lineBefore: Uint8Array = new Uint8Array(1024);
  count = 0;

  push(s: number, e: number, k: TokenKind, shape: number, line: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = s;
    this.end[i] = e;
    this.kind[i] = k;
    this.shape[i] = shape;
    this.lineBefore[i] = line;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const g32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.kind = g8(this.kind);
    this.shape = g8(this.shape);
    this.lineBefore = g8(this.lineBefore);
  }

  finish(): Tokens {
    const n = this.count;
    return {
      count: n,
      start: this.start.subarray(0, n),
      end: this.end.subarray(0, n),
      kind: this.kind.subarray(0, n),
      shape: this.shape.subarray(0, n),
      lineBefore: this.lineBefore.subarray(0, n),
    };
  }
}

/** Computes the shape flags of a word `text.slice(s, e)`. */
export function wordShape(text: string, s: number, e: number): number {
  let upper = 0;
  let lower = 0;
  let letters = 0;
  let flags = 0;
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) flags |= Shape.HasDigit;
    else if (code >= 65 && code <= 90) {
      upper++;
      letters++;
      if (letters === 1 && i === s) flags |= Shape.Capitalised;
    } else if (code >= 97 && code <= 122) {
      lower++;
      letters++;
    } else if (isHyphen(code)) flags |= Shape.HasHyphen;
    else if (code > 127) {
      const ch = text[i] as string;
      if (UPPER.test(ch)) {
        upper++;
        letters++;
        if (i === s) flags |= Shape.Capitalised;
      } else if (LOWER.test(ch)) {
        lower++;
        letters++;
      } else if (LETTER.test(ch)) letters++;
    }
  }
  if (lower > 0) flags |= Shape.HasLower;
  if (upper >= 2 && lower === 0) flags |= Shape.AllCaps;
  if (text.charCodeAt(e - 1) === 46) flags |= Shape.HasPeriod;
  if (letters === 1 && (e - s === 1 || (e - s === 2 && flags & Shape.HasPeriod)))
    flags |= Shape.Initial;
  return flags;
}

/** Splits `text` into tokens. Linear in the length of the text. */
export function tokenize(text: string): Tokens {
  const b = new Builder();
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classify(code, text[i] as string);
    if (cls === C.Space) {
      i++;
      continue;
    }
    if (cls === C.Newline) {
      line = 1;
      i++;
      continue;
    }
    if (cls === C.Letter || cls === C.Digit) {
      const s = i;
      let sawLetter = cls === C.Letter;
      i++;
      // Consume the word: letters/digits, with single internal connectors between them.
      while (i < n) {
        const c = text.charCodeAt(i);
        const k = classify(c, text[i] as string);
        if (k === C.Letter) {
          sawLetter = true;
          i++;
          continue;
        }
        if (k === C.Digit) {
          i++;
          continue;
        }
        if (i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          const nk = classify(next, text[i + 1] as string);
          const joinsWord = nk === C.Letter || nk === C.Digit;
          if (joinsWord && (isHyphen(c) || c === 0xb7)) {
            i++;
            continue;
          }
          if (joinsWord && isApostrophe(c)) {
            // Possessive 's / ’s at the end of a word stays apart.
            const isS = next === 115 || next === 83;
            const afterS = i + 2 < n ? classify(text.charCodeAt(i + 2), text[i + 2] as string) : C.Space;
            if (isS && afterS !== C.Letter && afterS !== C.Digit) break;
            i++;
            continue;
          }
          // Numbers: 1,000 / 3.5 / 1996-08-30 / 10:30 / 9/11
          if (
            (c === 44 || c === 46 || c === 58 || c === 47) &&
            nk === C.Digit &&
            (text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57)
          ) {
            i++;
            continue;
          }
          // Dotted acronyms: U.S / U.K / e.g — letter . letter where the run is single letters.
          if (c === 46 && nk === C.Letter && i - 1 >= s) {
            const prevSingle = i - 1 === s || text.charCodeAt(i - 2) === 46;
            const nextSingle =
              i + 2 >= n || classify(text.charCodeAt(i + 2), text[i + 2] as string) !== C.Letter;
            if (prevSingle && nextSingle) {
              i++;
              continue;
            }
          }
        }
        break;
      }
      let e = i;
      // Join a following period to initials, dotted acronyms and known abbreviations.
      if (e < n && text.charCodeAt(e) === 46 && sawLetter) {
        const word = text.slice(s, e);
        const letters = e - s;
        const dotted = word.includes('.');
        const next = e + 1 < n ? text.charCodeAt(e + 1) : 32;
        const nextIsDot = next === 46; // "..." ellipsis: leave alone
        if (!nextIsDot && (dotted || (letters === 1 && UPPER.test(word)) || ABBREVIATIONS.has(word.toLowerCase()))) {
          e++;
          i = e;
        }
      }
      b.push(s, e, sawLetter ? TokenKind.Word : TokenKind.Number, wordShape(text, s, e), line);
      line = 0;
      continue;
    }
    // Possessive ending left by the word loop above.
    if (isApostrophe(code) && i + 1 < n && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83)) {
      const prev = b.count > 0 ? b.end[b.count - 1] : -1;
      // Also the pre-tokenised form "England 's" (CoNLL and similar corpora): a space before,
      // a word before that, and no letter after the s.
      const after = i + 2 < n ? classify(text.charCodeAt(i + 2), text[i + 2] as string) : C.Space;
      const spaced =
        prev === i - 1 &&
        text.charCodeAt(i - 1) === 32 &&
        b.kind[b.count - 1] === TokenKind.Word &&
        after !== C.Letter &&
        after !== C.Digit;
      if (prev === i || spaced) {
        b.push(i, i + 2, TokenKind.Possessive, 0, line);
        line = 0;
        i += 2;
        continue;
      }
    }
    // Surrogate pairs that are not letters: one token for the pair.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    b.push(i, i + width, isQuoteChar(code) ? TokenKind.Quote : TokenKind.Punct, 0, line);
    line = 0;
    i += width;
  }
  return b.finish();
}

/** Tokens `[first, last)` forming one sentence. */
export interface SentenceRange {
  first: number;
  last: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Abbreviations that, with their period, never end a sentence (titles and initials). */
const NEVER_FINAL = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'maj.',
  'capt.', 'sgt.', 'adm.', 'rev.', 'fr.', 'st.', 'hon.', 'pres.', 'amb.', 'no.', 'vs.', 'messrs.',
  'mme.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.',
  'dec.', 'mt.', 'e.g.', 'i.e.', 'cf.',
]);

/**
 * Groups tokens into sentences. A sentence ends at a line break, or after . ! ? (and any closing
 * quotes or brackets) when the next token starts a new sentence. Linear in the token count.
 */
export function splitSentences(text: string, toks: Tokens): SentenceRange[] {
  const out: SentenceRange[] = [];
  let first = 0;
  const n = toks.count;
  for (let i = 0; i < n; i++) {
    if (i > first && toks.lineBefore[i] === 1) {
      out.push({ first, last: i });
      first = i;
    }
    const s = toks.start[i] as number;
    const e = toks.end[i] as number;
    const k = toks.kind[i] as number;
    let ends = false;
    if (k === TokenKind.Punct && SENTENCE_END.has(text.slice(s, e))) ends = true;
    else if (k === TokenKind.Word && (toks.shape[i] as number) & Shape.HasPeriod) {
      // "U.S." or "Inc." may end a sentence; titles and initials never do.
      const w = text.slice(s, e).toLowerCase();
      if (!NEVER_FINAL.has(w) && !((toks.shape[i] as number) & Shape.Initial)) {
        const nx = i + 1 < n ? text.slice(toks.start[i + 1], toks.end[i + 1]) : '';
        ends = i + 1 >= n || STARTERS.has(nx);
      }
    }
    if (!ends) continue;
    // Absorb closing quotes/brackets and repeated marks.
    let j = i + 1;
    while (j < n && toks.lineBefore[j] === 0) {
      const t = text.slice(toks.start[j], toks.end[j]);
      if (CLOSERS.has(t) || SENTENCE_END.has(t)) j++;
      else break;
    }
    if (j >= n) break;
    if (toks.lineBefore[j] === 1) {
      i = j - 1;
      continue;
    }
    // Next token must look like a sentence start: capitalised word, number, or opening quote.
    const nk = toks.kind[j] as number;
    const starts =
      nk === TokenKind.Quote ||
      nk === TokenKind.Number ||
      (nk === TokenKind.Word && ((toks.shape[j] as number) & Shape.Capitalised) !== 0) ||
      text.charCodeAt(toks.start[j] as number) === 40; // "("
    if (starts) {
      out.push({ first, last: j });
      first = j;
    }
    i = j - 1;
  }
  if (first < n) out.push({ first, last: n });
  return out;
}

/** Words that commonly open a sentence; used to decide whether "U.S." ends one. */
const STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'This',
  'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'There', 'As', 'After', 'Before', 'When',
  'While', 'If', 'For', 'Some', 'Many', 'Most', 'Officials', 'Still', 'Yet', 'So', 'Now', 'Meanwhile',
]);
