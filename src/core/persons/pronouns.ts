/**
 * Pronoun mentions (he/him/his, she/her/hers), linked only when the antecedent is clear: exactly
 * one person of a compatible gender is mentioned earlier in the same sentence (or, when the
 * sentence names nobody before the pronoun, in the previous sentence), and that person stands
 * in subject position there ("Kuleba said he…", "…Rasmussen raised… He suggested…").
 */
import { TokenKind, type Tokens, type SentenceRange } from '../tokenize.ts';
import type { Draft } from './group.ts';
import { UNKNOWN, MALE, FEMALE } from './name-spans.ts';
import { CLAUSE_OPENERS, MALE_PRONOUNS, FEMALE_PRONOUNS } from './names.ts';
import { isHonorific, tokKey, tokText } from './token-text.ts';
import { work } from './work-meter.ts';

export interface PronounLink {
  draft: number;
  token: number;
}

/** Only the most recent mentions count as antecedents (keeps linking linear on long sentences). */
const WINDOW = 16;

interface Ref {
  draft: number;
  token: number;
  subject: boolean;
}

/** True when the name starting at `a` (title included) opens a clause and is not possessive. */
function inSubjectPosition(text: string, toks: Tokens, a: number, b: number, sentFirst: number): boolean {
  if (b + 1 < toks.count && toks.kind[b + 1] === TokenKind.Possessive) return false;
  let t = a - 1;
  // "…, Dr. Daniel Ngamije, told": the honorific stands with the name.
  if (t >= sentFirst && isHonorific(text, toks, t)) t--;
  while (t >= sentFirst && t >= a - 3 && toks.kind[t] === TokenKind.Quote) t--;
  if (t < sentFirst) return true;
  const s = tokText(text, toks, t);
  if (INVERTED.has(s.toLowerCase()) && t - 1 >= sentFirst && (toks.kind[t - 1] === TokenKind.Quote || tokText(text, toks, t - 1) === ',')) return true;
  return s === ',' || s === ';' || s === '—' || s === '–' || s === '(' || CLAUSE_OPENERS.has(s.toLowerCase());
}

/** Reporting verbs put before their subject after a quotation: "“…,” said Laura Chen". */
const INVERTED = new Set(['said', 'says', 'added', 'wrote', 'asked', 'explained', 'noted', 'continued', 'recalled']);

export function linkPronouns(
  text: string,
  toks: Tokens,
  sentences: SentenceRange[],
  drafts: Draft[],
  /** Start token of each name span's title (or the span's first token), by span first token. */
  titleStart: Map<number, number>,
): PronounLink[] {
  // Name spans by first token, to walk the text in order.
  // Typed arrays, not a Map: this loop visits every token of the page.
  const atDraft = new Int32Array(toks.count).fill(-1);
  const atLast = new Int32Array(toks.count);
  drafts.forEach((d, i) =>
    d.spans.forEach((s) => {
      atDraft[s.first] = i;
      atLast[s.first] = s.last;
    }),
  );
  const links: PronounLink[] = [];
  let prevRefs: Ref[] = [];
  for (const { first, last } of sentences) {
    const refs: Ref[] = [];
    for (let t = first; t < last; t++) {
      const draft = atDraft[t] as number;
      if (draft >= 0) {
        const a = titleStart.get(t) ?? t;
        const nameLast = atLast[t] as number;
        refs.push({ draft, token: t, subject: inSubjectPosition(text, toks, a, nameLast, first) });
        t = nameLast;
        continue;
      }
      if (toks.kind[t] !== TokenKind.Word) continue;
      const len = (toks.end[t] as number) - (toks.start[t] as number);
      const c0 = text.charCodeAt(toks.start[t] as number) | 32;
      if (len < 2 || len > 4 || (c0 !== 104 && c0 !== 115)) continue; // h… or s…
      const k = tokKey(text, toks, t);
      const g = MALE_PRONOUNS.has(k) ? MALE : FEMALE_PRONOUNS.has(k) ? FEMALE : UNKNOWN;
      if (g === UNKNOWN) continue;
      const window = refs.length > 0 ? refs : prevRefs;
      const people = new Set<number>();
      let subject = false;
      for (let i = Math.max(0, window.length - WINDOW); i < window.length; i++) {
        const r = window[i] as Ref;
        work.steps++;
        const dg = (drafts[r.draft] as Draft).gender;
        if (dg !== UNKNOWN && dg !== g) continue;
        people.add(r.draft);
        subject = subject || r.subject;
      }
      if (people.size !== 1 || !subject) continue;
      const who = people.values().next().value as number;
      const d = drafts[who] as Draft;
      if (d.gender === UNKNOWN) d.gender = g;
      links.push({ draft: who, token: t });
      refs.push({ draft: who, token: t, subject: true });
    }
    prevRefs = refs;
  }
  return links;
}
