/**
 * A person's title as the article gives it, with the organisation or country it makes plain:
 * before the name ("Ukrainian Foreign Minister Dmitry Kuleba" → "Foreign Minister", Ukraine;
 * "Former NATO Secretary General …" → that whole title, NATO) or in apposition ("Giuseppe Cavo
 * Dragone, Chair of the NATO Military Committee"; "the spokesperson for the ministry, Jane Doe").
 * A leading demonym gives the country and stays out of the title.
 */
import { TokenKind, type Tokens } from '../tokenize.ts';
import type { TextSpan } from '../types.ts';
import { F_ALL_CAPS, F_CAPITALISED, F_CAPS_LINE, F_TITLE_LINE, F_WORD } from './doc-view.ts';
import { COUNTRIES, DEMONYMS, OFFICE_HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './names.ts';
import type { Tagged } from './tag-people.ts';
import { ORG_TYPE, LOC_TYPE } from './tags.ts';
import { spanText, tokKey, tokText } from './token-text.ts';
import { work } from './work-meter.ts';

export interface TitleInfo {
  title: string;
  titleSpan: TextSpan | null;
  organization: string | null;
  country: string | null;
  /** First token of everything written before the name (title, demonym, "Ukraine's"), or -1. */
  from: number;
}

/** Lower-case title words allowed before a name ("former deputy coach"). */
const LOWER_OK = new Set([
  'former', 'deputy', 'vice', 'acting', 'interim', 'assistant', 'senior', 'chief', 'prime',
  'foreign', 'defence', 'defense', 'finance', 'interior', 'state', 'general', 'executive',
  'managing', 'press', 'top', 'special', 'permanent', 'presidential', 'district', 'attorney',
  // Portfolio words in lower-case compound titles ("EU foreign policy chief", "trade envoy").
  'policy', 'security', 'trade', 'economy', 'economic', 'health', 'energy', 'education',
  'justice', 'transport', 'environment', 'labour', 'labor', 'home', 'national', 'intelligence',
  'military', 'climate', 'foreign-policy', 'communications', 'campaign', 'party',
]);
const REPORTING = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'warned', 'wrote']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const STOP = new Set([',', '.', ';', ':', '—', '–', '(', ')', '[', ']', '?', '!']);

interface Ctx {
  text: string;
  toks: Tokens;
  tagged: Tagged;
  /** 1 + entity type per token, 0 outside entities. */
  cover: Uint8Array;
}

export function entityCover(tagged: Tagged): Uint8Array {
  const cover = new Uint8Array(tagged.view.n);
  for (const e of tagged.entities) for (let t = e.first; t <= e.last; t++) cover[t] = 1 + e.type;
  return cover;
}

function flags(c: Ctx, t: number): number {
  return c.tagged.view.flags[t] as number;
}

function isAcronym(c: Ctx, t: number): boolean {
  const f = flags(c, t);
  return (f & F_ALL_CAPS) !== 0 && (c.toks.end[t] as number) - (c.toks.start[t] as number) <= 6;
}

function isTitleWord(c: Ctx, t: number): boolean {
  const f = flags(c, t);
  if (!(f & F_WORD)) return false;
  const k = tokKey(c.text, c.toks, t);
  if (f & (F_CAPITALISED | F_ALL_CAPS)) return TITLE_HEADS.has(k) || TITLE_MODIFIERS.has(k);
  return TITLE_HEADS.has(k) || LOWER_OK.has(k);
}

/** Organisation and country named inside title tokens [a, b]. */
function ownersIn(c: Ctx, a: number, b: number): { organization: string | null; country: string | null } {
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
      // The tagger often runs the organisation into the title: "Homeland Security Secretary".
      while (e > t && TITLE_HEADS.has(tokKey(c.text, c.toks, e))) e--;
      if (TITLE_HEADS.has(tokKey(c.text, c.toks, e))) continue;
      organization = spanText(c.text, c.toks, t, e);
      break;
    }
  }
  return { organization, country };
}

function make(c: Ctx, a: number, b: number, extra: { country: string | null; organization?: string | null; from?: number }): TitleInfo {
  const owners = ownersIn(c, a, b);
  return {
    title: spanText(c.text, c.toks, a, b),
    titleSpan: { start: c.toks.start[a] as number, end: c.toks.end[b] as number, text: spanText(c.text, c.toks, a, b) },
    organization: extra.organization ?? owners.organization,
    country: extra.country ?? owners.country,
    from: extra.from ?? -1,
  };
}

/** Longest place or organisation after "of" in a title before the name, in tokens. */
const MAX_OF_OWNER = 7;

/**
 * "Mayor of Greater Manchester Andy Burnham", "Governor of the Bank of England Andrew Bailey":
 * a title head, "of", then the capitalised place or body it is of, right before the name.
 */
