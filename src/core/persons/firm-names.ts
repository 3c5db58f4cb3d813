/**
 * Names joined by an ampersand are a firm, not people: "Douglas & Lomason shares rose",
 * "analyst at Edward D. Jones & Co", "Bodman, Longley & Dahling". A name span right before or
 * after a lone "&" is dropped.
 */
import type { Tokens } from '../tokenize.ts';
import type { NameSpan } from './name-spans.ts';

function isAmpersand(text: string, toks: Tokens, t: number): boolean {
  if (t < 0 || t >= toks.count) return false;
  const s = toks.start[t] as number;
  return (toks.end[t] as number) - s === 1 && text.charCodeAt(s) === 38;
}

/** `spans` without the names that are part of a firm's name. */
export function dropFirmNames(text: string, toks: Tokens, spans: NameSpan[]): NameSpan[] {
  return spans.filter((s) => !isAmpersand(text, toks, s.last + 1) && !isAmpersand(text, toks, s.first - 1));
}
