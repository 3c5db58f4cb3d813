/**
 * Builds the tagger's lexicons for scripts/train.ts:
 * - casing statistics over the unlabelled training texts (CoNLL + PolNeAR train);
 * - a gazetteer from compromise's lexicon (names, places, organisations, demonyms...);
 * - gazetteer bits from the CoNLL training labels, per cross-validation fold, so the tagger
 *   learns how far to trust a word list on words it has not seen labelled.
 */
import nlp from 'compromise';
import { tokenize, splitSentences } from '../src/core/tokenize.ts';
import { buildDocView, F_WORD, F_HAS_UPPER, F_CAPITALISED, F_SENT_INITIAL, F_CAPS_LINE, F_TITLE_LINE } from '../src/core/persons/doc-view.ts';
import { hashWord } from '../src/core/persons/hash.ts';
import * as G from '../src/core/persons/lexicon.ts';
import type { ConllDoc } from './eval/conll-data.ts';

const EMPTY: G.Lexicons = { gazetteer: new Map(), casing: new Map() };

/** Casing buckets over `texts`: how often each word is written lower-case vs capitalised mid-sentence. */
export function buildCasing(texts: string[]): Map<number, number> {
  const lower = new Map<number, number>();
  const cap = new Map<number, number>();
  for (const text of texts) {
    const toks = tokenize(text);
    const v = buildDocView(text, toks, splitSentences(text, toks), EMPTY);
    for (let t = 0; t < v.n; t++) {
      const f = v.flags[t] as number;
      if (!(f & F_WORD)) continue;
      const h = v.lower[t] as number;
      if (!(f & F_HAS_UPPER)) lower.set(h, (lower.get(h) ?? 0) + 1);
      else if (f & F_CAPITALISED && !(f & (F_SENT_INITIAL | F_CAPS_LINE | F_TITLE_LINE)))
        cap.set(h, (cap.get(h) ?? 0) + 1);
    }
  }
  const out = new Map<number, number>();
  const keys = new Set([...lower.keys(), ...cap.keys()]);
  for (const h of keys) {
    const b = G.casingBucket(lower.get(h) ?? 0, cap.get(h) ?? 0);
    if (b > 0) out.set(h, b);
  }
  return out;
}

const COMPROMISE_TAGS: Record<string, number> = {
  FirstName: G.GAZ_FIRST,
  MaleName: G.GAZ_FIRST | G.GAZ_MALE,
  FemaleName: G.GAZ_FIRST | G.GAZ_FEMALE,
  LastName: G.GAZ_LAST,
  City: G.GAZ_PLACE,
  Country: G.GAZ_PLACE,
  Region: G.GAZ_PLACE,
  Place: G.GAZ_PLACE,
  Organization: G.GAZ_ORG,
  SportsTeam: G.GAZ_ORG,
  Demonym: G.GAZ_DEMONYM,
  Honorific: G.GAZ_HONORIFIC,
  Month: G.GAZ_DATE,
  WeekDay: G.GAZ_DATE,
};

/** Single-word entries of compromise's lexicon, as gazetteer bits. */
export function compromiseGazetteer(): Map<number, number> {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const out = new Map<number, number>();
  for (const word of Object.keys(lexicon).sort()) {
    if (word.includes(' ')) continue;
    const v = lexicon[word] as string | string[];
    let bits = 0;
    for (const tag of Array.isArray(v) ? v : [v]) bits |= COMPROMISE_TAGS[tag] ?? 0;
    if (bits) out.set(hashWord(word), bits);
  }
  return out;
}

/** Label counts per word: [perFirst, perLast, perUnit, loc, org, misc, capitalisedTotal]. */
type Counts = Map<number, Int32Array>;

function countDoc(doc: ConllDoc, into: Counts): void {
  const bump = (w: string, k: number): void => {
    const h = hashWord(w);
    let c = into.get(h);
    if (!c) into.set(h, (c = new Int32Array(7)));
    c[k] = (c[k] as number) + 1;
  };
  const wordsOf = (s: number, e: number): string[] => doc.text.slice(s, e).split(' ').filter((w) => /\p{L}/u.test(w));
  for (const [s, e] of doc.persons) {
    const ws = wordsOf(s, e);
    if (ws.length === 1) bump(ws[0] as string, 2);
    else if (ws.length > 1) {
      bump(ws[0] as string, 0);
      bump(ws[ws.length - 1] as string, 1);
    }
  }
  const lists: Array<[Array<[number, number]>, number]> = [[doc.locs, 3], [doc.orgs, 4], [doc.misc, 5]];
  for (const [list, k] of lists) for (const [s, e] of list) for (const w of wordsOf(s, e)) bump(w, k);
  for (const w of doc.text.split(/[ \n]/)) if (/^\p{Lu}/u.test(w)) bump(w, 6);
}

const TRAIN_BITS = [G.GAZ_T_PER_FIRST, G.GAZ_T_PER_LAST, G.GAZ_T_PER_UNIT, G.GAZ_T_LOC, G.GAZ_T_ORG, G.GAZ_T_MISC];

function bitsFrom(counts: Counts, minus?: Counts): Map<number, number> {
  const out = new Map<number, number>();
  for (const [h, c] of counts) {
    const m = minus?.get(h);
    const total = (c[6] as number) - (m ? (m[6] as number) : 0);
    let bits = 0;
    for (let k = 0; k < 6; k++) {
      const n = (c[k] as number) - (m ? (m[k] as number) : 0);
      if (n >= 1 && n * 4 >= total) bits |= TRAIN_BITS[k] as number;
    }
    if (bits) out.set(h, bits);
  }
  return out;
}

/** Gazetteer bits from training labels: for all documents, and for each fold without itself. */
export function trainGazetteers(docs: ConllDoc[], folds: number): { all: Map<number, number>; perFold: Array<Map<number, number>> } {
  const total: Counts = new Map();
  const byFold: Counts[] = Array.from({ length: folds }, () => new Map());
  docs.forEach((d, i) => countDoc(d, byFold[i % folds] as Counts));
  for (const fc of byFold)
    for (const [h, c] of fc) {
      const t = total.get(h);
      if (t) for (let k = 0; k < 7; k++) t[k] = (t[k] as number) + (c[k] as number);
      else total.set(h, Int32Array.from(c));
    }
  return { all: bitsFrom(total), perFold: byFold.map((fc) => bitsFrom(total, fc)) };
}

/** Union of two gazetteers' bits. */
export function mergeGazetteers(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  const out = new Map(a);
  for (const [h, bits] of b) out.set(h, (out.get(h) ?? 0) | bits);
  return out;
}