function titleOfPlaceBefore(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  for (let t = first - 1; t > sentFirst && first - t <= MAX_OF_OWNER; t--) {
    work.steps++;
    const key = tokKey(c.text, c.toks, t);
    if (key === 'of' && t < first - 1) {
      const head = t - 1;
      if (!(flags(c, head) & (F_CAPITALISED | F_ALL_CAPS))) return null;
      // "Bank of England": part of the body's name; look further back for the title.
      if (!TITLE_HEADS.has(tokKey(c.text, c.toks, head))) continue;
      let a = head;
      while (a - 1 >= sentFirst && isTitleWord(c, a - 1) && flags(c, a - 1) & (F_CAPITALISED | F_ALL_CAPS)) a--;
      // "President of France": the country, when it is all that follows "of".
      const land = t + 2 === first ? (COUNTRIES.get(tokKey(c.text, c.toks, first - 1)) ?? null) : null;
      return make(c, a, first - 1, { country: land });
    }
    if (!(flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) && key !== 'the') return null;
  }
  return null;
}

/** Title written right before the name starting at token `first`. */
function titleBefore(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  let t = first - 1;
  if (t < sentFirst) return null;
  if (!isTitleWord(c, t) || !TITLE_HEADS.has(tokKey(c.text, c.toks, t))) return titleOfPlaceBefore(c, first, sentFirst);
  let a = t;
  for (t = t - 1; t >= sentFirst && first - t <= 12; t--) {
    work.steps++;
    const f = flags(c, t);
    const k = tokKey(c.text, c.toks, t);
    if (isTitleWord(c, t)) a = t;
    else if (k === 'of' && t - 1 >= sentFirst && isTitleWord(c, t - 1)) a = t;
    else if (f & F_WORD && (isAcronym(c, t) || ((c.cover[t] === 1 + ORG_TYPE) && f & F_CAPITALISED))) a = t;
    else if (f & F_CAPITALISED && DEMONYMS.has(k)) a = t;
    else break;
  }
  // Leading demonyms (and a possessive country before the title) give the country.
  let from = a;
  let country: string | null = null;
  while (a < first - 1 && DEMONYMS.has(tokKey(c.text, c.toks, a))) {
    country = country ?? DEMONYMS.get(tokKey(c.text, c.toks, a)) ?? null;
    a++;
  }
  if (!country && a - 2 >= sentFirst && c.toks.kind[a - 1] === TokenKind.Possessive) {
    const land = COUNTRIES.get(tokKey(c.text, c.toks, a - 2));
    if (land || c.cover[a - 2] === 1 + LOC_TYPE) {
      country = land ?? tokText(c.text, c.toks, a - 2);
      from = a - 2;
    }
  }
  return make(c, a, first - 1, { country, from });
}

/** Longest parenthetical skipped after a name ("(R-Okla.)", "(D-N.Y.)", "(pictured)"). */
const MAX_PARENTHETICAL = 8;

/** The token after a short parenthetical starting at `t`, or `t` when there is none. */
function skipParenthetical(c: Ctx, t: number, sentLast: number): number {
  if (t >= sentLast || tokText(c.text, c.toks, t) !== '(') return t;
  for (let k = t + 1; k < sentLast && k - t <= MAX_PARENTHETICAL; k++) {
    if (tokText(c.text, c.toks, k) === ')') return k + 1;
  }
  return t;
}

/** A relative clause after a name is no title ("Sarah Malik, who chairs the association"). */
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that', 'where', 'when']);

/** Words that may stand before a title's head ("a fisheries cooperative leader"). */
const MAX_HEAD_MODIFIERS = 3;

/** True when a title head follows within a few plain words from `t` ("fisheries cooperative leader"). */
function headAhead(c: Ctx, t: number, sentLast: number): boolean {
  if (RELATIVES.has(tokKey(c.text, c.toks, t))) return false;
  for (let k = t; k < sentLast && k - t <= MAX_HEAD_MODIFIERS; k++) {
    const f = flags(c, k);
    const key = tokKey(c.text, c.toks, k);
    if (!(f & F_WORD) || REPORTING.has(key)) return false;
    if (k > t && TITLE_HEADS.has(key)) return true;
  }
  return false;
}

