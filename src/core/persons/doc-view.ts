/**
 * Per-document token facts the tagger's features read: hashes of each word and its affixes,
 * its shape, where it sits (sentence start, ALL-CAPS or Title Case headline) and how the same
 * word is written elsewhere in the document. Computed once per document in one linear pass,
 * stored in typed arrays so feature extraction allocates nothing.
 */
import { TokenKind, type Tokens, type SentenceRange } from '../tokenize.ts';
import { fnvStart, fnvStep, hashLower, lowerCode } from './hash.ts';
import type { Lexicons } from './lexicon.ts';
import { assignWordIds } from './word-ids.ts';
import { gazetteerOf, casingOf } from './lexicon-table.ts';

/** Position/shape flags per token. */
export const F_WORD = 1;
export const F_NUMBER = 2;
export const F_PUNCT = 4;
export const F_HAS_UPPER = 8;
export const F_CAPITALISED = 16;
export const F_ALL_CAPS = 32;
/** First word of its sentence, or first after an opening quote or colon. */
export const F_SENT_INITIAL = 64;
/** In a line written in capitals (headline, dateline). */
export const F_CAPS_LINE = 128;
/** In a Title Case line (headline). */
export const F_TITLE_LINE = 256;
/** The word also appears written in lower case elsewhere in the document. */
export const F_DOC_LOWER = 512;
/** The word also appears capitalised mid-sentence (outside headlines) in the document. */
export const F_DOC_CAP_MID = 1024;
/** The word appears in ALL CAPS somewhere. */
export const F_DOC_CAPS = 2048;
/** Is a candidate for tagging (has an upper-case letter). */
export const F_CANDIDATE = 4096;
/** Word contains a hyphen, apostrophe or period inside. */
export const F_INNER_PUNCT = 8192;

export interface DocView {
  n: number;
  /** Hash of the lower-cased word. */
  lower: Int32Array;
  /** Hash of the word as written. */
  exact: Int32Array;
  /** Hash of the collapsed shape ("Xx", "X.X.", "d-d"). */
  shape: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  flags: Uint16Array;
  gaz: Uint16Array;
  casing: Uint8Array;
  /** Length of the word in code units, capped at 15. */
  len: Uint8Array;
  /** First and last (exclusive) token of each token's sentence. */
  sentFirst: Int32Array;
  sentLast: Int32Array;
  /**
   * Dense id of each token's lower-cased word (same `lower` hash, same id), so per-word facts
   * of a document live in typed arrays indexed by id instead of hash maps.
   */
  word: Int32Array;
  /** Number of distinct word ids. */
  types: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Letter case of non-ASCII code units, filled on first use: 0 unknown, 1 upper, 2 lower, 3 neither. */
const CASE_CACHE = new Uint8Array(65536);

function caseOf(code: number): number {
  let c = CASE_CACHE[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = UPPER.test(ch) ? 1 : LOWER.test(ch) ? 2 : 3;
    CASE_CACHE[code] = c;
  }
  return c;
}

function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return caseOf(code) === 1;
}

function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return caseOf(code) === 2;
}

/** FNV-1a prime (hash.ts), inlined in the per-character loop. */
const FNV_PRIME = 0x01000193;

