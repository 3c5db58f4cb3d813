/**
 * A person's title as the article gives it, with the organisation or country it makes plain:
 * before the name ("Ukrainian Foreign Minister Dmitry Kuleba" → "Foreign Minister", Ukraine;
 * "Former NATO Secretary General …" → that whole title, NATO) or in apposition ("Giuseppe Cavo
 * Dragone, Chair of the NATO Military Committee"; "the spokesperson for the ministry, Jane Doe").
 * A leading demonym gives the country and stays out of the title.
 */
import { TokenKind } from '../tokenize.ts';
import { F_ALL_CAPS, F_CAPITALISED, F_CAPS_LINE, F_TITLE_LINE, F_WORD } from './doc-view.ts';
import { COUNTRIES, DEMONYMS, LOWER_CASE_HEADS, OFFICE_HONORIFICS, POSITION_ABBREVIATIONS, TITLE_HEADS } from './names.ts';
import { ORG_TYPE, LOC_TYPE, PER as PER_TYPE } from './tags.ts';
import { isHonorific, tokKey, tokText } from './token-text.ts';
import { work } from './work-meter.ts';
import { acronymTitleBefore, epithetAfter, titleAfter, titleApposedBefore, titleAppointed, titleOfBody } from './title-apposition.ts';
import { CORPORATE_SUFFIXES, flags, isAcronym, isCapitalisedDemonym, isTitleWord, make, ownersIn, type Ctx, type TitleInfo } from './title-parts.ts';

export { entityCover, type TitleInfo } from './title-parts.ts';

/** Longest place or organisation after "of" in a title before the name, in tokens. */
const MAX_OF_OWNER = 7;

/**
 * "Mayor of Greater Manchester Andy Burnham", "Governor of the Bank of England Andrew Bailey",
 * "Commissioner for Home Affairs Ylva Johansson": a title head, "of" or "for", then the
 * capitalised place, body or portfolio it is of, right before the name.
 */
function titleOfPlaceBefore(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  for (let t = first - 1; t > sentFirst && first - t <= MAX_OF_OWNER; t--) {
    work.steps++;
    const key = tokKey(c.text, c.toks, t);
    if ((key === 'of' || key === 'for' || key === 'to') && t < first - 1) {
      const head = t - 1;
      // "China's ambassador to Britain Liu Xiaming": a lower-case head may open it too.
      const capitalHead = (flags(c, head) & (F_CAPITALISED | F_ALL_CAPS)) !== 0;
      if (!capitalHead && (key !== 'to' || !TITLE_HEADS.has(tokKey(c.text, c.toks, head)))) return null;
      // "Bank of England": part of the body's name; look further back for the title.
      if (!TITLE_HEADS.has(tokKey(c.text, c.toks, head))) continue;
      let a = head;
      while (a - 1 >= sentFirst && isTitleWord(c, a - 1) && (!capitalHead || flags(c, a - 1) & (F_CAPITALISED | F_ALL_CAPS))) a--;
      // "Mayor of London Sir Sadiq Khan": an honorific before the name ends neither.
      let end = first - 1;
      while (end > t + 1 && isHonorific(c.text, c.toks, end)) end--;
      // "President of France": the country, when it is all that follows "of".
      // Not "ambassador to Britain": that country is where the office is held, not whose it is.
      const land = t + 2 === end + 1 && key !== 'to' ? (COUNTRIES.get(tokKey(c.text, c.toks, end)) ?? null) : null;
      const info = make(c, a, end, { country: land, from: a });
      // A portfolio ("for Home Affairs") is no organisation; one before it may be.
      if (key === 'for') info.organization = ownersIn(c, a, t - 1).organization;
      return info;
    }
    if (!(flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) && key !== 'the') return null;
  }
  return null;
}

/** Countries named by a compass word and a demonym. */
const COMPASS_COUNTRIES = new Map([
  ['North korean', 'North Korea'], ['South korean', 'South Korea'], ['South sudanese', 'South Sudan'],
  ['North macedonian', 'North Macedonia'], ['South african', 'South Africa'],
]);

/** Most capitalised words on either side of "and" in a portfolio. */
const MAX_PORTFOLIO_WORDS = 2;

function isCapWord(c: Ctx, t: number): boolean {
  const f = flags(c, t);
  return (f & F_WORD) !== 0 && (f & F_CAPITALISED) !== 0;
}

/**
 * "Work and Pensions Secretary", "Health and Human Services Secretary": where a title that
 * starts at `a` really starts when a portfolio of two parts joined by "and" stands before it.
 * Not across a person ("Trump and Vice President Mike Pence") or a title word after "and".
 */