/** "Jane Doe, (the) spokesperson for the ministry," — title after the name. */
function titleAfter(c: Ctx, last: number, sentLast: number): TitleInfo | null {
  let t = skipParenthetical(c, last + 1, sentLast);
  if (t >= sentLast || tokText(c.text, c.toks, t) !== ',') return null;
  t++;
  if (t < sentLast && DETERMINERS.has(tokKey(c.text, c.toks, t))) t++;
  let country: string | null = null;
  if (t + 1 < sentLast && c.toks.kind[t + 1] === TokenKind.Possessive) {
    country = COUNTRIES.get(tokKey(c.text, c.toks, t)) ?? null;
    if (country) t += 2;
  }
  while (t < sentLast && DEMONYMS.has(tokKey(c.text, c.toks, t)) && flags(c, t) & F_CAPITALISED) {
    country = country ?? DEMONYMS.get(tokKey(c.text, c.toks, t)) ?? null;
    t++;
  }
  if (t >= sentLast || !(isTitleWord(c, t) || headAhead(c, t, sentLast))) return null;
  const a = t;
  let b = t;
  for (t = t + 1; t < sentLast && t - a < 12; t++) {
    work.steps++;
    const s = tokText(c.text, c.toks, t);
    if (STOP.has(s) || c.toks.kind[t] === TokenKind.Quote || REPORTING.has(s.toLowerCase())) break;
    b = t;
  }
  if (t - a >= 12) return null;
  return make(c, a, b, { country });
}

/** "the spokesperson for the ministry, Jane Doe" — apposition before the name. */
function titleApposedBefore(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  const comma = first - 1;
  if (comma <= sentFirst || tokText(c.text, c.toks, comma) !== ',') return null;
  for (let t = comma - 1; t >= sentFirst && comma - t <= 10; t--) {
    work.steps++;
    const s = tokText(c.text, c.toks, t);
    if (STOP.has(s) || c.toks.kind[t] === TokenKind.Quote) return null;
    if (DETERMINERS.has(s.toLowerCase()) && t + 1 < comma && isTitleWord(c, t + 1)) {
      return make(c, t + 1, comma - 1, { country: null });
    }
    if (c.toks.kind[t] === TokenKind.Possessive && t + 1 < comma && isTitleWord(c, t + 1)) return ownedTitle(c, t, comma, sentFirst);
  }
  return null;
}

/**
 * "The EU's foreign policy chief, Kaja Kallas" / "Germany's finance minister, Christian
 * Lindner": an apposition whose title belongs to the name before the possessive at `pos`. The
 * owner is a country or an organisation; it opens the sentence or follows a determiner.
 */
function ownedTitle(c: Ctx, pos: number, comma: number, sentFirst: number): TitleInfo | null {
  const owner = pos - 1;
  if (owner < sentFirst || !(flags(c, owner) & F_WORD)) return null;
  const named = (flags(c, owner) & (F_CAPITALISED | F_ALL_CAPS)) !== 0;
  // A name of several words: "Planned Parenthood Arizona's president, Angela Florez".
  let ownerFirst = owner;
  while (
    named && ownerFirst - 1 >= sentFirst && owner - ownerFirst < 4 &&
    flags(c, ownerFirst - 1) & (F_CAPITALISED | F_ALL_CAPS) && !DETERMINERS.has(tokKey(c.text, c.toks, ownerFirst - 1))
  ) ownerFirst--;
  const determined = ownerFirst > sentFirst && DETERMINERS.has(tokKey(c.text, c.toks, ownerFirst - 1));
  // "the company's chief executive, Anna Berg": a title with no owner to name.
  if (!determined && (ownerFirst > sentFirst || !named)) return null;
  for (let t = pos + 1; t < comma; t++) if (!isTitleWord(c, t) && tokKey(c.text, c.toks, t) !== 'of') return null;
  if (!named) return make(c, pos + 1, comma - 1, { country: null });
  const key = tokKey(c.text, c.toks, owner);
  const single = ownerFirst === owner;
  const land = single ? (COUNTRIES.get(key) ?? (c.cover[owner] === 1 + LOC_TYPE ? tokText(c.text, c.toks, owner) : null)) : null;
  const name = spanText(c.text, c.toks, ownerFirst, owner);
  return make(c, pos + 1, comma - 1, { country: land, organization: land ? null : name, from: ownerFirst });
}

/** Title of the mention at tokens [first, last], or null. */
export function findTitle(c: Ctx, first: number, last: number): TitleInfo | null {
  const v = c.tagged.view;
  if ((v.flags[first] as number) & (F_CAPS_LINE | F_TITLE_LINE)) return null;
  const sf = v.sentFirst[first] as number;
  const sl = v.sentLast[first] as number;
  return titleBefore(c, first, sf) ?? titleAfter(c, last, sl) ?? titleApposedBefore(c, first, sf) ?? officeHonorific(c, first, sf);
}

/**
 * "Gov. Katie Hobbs", "Gen. Mark Milley": the office an honorific stands for, as the title (a
 * reader knows "Gov." means Governor; the store and the card should too).
 */
function officeHonorific(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  const t = first - 1;
  if (t < sentFirst) return null;
  const office = OFFICE_HONORIFICS.get(tokKey(c.text, c.toks, t));
  if (!office || !(flags(c, t) & (F_CAPITALISED | F_ALL_CAPS))) return null;
  // The title is the office, not the abbreviation written there, so no span claims it.
  return { title: office, titleSpan: null, organization: null, country: null, from: t };
}

export type TitleContext = Ctx;
