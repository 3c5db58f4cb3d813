/**
 * What the title rules share: the context they read, the title words, and how a found title is
 * turned into a `TitleInfo` with the organisation and country it makes plain.
 */
import type { Tokens } from '../tokenize.ts';
import type { TextSpan } from '../types.ts';
import { F_ALL_CAPS, F_CAPITALISED, F_WORD } from './doc-view.ts';
import { COUNTRIES, DEMONYMS, TITLE_HEADS, TITLE_MODIFIERS } from './names.ts';
import type { Tagged } from './tag-people.ts';
import { ORG_TYPE } from './tags.ts';
import { spanText, tokKey, tokText } from './token-text.ts';

export interface TitleInfo {
  title: string;
  titleSpan: TextSpan | null;
  organization: string | null;
  country: string | null;
  /** First token of everything written before the name (title, demonym, "Ukraine's"), or -1. */
  from: number;
}

/** Lower-case title words allowed before a name ("former deputy coach"). */
export const LOWER_OK = new Set([
  'former', 'deputy', 'vice', 'acting', 'interim', 'assistant', 'senior', 'chief', 'prime',
  'foreign', 'defence', 'defense', 'finance', 'interior', 'state', 'general', 'executive',
  'managing', 'press', 'top', 'special', 'permanent', 'presidential', 'district', 'attorney',
  // Portfolio words in lower-case compound titles ("EU foreign policy chief", "trade envoy").
  'policy', 'security', 'trade', 'economy', 'economic', 'health', 'energy', 'education',
  'justice', 'transport', 'environment', 'labour', 'labor', 'home', 'national', 'intelligence',
  'military', 'climate', 'foreign-policy', 'communications', 'campaign', 'party',
  // Company officers ("chief financial officer", "chief operating officer").
  'financial', 'operating', 'technology', 'information', 'marketing', 'investment', 'legal',
  'medical', 'scientific', 'commercial', 'migration', 'regional', 'principal', 'shadow', 'staff',
]);
export const REPORTING = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'warned', 'wrote']);
export const DETERMINERS = new Set(['the', 'a', 'an']);
export const STOP = new Set([',', '.', ';', ':', '—', '–', '(', ')', '[', ']', '?', '!']);

export interface Ctx {
  text: string;
  toks: Tokens;
  tagged: Tagged;
  /** 1 + entity type per token, 0 outside entities. */
  cover: Uint8Array;
  /** 1 on the tokens of the people found (after the rules), when known. */
  named?: Uint8Array;
}

export function entityCover(tagged: Tagged): Uint8Array {
  const cover = new Uint8Array(tagged.view.n);
  for (const e of tagged.entities) for (let t = e.first; t <= e.last; t++) cover[t] = 1 + e.type;
  return cover;
}

export function flags(c: Ctx, t: number): number {
  return c.tagged.view.flags[t] as number;
}

/** A regnal or ordinal numeral ("Carlos III"), which is no acronym. */
const ROMAN = /^[IVX]+$/;

export function isAcronym(c: Ctx, t: number): boolean {
  const f = flags(c, t);
  return (f & F_ALL_CAPS) !== 0 && (c.toks.end[t] as number) - (c.toks.start[t] as number) <= 6 && !ROMAN.test(tokText(c.text, c.toks, t));
}

/** A capitalised demonym at `t` ("Ukrainian", "Chinese"). */
export function isCapitalisedDemonym(c: Ctx, t: number): boolean {
  return DEMONYMS.has(tokKey(c.text, c.toks, t)) && (flags(c, t) & F_CAPITALISED) !== 0;
}

export function isTitleWord(c: Ctx, t: number): boolean {
  const f = flags(c, t);
  if (!(f & F_WORD)) return false;
  const k = tokKey(c.text, c.toks, t);
  if (f & (F_CAPITALISED | F_ALL_CAPS)) return TITLE_HEADS.has(k) || TITLE_MODIFIERS.has(k);
  return TITLE_HEADS.has(k) || LOWER_OK.has(k);
}

/** Words that end a company's name ("Ford Motor Co.", "Acme Corp."). */
export const CORPORATE_SUFFIXES = new Set(['co.', 'co', 'corp.', 'corp', 'inc.', 'inc', 'ltd.', 'ltd', 'llc', 'plc', 'ag', 'se', 'sa', 'nv']);

/** Organisation and country named inside title tokens [a, b]. */
export function ownersIn(c: Ctx, a: number, b: number): { organization: string | null; country: string | null } {
  let organization: string | null = null;
  let country: string | null = null;
  for (let t = a; t <= b; t++) {
    const k = tokKey(c.text, c.toks, t);
    const demonym = DEMONYMS.get(k);
    const land = COUNTRIES.get(k);
    // A country inside an organisation's name ("Bank of England") is not the title's country.
    const inOrg = c.cover[t] === 1 + ORG_TYPE;
    if (!country && !inOrg && (demonym || land) && flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) country = demonym ?? land ?? null;
    else if (!organization && isAcronym(c, t) && !land && !TITLE_HEADS.has(k)) organization = tokText(c.text, c.toks, t);
  }
  if (!organization) {
    for (let t = a; t <= b; t++) {
      if (c.cover[t] !== 1 + ORG_TYPE) continue;
      let e = t;
      while (e + 1 <= b && c.cover[e + 1] === 1 + ORG_TYPE) e++;
      if (e + 1 <= b && CORPORATE_SUFFIXES.has(tokKey(c.text, c.toks, e + 1))) e++;
      // The tagger often runs the organisation into the title: "Homeland Security Secretary".
      while (e > t && TITLE_HEADS.has(tokKey(c.text, c.toks, e))) e--;
      if (TITLE_HEADS.has(tokKey(c.text, c.toks, e))) continue;
      // "Migration Minister": a portfolio the tagger took for a body is no organisation.
      if (allModifiers(c, t, e)) {
        t = e; // and not the rest of the same run ("of State")
        continue;
      }
      // "Foreign | Ministry": the portfolio before a body the tagger found is part of its name.
      let from = t;
      while (from - 1 >= a && PORTFOLIOS.has(tokKey(c.text, c.toks, from - 1)) && flags(c, from - 1) & F_CAPITALISED) from--;
      organization = spanText(c.text, c.toks, from, e);
      break;
    }
  }
  return { organization, country };
}

/** Portfolios that name a ministry or department ("Foreign Ministry", "Justice Department"). */
const PORTFOLIOS = new Set([
  'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'health', 'justice', 'trade',
  'energy', 'economy', 'education', 'environment', 'agriculture', 'transport', 'labour', 'labor',
  'culture', 'treasury', 'immigration', 'state', 'security', 'intelligence', 'homeland',
]);

/** Whether tokens [a, b] are title words only ("Migration Minister", "Secretary of State"). */
function allModifiers(c: Ctx, a: number, b: number): boolean {
  for (let t = a; t <= b; t++) {
    const k = tokKey(c.text, c.toks, t);
    if (!TITLE_MODIFIERS.has(k) && !(k === 'of' && t > a && t < b)) return false;
  }
  return true;
}

export function make(c: Ctx, a: number, b: number, extra: { country: string | null; organization?: string | null; from?: number }): TitleInfo {
  const owners = ownersIn(c, a, b);
  return {
    title: spanText(c.text, c.toks, a, b),
    titleSpan: { start: c.toks.start[a] as number, end: c.toks.end[b] as number, text: spanText(c.text, c.toks, a, b) },
    organization: extra.organization ?? owners.organization,
    country: extra.country ?? owners.country,
    from: extra.from ?? -1,
  };
}