function portfolioStart(c: Ctx, a: number, sentFirst: number): number {
  let k = a - 1;
  let right = 0;
  while (k >= sentFirst && right < MAX_PORTFOLIO_WORDS && isCapWord(c, k) && !isTitleWord(c, k)) {
    k--;
    right++;
  }
  const after = k + 1;
  const conj = k >= sentFirst ? tokKey(c.text, c.toks, k) : '';
  if ((conj !== 'and' && conj !== '&') || (right === 0 && !isCapWord(c, a)) || isTitleWord(c, after)) return a;
  // A demonym opens the title, not a portfolio's second part: "between Macron and German
  // Chancellor Olaf Scholz", "Trump and Chinese vice-premier Liu He".
  if (DEMONYMS.has(tokKey(c.text, c.toks, after))) return a;
  let j = k - 1;
  let left = 0;
  while (j >= sentFirst && left < MAX_PORTFOLIO_WORDS && isCapWord(c, j) && c.cover[j] !== 1 + PER_TYPE) {
    j--;
    left++;
  }
  if (left === 0 || (j >= sentFirst && isCapWord(c, j))) return a;
  return j + 1;
}

/**
 * Heads of two words, whose last word alone is no title ("running back Trey Edmunds", "tight end
 * …", "point guard …"): the first word decides.
 */
const COMPOUND_HEADS = new Map([
  ['back', new Set(['running', 'defensive', 'full', 'half'])],
  ['end', new Set(['tight', 'defensive'])],
  ['receiver', new Set(['wide'])],
  ['guard', new Set(['point', 'shooting'])],
  ['lineman', new Set(['offensive', 'defensive'])],
]);

function compoundHead(c: Ctx, t: number, sentFirst: number): boolean {
  if (positionHead(c, t)) return false;
  if (t - 1 < sentFirst || flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) return false;
  return COMPOUND_HEADS.get(tokKey(c.text, c.toks, t))?.has(tokKey(c.text, c.toks, t - 1)) ?? false;
}

/** "center" in lower case, "DL" in capitals: a position written as only a title is (see names.ts). */
function positionHead(c: Ctx, t: number): boolean {
  const f = flags(c, t);
  if (!(f & F_WORD)) return false;
  if (!(f & (F_CAPITALISED | F_ALL_CAPS))) return LOWER_CASE_HEADS.has(tokKey(c.text, c.toks, t));
  return (f & F_ALL_CAPS) !== 0 && POSITION_ABBREVIATIONS.has(tokText(c.text, c.toks, t));
}

/** Most capitalised portfolio words between a demonym and the title ("Infrastructure and Housing"). */
const MAX_DEMONYM_PORTFOLIO = 3;

/** Whether a capitalised demonym stands a few capitalised words before `t`. */
function demonymBefore(c: Ctx, t: number, sentFirst: number): boolean {
  for (let k = t - 1; k >= sentFirst && t - k <= MAX_DEMONYM_PORTFOLIO; k--) {
    const key = tokKey(c.text, c.toks, k);
    if (DEMONYMS.has(key) && flags(c, k) & F_CAPITALISED) return true;
    if (key !== 'and' && !(flags(c, k) & F_CAPITALISED)) return false;
  }
  return false;
}

/**
 * The singular of a plural title head ("senators" → "senator", "spokesmen" → "spokesman"), or
 * null when the word is no plural of a head. A plural title before names is shared by them.
 */
export function singularOf(word: string): string | null {
  const k = word.toLowerCase();
  const one = k.endsWith('men') ? `${k.slice(0, -3)}man` : k.endsWith('ies') ? `${k.slice(0, -3)}y` : k.endsWith('s') && !k.endsWith('ss') ? k.slice(0, -1) : null;
  if (!one || one.length < 3 || !TITLE_HEADS.has(one)) return null;
  return word[0] === word[0]?.toUpperCase() ? (one[0]?.toUpperCase() ?? '') + one.slice(1) : one;
}

/** A title with its last word, when plural, made singular ("State senators" → "State senator"). */
function singularTitle(info: TitleInfo): TitleInfo {
  const words = info.title.split(' ');
  const one = singularOf(words[words.length - 1] ?? '');
  if (!one) return info;
  words[words.length - 1] = one;
  return { ...info, title: words.join(' ') };
}

/**
 * "state senators Ana Ruiz and Tom Kell", "ministers A, B and C": a plural title before a list
 * of names is each one's. For a name after "and" or a comma, the title before the list's first
 * name, when its head is plural.
 */
function sharedTitle(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  let sep = first - 1;
  for (let hops = 0; hops < 4; hops++) {
    const k = sep >= sentFirst ? tokKey(c.text, c.toks, sep) : '';
    if (k !== 'and' && k !== ',') return null;
    let q = sep - 1;
    if (q < sentFirst || !c.named || c.named[q] !== 1) return null;
    while (q - 1 >= sentFirst && c.named[q - 1] === 1) q--;
    const head = q - 1 >= sentFirst ? tokKey(c.text, c.toks, q - 1) : '';
    if (singularOf(head)) {
      const info = titleBefore(c, q, sentFirst);
      return info ? { ...info, from: -1 } : null;
    }
    sep = q - 1;
  }
  return null;
}

