/**
 * The persons stage on its own (tokenise + findPeople), as `analyze()` runs it. The persons
 * evaluations score this rather than `analyze(text).people` (the same people) so that their
 * figures neither depend on nor break with the claims stage, and run faster.
 */
import { tokenize, splitSentences } from '../../src/core/tokenize.ts';
import { clampText } from '../../src/core/analyze.ts';
import { findPeople } from '../../src/core/persons/index.ts';
import type { Person } from '../../src/core/types.ts';
import { runToEnd } from '../../src/core/run-steps.ts';

export function peopleOnly(input: string): Person[] {
  const text = clampText(input);
  const toks = tokenize(text);
  const steps = findPeople(text, toks, splitSentences(text, toks));
  return runToEnd(steps);
}
