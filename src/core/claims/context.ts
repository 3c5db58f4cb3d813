/**
 * Per-token facts that both claim taggers read: normalised word hashes, a coarse word class,
 * quotation state and sentence/paragraph numbers. Computed once per text in one linear pass so
 * the taggers only do array look-ups.
 */
import { TokenKind, Shape, type Tokens, type SentenceRange } from '../tokenize.ts';
import { hashString, hashLowerRange } from './hash.ts';
import { lemma, PRONOUNS, SPEECH_VERBS } from './lexicon.ts';

/** Coarse word classes used as back-off features. */
export const enum WordClass {
  Other = 0,
  Lower = 1,
  Capitalised = 2,
  AllCaps = 3,
  Number = 4,
  Pronoun = 5,
  Determiner = 6,
  SpeechVerb = 7,
  That = 8,
  Comma = 9,
  Final = 10,
  Colon = 11,
  OpenQuote = 12,
  CloseQuote = 13,
  Dash = 14,
  Paren = 15,
  Possessive = 16,
  Preposition = 17,
  Conjunction = 18,
  Punct = 19,
}

/** Role of a quotation mark: not a quote (an apostrophe), opening, or closing. */
export const enum QuoteRole {
  None = 0,
  Open = 1,
  Close = 2,
}

export interface TokenContext {
  readonly n: number;
  readonly lower: string[];
  readonly word: Uint32Array;
  readonly lemma: Uint32Array;
  readonly suffix: Uint32Array;
  readonly cls: Uint8Array;
  /** 1 when the token lies between an opening and a closing quotation mark. */
  readonly inQuote: Uint8Array;
  readonly quoteRole: Uint8Array;
  readonly sent: Int32Array;
  readonly para: Int32Array;
  /** Token index of the first token of each sentence's paragraph, per sentence. */
  readonly sentences: SentenceRange[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'some', 'any', 'no', 'every', 'each', 'several', 'many', 'most', 'both', 'all']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'about', 'during', 'after', 'before', 'over', 'into', 'through', 'against', 'under', 'since', 'as', 'than']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'because', 'although', 'though', 'while', 'if', 'when', 'whether']);
const FINALS = new Set(['.', '!', '?', '…']);
const DASHES = new Set(['-', '–', '—', '―', '--']);

function wordClass(lower: string, kind: number, shape: number, lem: string): WordClass {
  if (kind === TokenKind.Number) return WordClass.Number;
  if (kind === TokenKind.Possessive) return WordClass.Possessive;
  if (kind === TokenKind.Punct) {
    if (lower === ',') return WordClass.Comma;
    if (FINALS.has(lower)) return WordClass.Final;
    if (lower === ':' || lower === ';') return WordClass.Colon;
    if (DASHES.has(lower)) return WordClass.Dash;
    if (lower === '(' || lower === ')' || lower === '[' || lower === ']') return WordClass.Paren;
    return WordClass.Punct;
  }
  if (lower === 'that') return WordClass.That;
  if (PRONOUNS.has(lower)) return WordClass.Pronoun;
  if (DETERMINERS.has(lower)) return WordClass.Determiner;
  if (PREPOSITIONS.has(lower)) return WordClass.Preposition;
  if (CONJUNCTIONS.has(lower)) return WordClass.Conjunction;
  if (SPEECH_VERBS.has(lem)) return WordClass.SpeechVerb;
  if (shape & Shape.AllCaps) return WordClass.AllCaps;
  if (shape & Shape.Capitalised) return WordClass.Capitalised;
  return WordClass.Lower;
}

function isOpeningSide(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  // Opening when preceded by space, line start or an opening bracket/dash.
  return before === 32 || before === 10 || before === 13 || before === 9 || before === 40 ||
    before === 91 || before === 0x2014 || before === 0x2013 || before === 0xa0;
}

/** What every occurrence of one word form shares; computed once per form. */
interface WordEntry {
  lower: string;
  word: number;
  lemma: number;
  suffix: number;
  cls: WordClass;
}

/**
 * Word forms seen so far, keyed by the hash of their lower-cased text (checked against the
 * length and last character on a hit). Shared across texts so lemmas and hashes of common words
 * are computed once per session, not per article; cleared when it grows too large.
 */
const WORDS = new Map<number, WordEntry>();
const MAX_WORDS = 100000;

