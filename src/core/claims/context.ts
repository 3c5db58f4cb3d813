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
  readonly word: Int32Array;
  readonly lemma: Int32Array;
  readonly suffix: Int32Array;
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

/**
 * Word forms seen so far, in a cache shared across texts, so lemmas and hashes of common words
 * are computed once per session, not per article. A form is confirmed by the hash of its
 * lower-cased text (30 bits), its length and its last character, as the `Map` this replaces did.
 * Why typed arrays: a `Map` of entry objects cost a hash-table probe plus two dependent loads
 * (entry, then its string) per token, half of `buildContext`; here a form's two candidate slots
 * (two-way set associative: a new form takes the first slot and moves its occupant to the
 * second) are 64 adjacent bytes of one array.
 */
const SET_BITS = 14;
const SET_MASK = (1 << SET_BITS) - 1;
/** Ints per slot: see the `S_*` offsets. */
const STRIDE = 8;
const S_KEY = 0;
/** Length of the text range, its lower-cased last character and the word class, packed. */
const S_META = 1;
const S_WORD = 2;
const S_LEMMA = 3;
const S_SUFFIX = 4;
const slots = new Int32Array((SET_MASK + 1) * 2 * STRIDE);
const slotLower: string[] = new Array<string>((SET_MASK + 1) * 2).fill('');

/** What every occurrence of one word form shares; computed once per form, then kept in a slot. */
interface Entry {
  lower: string;
  word: number;
  lemma: number;
  suffix: number;
  cls: WordClass;
}

function computeEntry(text: string, s: number, e: number, kind: number, shape: number): Entry {
  const lw = text.slice(s, e).toLowerCase();
  const lm = kind === TokenKind.Word ? lemma(lw) : lw;
  return {
    lower: lw,
    word: hashString(lw),
    lemma: hashString(lm),
    suffix: hashString(lw.length > 3 ? lw.slice(-3) : lw),
    cls: wordClass(lw, kind, shape, lm),
  };
}

/**
 * The cache slot holding the word form `text[s, e)`, filled on a miss, or -1 when the form
 * can't be cached (case folding changed its length; `out[0]` then holds it).
 */
function wordSlot(text: string, s: number, e: number, kind: number, shape: number, out: Entry[]): number {
  // 30-bit keys, +1 so that 0 marks an empty slot.
  const h = hashLowerRange(text, s, e) & 0x3fffffff;
  const first = ((h ^ (h >>> SET_BITS)) & SET_MASK) * 2;
  const len = e - s;
  if (matches(text, e, len, h, first)) return first;
  if (matches(text, e, len, h, first + 1)) return first + 1;
  const entry = computeEntry(text, s, e, kind, shape);
  if (entry.lower.length !== len) {
    out[0] = entry;
    return -1;
  }
  const b = first * STRIDE;
  slots.copyWithin(b + STRIDE, b, b + STRIDE);
  slotLower[first + 1] = slotLower[first] as string;
  slots[b + S_KEY] = h + 1;
  slots[b + S_META] = len | (entry.lower.charCodeAt(len - 1) << 8) | (entry.cls << 24);
  slots[b + S_WORD] = entry.word;
  slots[b + S_LEMMA] = entry.lemma;
  slots[b + S_SUFFIX] = entry.suffix;
  slotLower[first] = entry.lower;
  return first;
}

/** Whether `slot` holds the form of length `len` ending at `e` whose key is `h`. */
function matches(text: string, e: number, len: number, h: number, slot: number): boolean {
  const b = slot * STRIDE;
  if (slots[b + S_KEY] !== h + 1) return false;
  const meta = slots[b + S_META] as number;
  if ((meta & 0xff) !== len) return false;
  const last = text.charCodeAt(e - 1);
  const want = (meta >>> 8) & 0xffff;
  return last === want || last + 32 === want || last >= 0xc0;
}

/** Builds the token context. Linear in the number of tokens. */
export function buildContext(text: string, toks: Tokens, sentences: SentenceRange[]): TokenContext {
  const n = toks.count;
  const lower: string[] = new Array<string>(n);
  // The per-token arrays are views of one buffer: one allocation per text instead of eight.
  // 32-bit arrays first, so every view is aligned.
  const buf = new ArrayBuffer(n * (5 * 4 + 3));
  const word = new Int32Array(buf, 0, n);
  const lem = new Int32Array(buf, 4 * n, n);
  const suffix = new Int32Array(buf, 8 * n, n);
  const sent = new Int32Array(buf, 12 * n, n);
  const para = new Int32Array(buf, 16 * n, n);
  const cls = new Uint8Array(buf, 20 * n, n);
  const inQuote = new Uint8Array(buf, 21 * n, n);
  const quoteRole = new Uint8Array(buf, 22 * n, n);
  let p = -1;
  let inDouble = false;
  let inSingle = false;
  const fresh: Entry[] = [];
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
    const shape = toks.shape[i] as number;
    // Long garbage tokens are cut for hashing so a 5 MB "word" costs no more than a short one.
    const slot = wordSlot(text, s, e - s > 40 ? s + 40 : e, kind, shape, fresh);
    let c: number;
    if (slot >= 0) {
      const b = slot * STRIDE;
      lower[i] = slotLower[slot] as string;
      word[i] = slots[b + S_WORD] as number;
      lem[i] = slots[b + S_LEMMA] as number;
      suffix[i] = slots[b + S_SUFFIX] as number;
      c = (slots[b + S_META] as number) >>> 24;
    } else {
      const hit = fresh[0] as Entry;
      lower[i] = hit.lower;
      word[i] = hit.word;
      lem[i] = hit.lemma;
      suffix[i] = hit.suffix;
      c = hit.cls;
    }
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
