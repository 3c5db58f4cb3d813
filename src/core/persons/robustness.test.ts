/**
 * Bad input: random Unicode, lone surrogates, bidi marks, 100k capitalised words, a megabyte
 * without a full stop. No throw, valid offsets, and work that grows linearly (step counts, not
 * time). Seeded, so every run tests the same inputs.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, splitSentences } from '../tokenize.ts';
import type { Person } from '../types.ts';
import { findPeople } from './index.ts';
import { work } from './work-meter.ts';
import { seededRandom } from '../seeded-random.ts';
import { runToEnd } from '../run-steps.ts';

function people(text: string): Person[] {
  const toks = tokenize(text);
  const steps = findPeople(text, toks, splitSentences(text, toks));
  return runToEnd(steps);
}

const PIECES = [
  'Mr. ', 'Dr.', ' von ', ' der ', 'al-', "'s ", '’s ', ' he ', ' she ', 'His ', ', ', '. ', '\n', '"', '“', '”',
  '\u200f', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '😀', 'Ğ', 'ğ', 'İ', 'ß', 'Σ', 'אב', 'عربى', '中文',
  'President ', 'Minister ', 'NATO ', 'Article 5 ', 'John ', 'Smith ', 'JOHN SMITH ', 'B. ', 'Jr. ', 'III ',
  ' — ', '-', '…', '(', ')', '0', '1996-08-30 ', ' ',
];

function randomText(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    if (random() < 0.3) out += String.fromCharCode(Math.floor(random() * 0xffff));
    else out += PIECES[Math.floor(random() * PIECES.length)];
  }
  return out;
}

function checkOffsets(text: string, found: Person[]): void {
  for (const p of found) {
    expect(p.mentions.length).toBeGreaterThan(0);
    expect(p.mentions[0]?.kind).toBe('name');
    for (const m of p.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    if (p.titleSpan) expect(text.slice(p.titleSpan.start, p.titleSpan.end)).toBe(p.titleSpan.text);
  }
}

/** Steps of work for `text`. */
function stepsFor(text: string): number {
  work.steps = 0;
  people(text);
  return work.steps;
}

describe('bad input', () => {
  it('survives seeded random Unicode with valid offsets', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 200; i++) {
      const text = randomText(random, 1 + Math.floor(random() * 2000));
      const found = people(text);
      checkOffsets(text, found);
    }
  }, 120_000);

  it('handles 100k capitalised words in a row', () => {
    const random = seededRandom(7);
    const words = ['Alpha', 'Brandt', 'Carlos', 'Dimitri', 'Erdoğan', 'Fogh', 'Gomez', 'Hale'];
    const text = Array.from({ length: 100_000 }, () => words[Math.floor(random() * words.length)]).join(' ');
    checkOffsets(text, people(text));
  }, 120_000);

  it('handles a megabyte without a full stop', () => {
    const unit = 'and President Anna Berg met Karl von Holm while he said her plan, ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    checkOffsets(text, people(text));
  }, 120_000);

  it('does work linear in the input size', () => {
    const cases = [
      (n: number) => 'President John Smith said he would go, and Smith went with her '.repeat(n),
      (n: number) => Array.from({ length: n }, (_, i) => `John Smith${i} met Anna Smith${i}`).join(' and '),
      (n: number) => 'Alpha Brandt Carlos Dimitri '.repeat(n),
      (n: number) => 'de '.repeat(n) + 'Silva',
    ];
    for (const make of cases) {
      const small = stepsFor(make(500));
      const large = stepsFor(make(2000));
      expect(large / small).toBeLessThan(4 * 1.25);
    }
  }, 120_000);
});
