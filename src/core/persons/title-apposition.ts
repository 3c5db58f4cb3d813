/**
 * Titles in apposition: after the name ("Jane Doe, (the) spokesperson for the ministry,"; "Hans
 * Kluge, the WHO's regional director for Europe,") or before it ("the spokesperson for the
 * ministry, Jane Doe"; "The EU's foreign policy chief, Kaja Kallas"; "a department spokesman,
 * Peter Carr").
 */
import { TokenKind } from '../tokenize.ts';
import { F_ALL_CAPS, F_CAPITALISED, F_WORD } from './doc-view.ts';
import { COUNTRIES, DEMONYMS, TITLE_HEADS } from './names.ts';
import { LOC_TYPE, PER } from './tags.ts';
import { isHonorific, spanText, tokKey, tokText } from './token-text.ts';
import { work } from './work-meter.ts';
import { DETERMINERS, REPORTING, STOP, flags, isCapitalisedDemonym, isTitleWord, make, type Ctx, type TitleInfo } from './title-parts.ts';

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

/** Capitalised words of a body that may stand before a head ("White House National Security Council Ukraine expert"). */
const MAX_NAMED_MODIFIERS = 6;

/**
 * True when a title head follows within a few plain words from `t` ("fisheries cooperative
 * leader"), or after the capitalised words of a body's name.
 */
function headAhead(c: Ctx, t: number, sentLast: number): boolean {
  if (RELATIVES.has(tokKey(c.text, c.toks, t))) return false;
  let named = true;
  for (let k = t; k < sentLast && k - t <= (named ? MAX_NAMED_MODIFIERS : MAX_HEAD_MODIFIERS); k++) {
    const f = flags(c, k);
    const key = tokKey(c.text, c.toks, k);
    if (!(f & F_WORD) || REPORTING.has(key)) return false;
    if (!(f & (F_CAPITALISED | F_ALL_CAPS)) && !TITLE_HEADS.has(key)) named = false;
    if (!named && k - t > MAX_HEAD_MODIFIERS) return false;
    // Not a capitalised title after lower-case words ("…, asked Judge Mario Reyes"): that
    // title is the next person's.
    if (k > t && TITLE_HEADS.has(key)) return !(f & (F_CAPITALISED | F_ALL_CAPS)) || (flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) !== 0;
  }
  return false;
}

/** Verbs of a relative clause that gives a role: "who is the …", "who was then serving as …". */
const COPULAS = new Set(['is', 'was', 'has', 'had', 'serves', 'served', 'became']);
const ROLE_ADVERBS = new Set(['then', 'now', 'also', 'currently', 'still', 'formerly', 'previously', 'been', 'serving', 'as']);

/**
 * The token after "who is (then) (serving as)" at `t` ("Alexander Vindman, who is the White
 * House … expert"; "Dr. Ronny Jackson, who was then serving as the President's physician"), or
 * `t` when no such clause starts there. The clause must come to a determiner or possessive.
 */
function pastRoleClause(c: Ctx, t: number, sentLast: number): number {
  if (tokKey(c.text, c.toks, t) !== 'who' || !COPULAS.has(tokKey(c.text, c.toks, t + 1))) return t;
  let k = t + 2;
  while (k < sentLast && k - t < 6 && ROLE_ADVERBS.has(tokKey(c.text, c.toks, k))) k++;
  const key = tokKey(c.text, c.toks, k);
  if (DETERMINERS.has(key) || OWNER_PRONOUNS.has(key)) return k;
  return ownerBefore(c, k, sentLast) > k ? k : t;
}

/** "Jane Doe, (the) spokesperson for the ministry," — title after the name. */
/** Words that open a clause after a comma, never an apposition. */
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'so', 'yet']);

