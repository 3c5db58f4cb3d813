/**
 * A US party-and-state label after a lawmaker's name, "(R-S.C.)", "(D-Fla.)", "(I-Vt.)" or, in
 * AP style, ", D-N.Y.,", holds no person, though its abbreviations look like initials to the
 * tagger ("C." of "R-S.C.", "Y." of "D-N.Y.").
 */
import type { Tokens } from '../tokenize.ts';
import type { NameSpan } from './name-spans.ts';

/** Longest label looked at, in characters ("(D-N.Y.)" and a few more). */
const MAX_LABEL = 14;

/** True when `[start, end)` lies inside a "(R-…)" / "(D-…)" / "(I-…)" or ", D-…," label. */
function inPartyLabel(text: string, start: number, end: number): boolean {
  // The label's party letter: after "(" or ", ", and at most a few characters before the span.
  let party = -1;
  for (let i = start - 1; i >= 1 && start - i <= MAX_LABEL; i--) {
    const c = text.charCodeAt(i);
    if (c === 45 && i >= 2) {
      const p = text.charCodeAt(i - 1);
      const before = text.charCodeAt(i - 2);
      if ((p === 82 || p === 68 || p === 73) && (before === 40 || (before === 32 && i >= 3 && text.charCodeAt(i - 3) === 44))) party = i - 1;
      break;
    }
    if (c === 41 || c === 40 || c === 10 || c === 32 || c === 44) return false;
  }
  if (party < 0) return false;
  const paren = text.charCodeAt(party - 1) === 40;
  for (let i = end; i < text.length && i - party <= MAX_LABEL; i++) {
    const c = text.charCodeAt(i);
    if (paren ? c === 41 : c === 44) return true;
    if (c === 40 || c === 10 || c === 32) return false;
  }
  return false;
}

export function dropPartyLabels(text: string, toks: Tokens, spans: NameSpan[]): NameSpan[] {
  return spans.filter((s) => !inPartyLabel(text, toks.start[s.first] as number, toks.end[s.last] as number));
}
