/** Finds attributed claims and outlet credits. (Placeholder; being built.) */
import type { Claim, OutletCredit, Person } from '../types.ts';
import type { Tokens, SentenceRange } from '../tokenize.ts';

export function* findClaims(
  _text: string,
  _toks: Tokens,
  _sentences: SentenceRange[],
  _people: Person[],
): Generator<number, { claims: Claim[]; outlets: OutletCredit[] }, void> {
  return { claims: [], outlets: [] };
}