export function titleAfter(c: Ctx, last: number, sentLast: number): TitleInfo | null {
  let t = skipParenthetical(c, last + 1, sentLast);
  if (t >= sentLast || tokText(c.text, c.toks, t) !== ',') return null;
  t++;
  // "Trump met Anna Berg, and the president's aides left": a clause, not an apposition.
  if (t < sentLast && CONJUNCTIONS.has(tokKey(c.text, c.toks, t))) return null;
  t = pastRoleClause(c, t, sentLast);
  if (t < sentLast && (DETERMINERS.has(tokKey(c.text, c.toks, t)) || OWNER_PRONOUNS.has(tokKey(c.text, c.toks, t)))) t++;
  let country: string | null = null;
  let organization: string | null = null;
  // "…, the WHO's regional director for Europe": a named owner before the role.
  const owner = ownerBefore(c, t, sentLast);
  if (owner > t) {
    const named = (flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) !== 0;
    country = owner - 2 === t ? (COUNTRIES.get(tokKey(c.text, c.toks, t)) ?? null) : null;
    if (!country && named) organization = spanText(c.text, c.toks, t, owner - 2);
    t = owner;
  }
  while (t < sentLast && isCapitalisedDemonym(c, t)) {
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
    // "a former federal prosecutor who now teaches at …": the relative clause is no title.
    if (RELATIVES.has(s.toLowerCase()) && s.toLowerCase() !== 'that') break;
    b = t;
  }
  // "a top national security aide to Vice President Pence on Trump's July 25 call": too long to
  // be a title as a whole; the role is what runs to its first head.
  if (t - a >= 12) {
    let h = a;
    while (h <= b && !TITLE_HEADS.has(tokKey(c.text, c.toks, h))) h++;
    if (h > b) return null;
    b = h;
  }
  return make(c, a, b, { country, organization });
}

/** Longest owner name before a possessive in an apposition ("the World Health Organization's"). */
const MAX_OWNER = 5;

/**
 * The token after "X's" when capitalised words from `t` ("WHO's", "Germany's") or one
 * lower-case word ("company's") end in a possessive, else `t`.
 */
function ownerBefore(c: Ctx, t: number, sentLast: number): number {
  for (let k = t; k < sentLast && k - t < MAX_OWNER; k++) {
    if (c.toks.kind[k] === TokenKind.Possessive) return k > t ? k + 1 : t;
    if (isAmpersandInName(c, k)) continue; // "PG&E's"
    if (!(flags(c, k) & F_WORD)) return t;
    if (!(flags(c, k) & (F_CAPITALISED | F_ALL_CAPS)) && (k > t || c.toks.kind[k + 1] !== TokenKind.Possessive)) return t;
  }
  return t;
}

/** An "&" between two capitalised words of one name ("PG&E", "AT&T", "Procter & Gamble"). */
function isAmpersandInName(c: Ctx, k: number): boolean {
  if (tokText(c.text, c.toks, k) !== '&' || k === 0 || k + 1 >= c.toks.count) return false;
  const capital = F_CAPITALISED | F_ALL_CAPS;
  return (flags(c, k - 1) & capital) !== 0 && (flags(c, k + 1) & capital) !== 0;
}

/** Possessive determiners before an apposed role ("his lawyer, Marcus Feldman"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Longest plain role before a name ("a longtime department spokesman"), in words. */
const MAX_PLAIN_ROLE = 4;

/**
 * True when tokens [a, comma) are a few words ending in a lower-case title head: "department
 * spokesman", "lead defence lawyer", "Conservative leader" (the words before the head need not
 * be title words).
 */
function plainRole(c: Ctx, a: number, comma: number): boolean {
  const head = comma - 1;
  if (comma - a > MAX_PLAIN_ROLE || !TITLE_HEADS.has(tokKey(c.text, c.toks, head))) return false;
  // The head is lower-case ("The Conservative leader, Kemi Badenoch"); a capitalised one that
  // is no title word would be a name.
  if (flags(c, head) & (F_CAPITALISED | F_ALL_CAPS)) return false;
  for (let t = a; t < comma; t++) {
    if (!(flags(c, t) & F_WORD) || REPORTING.has(tokKey(c.text, c.toks, t))) return false;
  }
  return true;
}

/** Capitalised words ending in a title head ("UK Home Secretary"), from `a` to the comma. */
function isCapitalisedTitle(c: Ctx, a: number, comma: number): boolean {
  if (!TITLE_HEADS.has(tokKey(c.text, c.toks, comma - 1)) || comma - a > 5) return false;
  for (let t = a; t < comma; t++) if (!(flags(c, t) & (F_CAPITALISED | F_ALL_CAPS))) return false;
  return true;
}

