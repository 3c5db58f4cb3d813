/**
 * In a headline written in title case ("Automaker Cuts Forecast as Price War Squeezes Margins")
 * every word is capitalised, so the tagger's name guesses there are weak. A name found only in
 * such a first line is kept when the article names that person again below it; otherwise it
 * goes. (Only the first line: other all-capitalised lines are mostly lists of names, such as
 * results tables, where the guesses are good.)
 */
import type { Tokens } from '../tokenize.ts';
import { F_TITLE_LINE } from './doc-view.ts';
import type { NameSpan } from './name-spans.ts';
import type { Tagged } from './tag-people.ts';
import { tokKey } from './token-text.ts';

export function dropHeadlineGuesses(text: string, toks: Tokens, tagged: Tagged, spans: NameSpan[]): NameSpan[] {
  const flags = tagged.view.flags;
  const first = spans[0];
  if (!first) return spans;
  // The headline is the document's first sentence, on a line of its own.
  const headEnd = tagged.view.sentLast[first.first] as number;
  if ((tagged.view.sentFirst[first.first] as number) !== 0 || !endsLine(text, toks, headEnd)) return spans;
  // A byline ("By Jane Smith and Tom Reed") names people; it is no headline.
  if (tokKey(text, toks, 0) === 'by') return spans;
  const onTitleLine = (s: NameSpan): boolean => s.first < headEnd && ((flags[s.first] as number) & F_TITLE_LINE) !== 0;
  if (!spans.some(onTitleLine)) return spans;
  const elsewhere = new Set<string>();
  for (const s of spans) {
    if (onTitleLine(s)) continue;
    for (let t = s.first; t <= s.last; t++) elsewhere.add(tokKey(text, toks, t));
  }
  return spans.filter((s) => {
    if (!onTitleLine(s)) return true;
    for (let t = s.first; t <= s.last; t++) if (elsewhere.has(tokKey(text, toks, t))) return true;
    return false;
  });
}

/** True when the sentence ending before token `end` ends its line. */
function endsLine(text: string, toks: Tokens, end: number): boolean {
  if (end <= 0) return false;
  const from = toks.end[end - 1] as number;
  const to = end < toks.count ? (toks.start[end] as number) : text.length;
  return to >= text.length || text.slice(from, to).includes('\n');
}