const QUOTE_HASH = hashLower('"', 0, 1);
const DASH_HASH = hashLower('-', 0, 1);
const DASHES = new Set([45, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);

/** Shape class of one code unit: X upper, x lower, d digit, or the character itself. */
function shapeClass(code: number): number {
  if (code >= 48 && code <= 57) return 100; // d
  if (isUpper(code)) return 88; // X
  if (isLower(code)) return 120; // x
  if (code > 127 && code < 0xd800) return 120; // other letters (CJK, Arabic...) count as x
  return code;
}

/**
 * Hash of the last `k` lower-cased code units of a word of length `len` (the whole word when
 * shorter), from its last four lower-cased code units `c4 c3 c2 c1` (c1 last), so the word is
 * read only once.
 */
function suffixHash(k: number, len: number, c4: number, c3: number, c2: number, c1: number): number {
  const m = len < k ? len : k;
  let h = fnvStart() ^ k;
  if (m >= 4) h = fnvStep(h, c4);
  if (m >= 3) h = fnvStep(h, c3);
  if (m >= 2) h = fnvStep(h, c2);
  if (m >= 1) h = fnvStep(h, c1);
  return h | 0;
}

/** Builds the view of one document. `lex` supplies the gazetteer and casing lexicons. */
export function buildDocView(
  text: string,
  toks: Tokens,
  sentences: SentenceRange[],
  lex: Lexicons,
): DocView {
  const n = toks.count;
  // All the per-token arrays are views of one buffer: one allocation per document instead of
  // fifteen (each typed array of its own costs a backing-store allocation and its sweeping).
  const buf = new ArrayBuffer(n * (11 * 4 + 2 * 2 + 2 * 1));
  let at = 0;
  const take = (bytes: number): number => {
    at += bytes * n;
    return at - bytes * n;
  };
  // Widest first, so every view starts aligned to its element size.
  const i32 = (): Int32Array => new Int32Array(buf, take(4), n);
  const u16 = (): Uint16Array => new Uint16Array(buf, take(2), n);
  const u8 = (): Uint8Array => new Uint8Array(buf, take(1), n);
  const v: DocView = {
    n,
    lower: i32(),
    exact: i32(),
    shape: i32(),
    pre2: i32(),
    pre3: i32(),
    suf2: i32(),
    suf3: i32(),
    suf4: i32(),
    sentFirst: i32(),
    sentLast: i32(),
    word: i32(),
    flags: u16(),
    gaz: u16(),
    casing: u8(),
    len: u8(),
    types: 0,
  };
  for (let t = 0; t < n; t++) hashToken(text, toks, v, t);
  v.types = assignWordIds(v.lower, v.word, n);
  markPositions(text, toks, sentences, v);
  markDocCasing(v, lex);
  return v;
}

function hashToken(text: string, toks: Tokens, v: DocView, t: number): void {
  const s = toks.start[t] as number;
  const e = toks.end[t] as number;
  const kind = toks.kind[t] as number;
  let hl = fnvStart();
  let hx = fnvStart();
  let hs = fnvStart();
  let lastClass = -1;
  let p2 = 0;
  let p3 = 0;
  let upper = 0;
  let lower = 0;
  let inner = false;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    // ASCII inline (most of every text); the cached tables for the rest.
    let lc = c;
    let cls = c;
    if (c < 128) {
      if (c >= 97 && c <= 122) cls = 120;
      else if (c >= 65 && c <= 90) {
        lc = c | 32;
        cls = 88;
      } else if (c >= 48 && c <= 57) cls = 100;
    } else {
      lc = lowerCode(c);
      cls = shapeClass(c);
    }
    c4 = c3;
    c3 = c2;
    c2 = c1;
    c1 = lc;
    hl = Math.imul(hl ^ lc, FNV_PRIME);
    hx = Math.imul(hx ^ c, FNV_PRIME);
    if (cls !== lastClass) {
      hs = Math.imul(hs ^ cls, FNV_PRIME);
      lastClass = cls;
    }
    if (cls === 88) upper++;
    else if (cls === 120) lower++;
    else if (i > s && i < e - 1 && (c === 45 || c === 39 || c === 46 || c === 0x2019)) inner = true;
    if (i === s + 1) p2 = hl;
    if (i === s + 2) p3 = hl;
  }
  // Every quotation mark looks alike to the tagger (“ ” « » " '), and so does every dash.
  if (kind === TokenKind.Quote) hl = hx = QUOTE_HASH;
  else if (kind === TokenKind.Punct && (e - s === 1 && DASHES.has(text.charCodeAt(s)))) hl = hx = DASH_HASH;
  v.lower[t] = hl | 0;
  v.exact[t] = hx | 0;
  v.shape[t] = hs | 0;
  v.pre2[t] = (p2 || hl) | 0;
  v.pre3[t] = (p3 || hl) | 0;
  v.suf2[t] = suffixHash(2, e - s, c4, c3, c2, c1);
  v.suf3[t] = suffixHash(3, e - s, c4, c3, c2, c1);
  v.suf4[t] = suffixHash(4, e - s, c4, c3, c2, c1);
  v.len[t] = Math.min(15, e - s);
  let f = 0;
  if (kind === TokenKind.Word) f |= F_WORD;
  else if (kind === TokenKind.Number) f |= F_NUMBER;
  else f |= F_PUNCT;
  if (upper > 0) f |= F_HAS_UPPER | F_CANDIDATE;
  if (isUpper(text.charCodeAt(s))) f |= F_CAPITALISED;
  if (upper >= 2 && lower === 0) f |= F_ALL_CAPS;
  if (inner) f |= F_INNER_PUNCT;
  if (kind !== TokenKind.Word) f &= ~F_CANDIDATE;
  v.flags[t] = f;
}