/** "the spokesperson for the ministry, Jane Doe" — apposition before the name. */
export function titleApposedBefore(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  // "Its director of the Global Malaria Programme, Dr. Daniel Ngamije": past the honorific.
  const honorific = first - 1 > sentFirst && isHonorific(c.text, c.toks, first - 1);
  const comma = honorific ? first - 2 : first - 1;
  if (comma <= sentFirst || tokText(c.text, c.toks, comma) !== ',') return null;
  /** A title found after a determiner; an outer one wins ("A spokeswoman for | the governor"). */
  let inner: TitleInfo | null = null;
  for (let t = comma - 1; t >= sentFirst && comma - t <= 10; t--) {
    work.steps++;
    const s = tokText(c.text, c.toks, t);
    if (STOP.has(s) || c.toks.kind[t] === TokenKind.Quote) return inner;
    const opens = DETERMINERS.has(s.toLowerCase()) || OWNER_PRONOUNS.has(s.toLowerCase());
    // "the then UK Home Secretary, Sajid Javid": "then" dates the title and stays out of it.
    const then = t + 2 < comma && tokKey(c.text, c.toks, t + 1) === 'then' ? 1 : 0;
    const at = t + 1 + then;
    if (opens && at < comma && (isTitleWord(c, at) || plainRole(c, at, comma) || (then && isCapitalisedTitle(c, at, comma)))) {
      // "his Qatari counterpart, …": a leading demonym gives the country and stays out of the
      // title, as before a name ("Ukrainian Foreign Minister …").
      let from = at;
      let country: string | null = null;
      while (from < comma - 1 && isCapitalisedDemonym(c, from)) {
        country ??= DEMONYMS.get(tokKey(c.text, c.toks, from)) ?? null;
        from++;
      }
      const found = make(c, from, comma - 1, { country });
      // "the governor" is the object of "for": keep looking for the phrase it completes.
      if (t - 1 >= sentFirst && OF_WORDS.has(tokKey(c.text, c.toks, t - 1))) inner ??= found;
      else return found;
    }
    if (c.toks.kind[t] === TokenKind.Possessive && t + 1 < comma && (isTitleWord(c, t + 1) || TITLE_HEADS.has(tokKey(c.text, c.toks, comma - 1)))) {
      return ownedTitle(c, t, comma, sentFirst) ?? inner;
    }
    // "Minister of Finance, Zainab Ahmed, said…": a capitalised title of two words or more opens
    // the sentence, with no determiner (a lone "Mayor, John…" may be an address).
    if (t === sentFirst && comma - t >= 2 && !inner && flags(c, t) & F_CAPITALISED && isTitleWord(c, t) && !c.cover[t]) {
      return make(c, t, comma - 1, { country: null });
    }
  }
  return inner;
}

/** Most lower-case portfolio words in an owned title ("public works"). */
const MAX_PORTFOLIO_WORDS = 3;

/** Prepositions that tie a role to whom it serves ("spokeswoman for the governor"). */
const OF_WORDS = new Set(['for', 'of', 'to']);

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
    (flags(c, ownerFirst - 1) & (F_CAPITALISED | F_ALL_CAPS) || isAmpersandInName(c, ownerFirst - 1)) &&
    !DETERMINERS.has(tokKey(c.text, c.toks, ownerFirst - 1))
  ) ownerFirst--;
  const lead = ownerFirst > sentFirst ? tokKey(c.text, c.toks, ownerFirst - 1) : '';
  // "…, including Vantage's former chief financial officer, Priya Raman": a named owner after a
  // comma or "including" opens the phrase as a determiner would.
  // So does a person ("Viktor Orbán's chief of staff, Gergely Gulyás"), whatever stands before.
  const ownerIsPerson = named && c.named !== undefined && c.named[owner] === 1;
  // "the company's chief executive, Anna Berg": a title with no owner to name. A named owner
  // opens the phrase whatever stands before it ("…, Sweden's deputy director of public
  // prosecutions, Eva-Marie Persson"; "held by Tribune's former chairman, Michael Ferro").
  if (!named && !DETERMINERS.has(lead)) return null;
  // Lower-case portfolio words may stand before a title head ("former public works minister"),
  // and the words of an "of"/"for" phrase after it ("deputy director of public prosecutions").
  let head = comma - 1;
  if (!TITLE_HEADS.has(tokKey(c.text, c.toks, head))) {
    for (let k = pos + 1; k < comma - 2; k++) {
      if (TITLE_HEADS.has(tokKey(c.text, c.toks, k)) && OF_WORDS.has(tokKey(c.text, c.toks, k + 1)) && comma - k <= 7) {
        head = k;
        break;
      }
    }
  }
  const headed = TITLE_HEADS.has(tokKey(c.text, c.toks, head));
  for (let t = head + 2; t < comma && head < comma - 1; t++) if (!(flags(c, t) & F_WORD)) return null;
  let plain = 0;
  for (let t = pos + 1; t <= head; t++) {
    if (isTitleWord(c, t) || tokKey(c.text, c.toks, t) === 'of') continue;
    if (!headed || ++plain > MAX_PORTFOLIO_WORDS || !(flags(c, t) & F_WORD) || flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) return null;
  }
  // "Nikki Haley's campaign manager, Betsy Ankney": a person owns the role, not an organisation.
  if (!named || ownerIsPerson || (!c.named && c.cover[owner] === 1 + PER)) return make(c, pos + 1, comma - 1, { country: null });
  const key = tokKey(c.text, c.toks, owner);
  const single = ownerFirst === owner;
  const name = spanText(c.text, c.toks, ownerFirst, owner);
  // "South Africa's": a country of two words is a country too.
  const land = single
    ? (COUNTRIES.get(key) ?? (c.cover[owner] === 1 + LOC_TYPE ? tokText(c.text, c.toks, owner) : null))
    : owner - ownerFirst === 1 ? (COUNTRIES.get(name.toLowerCase()) ?? null) : null;
  return make(c, pos + 1, comma - 1, { country: land, organization: land ? null : name, from: ownerFirst });
}