/**
 * "former House of Representatives Speaker , Benjamin Nzeribe": a capitalised title head with
 * a comma between it and the name (some sites set a space before every comma). A title before
 * the comma that runs on to the name.
 */
function titleBeforeComma(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  const comma = first - 1;
  if (comma - 1 <= sentFirst || tokText(c.text, c.toks, comma) !== ',') return null;
  const head = comma - 1;
  if (!(flags(c, head) & F_CAPITALISED) || !TITLE_HEADS.has(tokKey(c.text, c.toks, head))) return null;
  // When the comma stands apart, as a separate word ("Speaker , Name"), or when the title opens
  // the sentence ("Senate Leader, Ahmad Lawan raises…", "Minister of Finance, Zainab Ahmed,
  // said"): "the Speaker, John Smith" is an apposition the other rules read.
  const info = titleBefore(c, comma, sentFirst);
  if ((c.toks.start[comma] as number) !== (c.toks.end[head] as number)) return info;
  return info && info.from === sentFirst ? info : null;
}

/** Title written right before the name starting at token `first`. */
function titleBefore(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  let t = first - 1;
  if (t < sentFirst) return null;
  const compound = compoundHead(c, t, sentFirst);
  const head = tokKey(c.text, c.toks, t);
  const position = positionHead(c, t);
  if (!compound && !position && (!isTitleWord(c, t) || !TITLE_HEADS.has(head)) && !singularOf(head)) return titleOfPlaceBefore(c, first, sentFirst);
  let a = compound ? t - 1 : t;
  t = a;
  for (t = t - 1; t >= sentFirst && first - t <= 12; t--) {
    work.steps++;
    const f = flags(c, t);
    const k = tokKey(c.text, c.toks, t);
    if (isTitleWord(c, t)) a = t;
    else if (k === 'of' && t - 1 >= sentFirst && isTitleWord(c, t - 1)) a = t;
    else if (f & F_WORD && (isAcronym(c, t) || ((c.cover[t] === 1 + ORG_TYPE) && f & F_CAPITALISED))) a = t;
    else if (f & F_CAPITALISED && DEMONYMS.has(k)) a = t;
    // "Ford Motor Co. Chief Executive": a company suffix after the company's name.
    else if (CORPORATE_SUFFIXES.has(k) && t - 1 >= sentFirst && c.cover[t - 1] === 1 + ORG_TYPE) a = t;
    // "Cook County State's Attorney": the one office written with a possessive.
    else if (c.toks.kind[t] === TokenKind.Possessive && t - 1 >= sentFirst && tokKey(c.text, c.toks, t - 1) === 'state') a = t;
    // "Portuguese Infrastructure Minister": a portfolio after a demonym is part of the title.
    else if (f & F_CAPITALISED && c.cover[t] !== 1 + PER_TYPE && demonymBefore(c, t, sentFirst)) a = t;
    else break;
  }
  a = portfolioStart(c, a, sentFirst);
  // Leading demonyms (and a possessive country before the title) give the country.
  let from = a;
  let country: string | null = null;
  while (a < first - 1 && DEMONYMS.has(tokKey(c.text, c.toks, a))) {
    country = country ?? DEMONYMS.get(tokKey(c.text, c.toks, a)) ?? null;
    a++;
  }
  // "North Korean leader Kim Jong Un": the compass word before the demonym names the country.
  const compass = from - 1 >= sentFirst ? tokText(c.text, c.toks, from - 1) : '';
  if (country && a > from && (compass === 'North' || compass === 'South')) {
    const land = COMPASS_COUNTRIES.get(`${compass} ${tokKey(c.text, c.toks, from)}`);
    if (land) {
      country = land;
      from--;
    }
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

/** Title of the mention at tokens [first, last], or null. */
export function findTitle(c: Ctx, first: number, last: number): TitleInfo | null {
  const v = c.tagged.view;
  const sf = v.sentFirst[first] as number;
  // A headline has no title to read; a capitalised fragment inside a line ("Sen. Lindsey Graham
  // (R-S", cut at an abbreviation's period) is no headline.
  const lineStart = sf === 0 || c.toks.lineBefore[sf] === 1;
  const sl = v.sentLast[first] as number;
  // Nor is a sentence cut inside a line ("Rep. David McKinley, R-N." of "…, R-N.Y., visited"):
  // a headline ends its line too.
  const lineEnd = sl >= c.toks.count || c.toks.lineBefore[sl] === 1;
  if ((v.flags[first] as number) & (F_CAPS_LINE | F_TITLE_LINE) && lineStart && lineEnd) return null;
  // "Health Minister Dr. Ayesha Verrall": the title ends before the honorific.
  const hon = first - 1 > sf && isHonorific(c.text, c.toks, first - 1) ? first - 1 : first;
  const written =
    (hon < first ? titleBefore(c, hon, sf) : null) ?? titleBefore(c, first, sf) ?? sharedTitle(c, first, sf) ?? titleBeforeComma(c, first, sf);
  const before = written ? singularTitle(written) : null;
  if (before && !before.country && !LEGISLATORS.has(before.title.toLowerCase())) before.country = countryOfAfter(c, last, sl);
  return (
    before ??
    titleAfter(c, last, sl) ??
    sharedTitleAfter(c, last, sl) ??
    titleApposedBefore(c, first, sf) ??
    acronymTitleBefore(c, first, sf) ??
    officeHonorific(c, first, sf) ??
    titleAppointed(c, last, sl) ??
    titleOfBody(c, last, sl) ??
    epithetAfter(c, last, sl)
  );
}

/** Words that share a plural apposition among the names before it ("…, both professors at …"). */
const SHARING = new Set(['both', 'all', 'each']);

/** Most names in a list that shares an apposition. */
const MAX_SHARED = 6;

/**
 * "American Kevin King and Australian Timothy Weeks, both professors at the American University
 * of Kabul": a plural role after a list of names, opened by "both" / "all" / "each", is each
 * one's, in the singular. Only across a list of names (with a demonym before a name allowed).
 */
function sharedTitleAfter(c: Ctx, last: number, sentLast: number): TitleInfo | null {
  const named = c.named;
  if (!named) return null;
  let t = last + 1;
  let names = 1;
  while (t + 1 < sentLast && names < MAX_SHARED) {
    const k = tokKey(c.text, c.toks, t);
    if (k !== 'and' && k !== ',') break;
    let n = t + 1;
    if (isCapitalisedDemonym(c, n)) n++;
    if (named[n] !== 1) break;
    while (n < sentLast && named[n] === 1) n++;
    t = n;
    names++;
  }
  // The list's last name: a name before it, joined by "and" or a comma.
  if (names === 1) {
    let f = last;
    while (f > 0 && named[f - 1] === 1) f--;
    let p = f - 1;
    if (p > 0 && isCapitalisedDemonym(c, p)) p--;
    const k = p >= 0 ? tokKey(c.text, c.toks, p) : '';
    if ((k === 'and' || k === ',') && named[p - 1] === 1) names = 2;
  }
  if (names < 2 || t + 2 >= sentLast || tokText(c.text, c.toks, t) !== ',' || !SHARING.has(tokKey(c.text, c.toks, t + 1))) return null;
  const head = t + 2;
  const one = singularOf(tokText(c.text, c.toks, head));
  if (!one || !TITLE_HEADS.has(one)) return null;
  let b = head;
  for (let k = head + 1; k < sentLast && k - head < 10; k++) {
    const s = tokText(c.text, c.toks, k);
    if (s === ',' || s === '.' || s === ';' || s === '(' || c.toks.kind[k] === TokenKind.Quote) break;
    b = k;
  }
  const info = make(c, head, b, { country: null });
  const rest = info.title.slice(tokText(c.text, c.toks, head).length);
  return { ...info, title: `${one}${rest}`, titleSpan: null, from: -1 };
}

/** Titles whose "of …" after the name is a state or district, not a country ("Sen. Ann Lee of Georgia"). */
const LEGISLATORS = new Set(['senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'delegate']);

/**
 * "King Felipe VI of Spain", "Crown Prince Mohammed bin Salman of Saudi Arabia": the country
 * named right after the name, when "of" and the country end the phrase.
 */
function countryOfAfter(c: Ctx, last: number, sentLast: number): string | null {
  const of = last + 1;
  // `sentLast` is exclusive: the country's words must lie inside the sentence.
  if (of + 1 >= sentLast || tokKey(c.text, c.toks, of) !== 'of') return null;
  for (const len of [2, 1]) {
    const end = of + len;
    if (end >= sentLast) continue;
    // The country ends the phrase: "of Spain opened", not "of Spain's navy" or "of South Africa".
    const after = end + 1 < sentLast ? c.toks.kind[end + 1] : undefined;
    if (after === TokenKind.Possessive) continue;
    if (!(flags(c, of + 1) & (F_CAPITALISED | F_ALL_CAPS))) return null;
    let key = tokKey(c.text, c.toks, of + 1);
    for (let k = of + 2; k <= end; k++) key += ` ${tokKey(c.text, c.toks, k)}`;
    const land = COUNTRIES.get(key);
    if (land && (len === 2 || end + 1 >= sentLast || !(flags(c, end + 1) & (F_CAPITALISED | F_ALL_CAPS)))) return land;
  }
  return null;
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