function wordEntry(text: string, s: number, e: number, kind: number, shape: number): WordEntry {
  // 30-bit keys stay small integers, which a Map hashes far faster than heap numbers.
  const h = hashLowerRange(text, s, e) & 0x3fffffff;
  const hit = WORDS.get(h);
  if (hit !== undefined && hit.lower.length === e - s) {
    const last = text.charCodeAt(e - 1);
    const want = hit.lower.charCodeAt(e - s - 1);
    if (last === want || last + 32 === want || last >= 0xc0) return hit;
  }
  const lw = text.slice(s, e).toLowerCase();
  const lm = kind === TokenKind.Word ? lemma(lw) : lw;
  const entry: WordEntry = {
    lower: lw,
    word: hashString(lw),
    lemma: hashString(lm),
    suffix: hashString(lw.length > 3 ? lw.slice(-3) : lw),
    cls: wordClass(lw, kind, shape, lm),
  };
  if (lw.length !== e - s) return entry; // case folding changed the length: don't key it by range
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  WORDS.set(h, entry);
  return entry;
}

/** Builds the token context. Linear in the number of tokens. */
export function buildContext(text: string, toks: Tokens, sentences: SentenceRange[]): TokenContext {
  const n = toks.count;
  const lower: string[] = new Array<string>(n);
  const word = new Uint32Array(n);
  const lem = new Uint32Array(n);
  const suffix = new Uint32Array(n);
  const cls = new Uint8Array(n);
  const inQuote = new Uint8Array(n);
  const quoteRole = new Uint8Array(n);
  const sent = new Int32Array(n);
  const para = new Int32Array(n);
  let p = -1;
  let inDouble = false;
  let inSingle = false;
  for (let i = 0; i < n; i++) {
    const s = toks.start[i] as number;
    const e = toks.end[i] as number;
    const kind = toks.kind[i] as number;
    if (toks.lineBefore[i] === 1) {
      p++;
      inDouble = false;
      inSingle = false;
    }
    para[i] = p;
    // Long garbage tokens are cut for hashing so a 5 MB "word" costs no more than a short one.
    const hit = wordEntry(text, s, e - s > 40 ? s + 40 : e, kind, toks.shape[i] as number);
    lower[i] = hit.lower;
    const shape = toks.shape[i] as number;
    word[i] = hit.word;
    lem[i] = hit.lemma;
    suffix[i] = hit.suffix;
    let c: number = hit.cls;
    if (c === WordClass.Capitalised || c === WordClass.Lower || c === WordClass.AllCaps) {
      // Case depends on the surface form, not on the cached lower-case entry.
      c = shape & Shape.AllCaps ? WordClass.AllCaps : shape & Shape.Capitalised ? WordClass.Capitalised : WordClass.Lower;
    }
    if (kind === TokenKind.Quote) {
      const code = text.charCodeAt(s);
      let role: QuoteRole = QuoteRole.None;
      if (code === 0x201c || code === 0xab || code === 0x201e) {
        role = QuoteRole.Open;
        inDouble = true;
      } else if (code === 0x201d || code === 0xbb) {
        role = inDouble || !isOpeningSide(text, s) ? QuoteRole.Close : QuoteRole.Open;
        inDouble = role === QuoteRole.Open;
      } else if (code === 34) {
        role = inDouble ? QuoteRole.Close : QuoteRole.Open;
        inDouble = !inDouble;
      } else if (code === 0x2018) {
        role = QuoteRole.Open;
        inSingle = true;
      } else if (code === 39 || code === 0x2019) {
        if (inSingle) {
          role = QuoteRole.Close;
          inSingle = false;
        } else if (isOpeningSide(text, s)) {
          role = QuoteRole.Open;
          inSingle = true;
        }
      }
      quoteRole[i] = role;
      c = role === QuoteRole.Open ? WordClass.OpenQuote : role === QuoteRole.Close ? WordClass.CloseQuote : WordClass.Punct;
      inQuote[i] = role === QuoteRole.Close ? 1 : 0;
    } else {
      inQuote[i] = inDouble || inSingle ? 1 : 0;
    }
    cls[i] = c;
  }
  for (let k = 0; k < sentences.length; k++) {
    const r = sentences[k] as SentenceRange;
    for (let i = r.first; i < r.last; i++) sent[i] = k;
  }
  return { n, lower, word, lemma: lem, suffix, cls, inQuote, quoteRole, sent, para, sentences };
}
