/** Finds named people, their titles and their later mentions. (Placeholder; being built.) */
import type { Person } from '../types.ts';
import type { Tokens, SentenceRange } from '../tokenize.ts';

export function* findPeople(
  _text: string,
  _toks: Tokens,
  _sentences: SentenceRange[],
): Generator<number, Person[], void> {
  return [];
}
