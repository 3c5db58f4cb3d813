/**
 * Name spans the tagger cut in two that a reader sees as one name: after an initial ("Joseph R."
 * + "Biden Jr."), one space apart ("Eileen O'Neill" + "Burke"), or around a surname that is a
 * title word ("Martin Luther" + "King" + "III").
 */
import { Shape, type Tokens } from '../tokenize.ts';
import type { NameSpan } from './name-spans.ts';
import { ROMAN, SUFFIXES, TITLE_HEADS } from './names.ts';
import { tokKey, tokText } from './token-text.ts';

/**
 * "Joseph R." + "Biden Jr." tagged as two names: one name when the first ends in an initial.
 * Also "Eileen O'Neill" + "Burke": two names one space apart with no punctuation between are
 * one double-barrelled name (a list of names always has commas or "and").
 */
export function mergeAfterInitials(text: string, toks: Tokens, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const touching = prev !== undefined && prev.last + 1 === s.first;
    const initial = touching && ((toks.shape[prev.last] as number) & Shape.Initial) !== 0;
    const spaced = touching && (toks.start[s.first] as number) - (toks.end[prev.last] as number) === 1 && toks.lineBefore[s.first] === 0;
    if (prev && (initial || spaced || regnalAfterTitleWord(text, toks, prev, s))) prev.last = s.last;
    else out.push(s);
  }
  return out;
}

/**
 * "Martin Luther | King | III": a name, a surname that is also a title word, and a regnal
 * number or suffix the title rule took for a name of its own are one name.
 */
function regnalAfterTitleWord(text: string, toks: Tokens, prev: NameSpan, s: NameSpan): boolean {
  if (prev.last + 2 !== s.first || s.first !== s.last) return false;
  const mid = prev.last + 1;
  const suffix = tokText(text, toks, s.first);
  if (!ROMAN.has(suffix.toLowerCase()) && !SUFFIXES.has(suffix.toLowerCase())) return false;
  const c = text.charCodeAt(toks.start[mid] as number);
  return c >= 65 && c <= 90 && TITLE_HEADS.has(tokKey(text, toks, mid)) &&
    (toks.start[mid] as number) - (toks.end[prev.last] as number) === 1 && (toks.start[s.first] as number) - (toks.end[mid] as number) === 1;
}

