/**
 * Hostile input for the claim finder, generated from a fixed seed: random Unicode with lone
 * surrogates and bidi marks, a long text without a full stop, thousands of unbalanced quotation
 * marks, endless "said". It must not throw, every offset must be valid, and the work done (tokens
 * scored by the taggers, counted, not timed) must grow linearly with the input.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, splitSentences } from '../tokenize.ts';
import type { Claim, OutletCredit } from '../types.ts';
import { findClaims } from './index.ts';
import { workCounters } from './taggers.ts';
import { seededRandom as rng } from '../seeded-random.ts';
import { runToEnd } from '../run-steps.ts';

function run(text: string): { claims: Claim[]; outlets: OutletCredit[] } {
  const toks = tokenize(text);
  const steps = findClaims(text, toks, splitSentences(text, toks), []);
  return runToEnd(steps);
}


const PIECES = [
  ' said ', ' told reporters ', ' according to ', '"', '“', '”', "'", '’', '‘', ',', '.', '\n', ' ',
  'Reuters', '(AP)', ' it was reported that ', 'Kuleba', ' the ministry ', '\u200f', '\u202e', '\ud800',
  '\udfff', 'Erdoğan', 'Māori', '—', ':', '…', '🙂', 'ß', 'İ', '\u0000', '\t', 'that ', 'NATO',
];

function randomText(r: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    if (r() < 0.5) s += PIECES[Math.floor(r() * PIECES.length)] as string;
    else s += String.fromCharCode(Math.floor(r() * 0x10000));
  }
  return s;
}

function expectValid(text: string, res: { claims: Claim[]; outlets: OutletCredit[] }): void {
  const ok = (s: { start: number; end: number; text: string }): void => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  };
  for (const c of res.claims) {
    ok(c.cue);
    ok(c.content);
    if (c.source) ok(c.source);
    for (const [s, e] of c.contentSpans) expect(s < e && s >= c.content.start && e <= c.content.end).toBe(true);
  }
  for (const o of res.outlets) ok(o);
}

/** Runs, checks the result, and returns the work done (tokens scored). */
function work(text: string): number {
  const before = workCounters.cueTokens + workCounters.roleTokens;
  expectValid(text, run(text));
  return workCounters.cueTokens + workCounters.roleTokens - before;
}

const SLOW = 60_000;

describe('findClaims on hostile input', () => {
  it('survives random Unicode with lone surrogates and bidi marks', () => {
    const r = rng(42);
    for (let k = 0; k < 30; k++) {
      const text = randomText(r, 50 + Math.floor(r() * 3000));
      expectValid(text, run(text));
    }
  }, SLOW);

  it('handles empty and tiny input', () => {
    for (const t of ['', ' ', '"', 'said', '\ud800', 'according to', '(Reuters)']) expectValid(t, run(t));
  });

  it('scales linearly on a long text without a full stop', () => {
    const unit = 'officials said that the talks would continue and analysts warned that '; // no full stop
    const small = unit.repeat(500);
    const large = unit.repeat(2000);
    const ratio = work(large) / work(small);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  }, SLOW);

  it('scales linearly on thousands of unbalanced quotation marks', () => {
    const r = rng(7);
    const make = (n: number): string => {
      let s = '';
      for (let i = 0; i < n; i++) s += (r() < 0.5 ? '"' : '“') + 'He said ' + (r() < 0.3 ? '”, ' : ' ');
      return s;
    };
    const small = make(1000);
    const large = make(4000);
    const ratio = work(large) / work(small);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  }, SLOW);

  it('scales linearly on one endless sentence of capitalised words', () => {
    const small = 'Minister Said '.repeat(2000);
    const large = 'Minister Said '.repeat(8000);
    const ratio = work(large) / work(small);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  }, SLOW);
});