/** Small words a Title Case headline may leave in lower case. */
const TITLE_SMALL = new Set(
  ['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'from', 'vs', 'into', 'is'].map(
    (w) => hashLower(w, 0, w.length),
  ),
);

function markPositions(text: string, toks: Tokens, sentences: SentenceRange[], v: DocView): void {
  /** Per word id: 0 not looked up yet, 1 a small word of TITLE_SMALL, 2 not. */
  const small = new Uint8Array(v.types);
  for (const { first, last } of sentences) {
    let words = 0;
    let caps = 0;
    let lowerWords = 0;
    let capitalised = 0;
    let bigWords = 0;
    for (let t = first; t < last; t++) {
      v.sentFirst[t] = first;
      v.sentLast[t] = last;
      const f = v.flags[t] as number;
      if (!(f & F_WORD)) continue;
      words++;
      if (f & F_ALL_CAPS) caps++;
      else if (!(f & F_HAS_UPPER)) lowerWords++;
      const w = v.word[t] as number;
      let known = small[w] as number;
      if (known === 0) small[w] = known = TITLE_SMALL.has(v.lower[t] as number) ? 1 : 2;
      if (known === 2) {
        bigWords++;
        if (f & F_CAPITALISED) capitalised++;
      }
    }
    let lineFlag = 0;
    if (caps > 0 && lowerWords * 4 <= words && caps * 2 >= words) lineFlag = F_CAPS_LINE;
    else if (bigWords >= 3 && capitalised === bigWords) lineFlag = F_TITLE_LINE;
    let atStart = true;
    for (let t = first; t < last; t++) {
      let f = (v.flags[t] as number) | lineFlag;
      if (f & F_WORD) {
        if (atStart) f |= F_SENT_INITIAL;
        atStart = false;
      } else if (toks.kind[t] === TokenKind.Quote) {
        atStart = true;
      } else if (f & F_PUNCT) {
        const c = text.charCodeAt(toks.start[t] as number);
        if (c === 58 || c === 0x2014 || c === 0x2013 || c === 45) atStart = atStart || c === 58;
      }
      v.flags[t] = f;
    }
  }
}

function markDocCasing(v: DocView, lex: Lexicons): void {
  const n = v.n;
  const word = v.word;
  const seen = new Uint16Array(v.types);
  for (let t = 0; t < n; t++) {
    const f = v.flags[t] as number;
    if (!(f & F_WORD)) continue;
    let bits = 0;
    if (!(f & F_HAS_UPPER)) bits = F_DOC_LOWER;
    else if (f & F_ALL_CAPS) bits = F_DOC_CAPS;
    else if (f & F_CAPITALISED && !(f & (F_SENT_INITIAL | F_CAPS_LINE | F_TITLE_LINE))) bits = F_DOC_CAP_MID;
    const w = word[t] as number;
    seen[w] = (seen[w] as number) | bits;
  }
  // Lexicon look-ups once per distinct word, not once per token.
  const gaz = new Uint16Array(v.types);
  const casing = new Uint8Array(v.types);
  const looked = new Uint8Array(v.types);
  const table = lex.table;
  for (let t = 0; t < n; t++) {
    const w = word[t] as number;
    const f = v.flags[t] as number;
    if (f & F_WORD) v.flags[t] = f | (seen[w] as number);
    if (looked[w] === 0) {
      looked[w] = 1;
      const h = v.lower[t] as number;
      if (table) {
        const found = table.get(h);
        gaz[w] = gazetteerOf(found);
        casing[w] = casingOf(found);
      } else {
        gaz[w] = lex.gazetteer.get(h) ?? 0;
        casing[w] = lex.casing.get(h) ?? 0;
      }
    }
    v.gaz[t] = gaz[w] as number;
    v.casing[t] = casing[w] as number;
  }
}
