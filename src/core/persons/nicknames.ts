/**
 * A nickname in quotation marks inside a name belongs to the name: Roberto "Hands of Stone"
 * Duran, Hector "Macho" Camacho. The tagger finds the first name but loses the surname behind
 * the closing mark, so a name span followed by a short quoted nickname and a capitalised word is
 * extended through that word (and one more capitalised word).
 */
import type { Tokens } from '../tokenize.ts';
import type { NameSpan } from './name-spans.ts';

/** Longest nickname inside the marks, in tokens. */
const MAX_NICKNAME = 4;
const NICKNAME_GLUE = new Set(['of', 'the', 'de', 'la', 'el']);

function firstCode(text: string, toks: Tokens, t: number): number {
  return text.charCodeAt(toks.start[t] as number);
}

function isDoubleQuote(text: string, toks: Tokens, t: number): boolean {
  if ((toks.end[t] as number) - (toks.start[t] as number) !== 1) return false;
  const c = firstCode(text, toks, t);
  return c === 34 || c === 0x201c || c === 0x201d;
}

function isCapitalised(text: string, toks: Tokens, t: number): boolean {
  const ch = text[toks.start[t] as number] as string;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The last token of the surname after a quoted nickname that follows token `t`, or -1. */
function surnameAfterNickname(text: string, toks: Tokens, t: number): number {
  const n = toks.count;
  let k = t + 1;
  if (k >= n || !isDoubleQuote(text, toks, k)) return -1;
  k++;
  const from = k;
  while (k < n && k - from < MAX_NICKNAME && !isDoubleQuote(text, toks, k)) {
    const word = text.slice(toks.start[k] as number, toks.end[k] as number).toLowerCase();
    if (!isCapitalised(text, toks, k) && !(k > from && NICKNAME_GLUE.has(word))) return -1;
    k++;
  }
  if (k === from || k >= n || !isDoubleQuote(text, toks, k)) return -1;
  k++;
  if (k >= n || !isCapitalised(text, toks, k)) return -1;
  // Same line: a quoted phrase that ends a paragraph is not a nickname.
  if (toks.lineBefore[k] === 1) return -1;
  return k + 1 < n && isCapitalised(text, toks, k + 1) && toks.lineBefore[k + 1] !== 1 ? k + 1 : k;
}

/** `spans` with names that carry a quoted nickname extended through the surname. */
export function joinNicknames(text: string, toks: Tokens, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as NameSpan;
    const end = surnameAfterNickname(text, toks, s.last);
    if (end < 0) {
      out.push(s);
      continue;
    }
    out.push({ ...s, last: end });
    // A span the tagger found for the surname itself is now inside this one.
    while (i + 1 < spans.length && (spans[i + 1] as NameSpan).first <= end) i++;
  }
  return out;
}