/** Verbs that give a person a role in the sentence itself ("Chad Wolf has been named … secretary"). */
const APPOINTED = new Set(['named', 'appointed', 'elected', 'nominated', 'promoted', 'installed', 'sworn', 'tapped', 'chosen', 'picked']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'is', 'were', 'been', 'be', 'will', 'later', 'recently', 'since']);
/** Verbs that say what a person is ("is a …", "remains the …", "became the …"). */
const PREDICATES = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes']);
/** Words between the verb and the title ("as", "in as", "to", "the", "new"). */
const APPOINTED_LINKS = new Set(['as', 'in', 'to', 'the', 'a', 'an', 'new', 'its', 'their']);

/**
 * "Chad Wolf has been named new DHS acting secretary", "Ana Ruiz was elected mayor in 2019",
 * "Li Wei was appointed chief executive of Acme", "Soon-Shiong remains a major shareholder": a
 * role given by the sentence's verb, after the name. The title runs over title words and capitalised words to its head (and an "of" phrase).
 */
export function titleAppointed(c: Ctx, last: number, sentLast: number): TitleInfo | null {
  let t = last + 1;
  if (PREDICATES.has(tokKey(c.text, c.toks, t)) && DETERMINERS.has(tokKey(c.text, c.toks, t + 1))) {
    // "Soon-Shiong remains a major shareholder of Tribune", "Ana Ruiz is the county's sheriff".
    t += 2;
  } else {
    let aux = 0;
    while (t < sentLast && aux < 3 && AUXILIARIES.has(tokKey(c.text, c.toks, t))) {
      t++;
      aux++;
    }
    if (aux === 0 || t >= sentLast || !APPOINTED.has(tokKey(c.text, c.toks, t))) return null;
    t++;
  }
  while (t < sentLast && APPOINTED_LINKS.has(tokKey(c.text, c.toks, t))) t++;
  // "… the county's water chief", "… Acme's chief executive": past the owner.
  let organization: string | null = null;
  const owner = ownerBefore(c, t, sentLast);
  if (owner > t) {
    if (flags(c, t) & (F_CAPITALISED | F_ALL_CAPS)) organization = spanText(c.text, c.toks, t, owner - 2);
    t = owner;
  }
  const a = t;
  let head = -1;
  for (; t < sentLast && t - a < 8; t++) {
    work.steps++;
    const f = flags(c, t);
    const key = tokKey(c.text, c.toks, t);
    if (!(f & F_WORD)) break;
    if (TITLE_HEADS.has(key)) head = t;
    // A plain word may stand before the head ("water chief"), not after it.
    else if (!isTitleWord(c, t) && !(f & (F_CAPITALISED | F_ALL_CAPS)) && (head >= 0 || !headAhead(c, t, sentLast))) break;
  }
  if (head < 0) return null;
  let b = head;
  // "… chief executive of Acme": the body the role is of.
  if (OF_WORDS.has(tokKey(c.text, c.toks, b + 1)) && b + 2 < sentLast) {
    let k = b + 2;
    if (DETERMINERS.has(tokKey(c.text, c.toks, k))) k++;
    let e = k - 1;
    while (e + 1 < sentLast && e + 1 - k < 6 && flags(c, e + 1) & (F_CAPITALISED | F_ALL_CAPS) && flags(c, e + 1) & F_WORD) e++;
    if (e >= k) b = e;
  }
  return make(c, a, b, { country: null, organization });
}

