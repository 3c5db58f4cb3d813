/**
 * A name span made only of title words ("Senate Leader" of "Senate Leader, Ahmad Lawan raises…",
 * "Officer" of "Chief Executive Officer, Ana Ruiz said") is the title of the name after it, not
 * a person. Spans with a known given name ("Ana Bishop", "Tom Judge") stay.
 */
import type { Tokens } from '../tokenize.ts';
import { GAZ_FEMALE, GAZ_MALE } from './lexicon.ts';
import type { NameSpan } from './name-spans.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './names.ts';
import { tokKey } from './token-text.ts';

function titleOnly(text: string, toks: Tokens, gaz: Uint16Array, s: NameSpan): boolean {
  if (!TITLE_HEADS.has(tokKey(text, toks, s.last))) return false;
  for (let t = s.first; t <= s.last; t++) {
    const k = tokKey(text, toks, t);
    if (!TITLE_HEADS.has(k) && !TITLE_MODIFIERS.has(k)) return false;
    if ((gaz[t] as number) & (GAZ_MALE | GAZ_FEMALE)) return false;
  }
  return true;
}

/** Drops spans of title words only that stand right before a comma and another name. */
export function dropTitleSpans(text: string, toks: Tokens, gaz: Uint16Array, spans: NameSpan[]): NameSpan[] {
  return spans.filter((s, i) => {
    const next = spans[i + 1];
    const comma = s.last + 1;
    if (!next || next.first !== comma + 1 || text.slice(toks.start[comma] as number, toks.end[comma] as number) !== ',') return true;
    return !titleOnly(text, toks, gaz, s);
  });
}
