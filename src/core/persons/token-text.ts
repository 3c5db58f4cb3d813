/** Small helpers to read token text; kept in one place so the rule files stay short. */
import { TokenKind, type Tokens } from '../tokenize.ts';
import { HONORIFICS } from './names.ts';

export function tokText(text: string, toks: Tokens, t: number): string {
  return text.slice(toks.start[t] as number, toks.end[t] as number);
}

/** Lower-cased token text without a trailing period ("Mr." → "mr"). */
export function tokKey(text: string, toks: Tokens, t: number): string {
  const s = tokText(text, toks, t).toLowerCase();
  return s.endsWith('.') && s.length > 1 && !s.slice(0, -1).includes('.') ? s.slice(0, -1) : s;
}

export function isWord(toks: Tokens, t: number): boolean {
  return toks.kind[t] === TokenKind.Word;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(text: string, toks: Tokens, t: number): boolean {
  if (toks.kind[t] !== TokenKind.Word) return false;
  const c = text.charCodeAt(toks.start[t] as number);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[toks.start[t] as number] as string;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Text between tokens a and b (inclusive), as written. */
export function spanText(text: string, toks: Tokens, a: number, b: number): string {
  return text.slice(toks.start[a] as number, toks.end[b] as number);
}

/** True when token `t` is an honorific ("Dr.", "Mr", "Sheikh"); `tokKey` drops its period. */
export function isHonorific(text: string, toks: Tokens, t: number): boolean {
  return HONORIFICS.has(tokKey(text, toks, t));
}