/** The first word of a public body's name, after "of the" ("Department", "Ministry", …). */
const PUBLIC_BODIES = new Set([
  'department', 'ministry', 'agency', 'office', 'bureau', 'commission', 'administration', 'authority',
  'directorate', 'secretariat', 'inspectorate', 'service', 'services',
]);

/** Most words in the body's name after "of the". */
const MAX_BODY_WORDS = 9;

/**
 * "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says…": a person
 * named as one of a public body gives the body as their role (and organisation). Only a body
 * whose capitalised name holds one of PUBLIC_BODIES, so "Ann Lee of Georgia" and "Tom Kell of
 * the Miami Dolphins" stay out.
 */
export function titleOfBody(c: Ctx, last: number, sentLast: number): TitleInfo | null {
  let t = last + 1;
  if (t + 2 >= sentLast || tokKey(c.text, c.toks, t) !== 'of' || tokKey(c.text, c.toks, t + 1) !== 'the') return null;
  const a = t + 2;
  let b = -1;
  let body = false;
  for (t = a; t < sentLast && t - a < MAX_BODY_WORDS; t++) {
    const k = tokKey(c.text, c.toks, t);
    const f = flags(c, t);
    if (f & (F_CAPITALISED | F_ALL_CAPS)) {
      if (PUBLIC_BODIES.has(k)) body = true;
      b = t;
    } else if (!((k === 'of' || k === 'and' || k === 'for' || k === '&') && b === t - 1)) break;
  }
  if (!body || b < a) return null;
  const name = spanText(c.text, c.toks, a, b);
  return { ...make(c, a, b, { country: null, organization: name }), from: -1 };
}

/** Most words between "the" and the head of an epithet ("the socialist leader's"). */
const MAX_EPITHET_WORDS = 3;

/**
 * "…ousted Evo Morales, after clashes erupted between the socialist leader's supporters and…": a
 * definite role in the possessive later in the same sentence, with no other name between, is the
 * person's (a role word that stands for them, as a pronoun would).
 */
export function epithetAfter(c: Ctx, last: number, sentLast: number): TitleInfo | null {
  const named = c.named;
  if (!named) return null;
  for (let t = last + 1; t < sentLast; t++) {
    if (named[t] === 1) return null;
    if (tokKey(c.text, c.toks, t) !== 'the') continue;
    for (let h = t + 1; h < sentLast && h - t <= MAX_EPITHET_WORDS + 1; h++) {
      const f = flags(c, h);
      if (!(f & F_WORD) || f & (F_CAPITALISED | F_ALL_CAPS) || named[h] === 1) break;
      if (TITLE_HEADS.has(tokKey(c.text, c.toks, h)) && c.toks.kind[h + 1] === TokenKind.Possessive) {
        return { ...make(c, t + 1, h, { country: null }), from: -1 };
      }
    }
  }
  return null;
}

/** Most words in a title spelled out before its acronym ("New York State Attorney General (NYAG)"). */
const MAX_SPELLED_WORDS = 7;

/**
 * "…contacted by the office of the NYAG, Letitia James", after "The New York State Attorney
 * General (NYAG) is investigating…": an acronym in apposition before the name, which the article
 * spelled out earlier as a title, gives that title.
 */
export function acronymTitleBefore(c: Ctx, first: number, sentFirst: number): TitleInfo | null {
  const comma = first - 1;
  const acr = comma - 1;
  if (acr - 1 < sentFirst || tokText(c.text, c.toks, comma) !== ',' || tokKey(c.text, c.toks, acr - 1) !== 'the') return null;
  const word = tokText(c.text, c.toks, acr);
  if (!/^[A-Z]{2,8}$/.test(word)) return null;
  const defined = c.text.lastIndexOf(`(${word})`, c.toks.start[acr] as number);
  if (defined < 0) return null;
  // The capitalised words right before "(NYAG)", ending in a title head.
  const words = c.text.slice(Math.max(0, defined - 120), defined).trimEnd().split(/\s+/);
  const spelled: string[] = [];
  for (let i = words.length - 1; i >= 0 && spelled.length < MAX_SPELLED_WORDS; i--) {
    const w = words[i] as string;
    if (!/^[A-Z][\p{L}.'-]*$/u.test(w) || w === 'The') break;
    spelled.unshift(w);
  }
  const head = (spelled[spelled.length - 1] ?? '').toLowerCase();
  if (spelled.length < 2 || !TITLE_HEADS.has(head)) return null;
  return { title: spelled.join(' '), titleSpan: null, organization: null, country: null, from: -1 };
}