/**
 * The engine's entry point: `analyze(text)` for callers that can block, `analyzeSteps(text)` for
 * callers that must yield (the content script on huge pages drives the generator with a time
 * budget). Both run the same stages and give the same result.
 */
import type { Analysis, AnalyzeOptions } from './types.ts';
import { tokenize, splitSentences } from './tokenize.ts';
import { findPeople } from './persons/index.ts';
import { findClaims } from './claims/index.ts';
import { runToEnd } from './run-steps.ts';

export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

/** Cuts over-long input back to a paragraph (or at worst sentence/space) boundary. */
export function clampText(text: string, maxLength = DEFAULT_MAX_LENGTH): string {
  if (text.length <= maxLength) return text;
  const floor = Math.floor(maxLength * 0.9);
  for (const sep of ['\n', '. ', ' ']) {
    const at = text.lastIndexOf(sep, maxLength);
    if (at >= floor) return text.slice(0, at + (sep === '\n' ? 0 : 1));
  }
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(maxLength - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength);
}

/**
 * Analyses `text` in steps. Each `yield` is a safe point to pause; the yielded number is the
 * progress so far in [0, 1]. The generator's return value is the analysis.
 */
export function* analyzeSteps(
  text: string,
  options: AnalyzeOptions = {},
): Generator<number, Analysis, void> {
  const input = clampText(text, options.maxLength);
  const toks = tokenize(input);
  yield 0.2;
  const sentences = splitSentences(input, toks);
  yield 0.25;
  const people = yield* findPeople(input, toks, sentences);
  const { claims, outlets } = yield* findClaims(input, toks, sentences, people);
  return { length: input.length, people, claims, outlets };
}

/** Analyses `text` in one go. Deterministic; linear in the length of the text. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return runToEnd(analyzeSteps(text, options));
}
