/**
 * Names that are part of a firm's or an institution's name, not people:
 * - joined by an ampersand: "Douglas & Lomason shares rose", "analyst at Edward D. Jones & Co";
 * - right after a word that says what kind of business follows: "the law firm Feldman Reyes",
 *   "the crypto lender Vantage Digital" (and a later "Vantage" that is only that firm's), or
 *   right before the firm's staff: "Jefferies analysts downgraded the stock";
 * - right before the word that names an institution: "the Carlos III Health Institute", "the
 *   Robert Koch Institute", "Johns Hopkins University".
 */
import type { Tokens } from '../tokenize.ts';
import type { NameSpan } from './name-spans.ts';
import { tokKey, tokText } from './token-text.ts';

function isAmpersand(text: string, toks: Tokens, t: number): boolean {
  if (t < 0 || t >= toks.count) return false;
  const s = toks.start[t] as number;
  return (toks.end[t] as number) - s === 1 && text.charCodeAt(s) === 38;
}

/** Lower-case nouns for a kind of business, written right before its name. */
const FIRM_NOUNS = new Set([
  'firm', 'company', 'lender', 'bank', 'startup', 'start-up', 'insurer', 'brokerage', 'retailer',
  'carmaker', 'automaker', 'manufacturer', 'conglomerate', 'airline', 'consultancy', 'chipmaker',
  'drugmaker', 'miner', 'fund', 'hedge-fund', 'exchange', 'giant', 'subsidiary', 'franchise',
]);

/** Capitalised words that end an institution's name. */
const INSTITUTION_WORDS = new Set([
  'institute', 'university', 'foundation', 'hospital', 'museum', 'college', 'school', 'library',
  'prize', 'award', 'stadium', 'airport', 'center', 'centre', 'clinic', 'trust', 'institution',
  'laboratory', 'laboratories', 'observatory', 'academy', 'memorial',
]);
/** Words that may stand between a name and its institution word ("Health", "Cancer Research"). */
const MAX_INSTITUTION_GAP = 2;

function isCapitalised(text: string, toks: Tokens, t: number): boolean {
  const c = text.charCodeAt(toks.start[t] as number);
  return c >= 65 && c <= 90;
}

/** True when capitalised words from `t` end, within a few words, in an institution word. */
function institutionAfter(text: string, toks: Tokens, t: number): boolean {
  for (let k = t; k < toks.count && k - t <= MAX_INSTITUTION_GAP; k++) {
    if (!isCapitalised(text, toks, k)) return false;
    if (INSTITUTION_WORDS.has(tokKey(text, toks, k))) return true;
  }
  return false;
}

/** Lower-case plurals and roles a firm's name stands before ("Jefferies analysts downgraded"). */
const FIRM_STAFF = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'shareholders', 'employees', 'executives']);

function staffAfter(text: string, toks: Tokens, t: number): boolean {
  if (t >= toks.count || isCapitalised(text, toks, t)) return false;
  return FIRM_STAFF.has(tokKey(text, toks, t));
}

function firmBefore(text: string, toks: Tokens, t: number): boolean {
  if (t < 0 || isCapitalised(text, toks, t)) return false;
  return FIRM_NOUNS.has(tokKey(text, toks, t));
}

/** Longest place after "University of" before a campus name, in tokens ("New York"). */
const MAX_SYSTEM_PLACE = 3;

/**
 * "the University of California, Davis": a one-word name right after the comma that ends
 * "<institution word> of <Place>" is the campus, not a person.
 */
function campusAt(text: string, toks: Tokens, s: NameSpan): boolean {
  if (s.first !== s.last || s.first < 4 || tokText(text, toks, s.first - 1) !== ',') return false;
  for (let k = s.first - 2; k >= 2 && s.first - 2 - k < MAX_SYSTEM_PLACE; k--) {
    if (!isCapitalised(text, toks, k)) return false;
    if (tokKey(text, toks, k - 1) === 'of') return INSTITUTION_WORDS.has(tokKey(text, toks, k - 2));
  }
  return false;
}

function words(text: string, toks: Tokens, s: NameSpan): string[] {
  const out: string[] = [];
  for (let t = s.first; t <= s.last; t++) out.push(tokKey(text, toks, t));
  return out;
}

/** `spans` (in text order) without the names that are part of a firm's or institution's name. */
export function dropFirmNames(text: string, toks: Tokens, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  /** First words of firm names dropped so far: a later bare "Vantage" is the firm too. */
  const firms = new Set<string>();
  /** Words of the people kept so far: "Feldman" stays a person after "Marcus Feldman". */
  const kept = new Set<string>();
  let chainEnd = -2;
  for (const s of spans) {
    if (isAmpersand(text, toks, s.last + 1) || isAmpersand(text, toks, s.first - 1)) continue;
    const campus = campusAt(text, toks, s);
    const firm = firmBefore(text, toks, s.first - 1) || s.first === chainEnd + 1 || staffAfter(text, toks, s.last + 1);
    if (firm || campus || (s.last + 1 < toks.count && institutionAfter(text, toks, s.last + 1))) {
      if (campus) firms.add(tokKey(text, toks, s.first));
      if (firm) {
        firms.add(tokKey(text, toks, s.first));
        chainEnd = s.last;
      }
      continue;
    }
    const w = words(text, toks, s);
    if (w.length === 1 && firms.has(w[0] as string) && !kept.has(w[0] as string)) continue;
    for (const x of w) kept.add(x);
    out.push(s);
  }
  return out;
}
