/**
 * Line-level attributions: transcript turns ("PENCE: …") and pull quotes ("“…” ― Jane Doe").
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Claim } from '../types.ts';

function colonClaims(text: string): Claim[] {
  return analyze(text).claims.filter((c) => c.cue.text === ':' || c.cue.text === '―' || c.cue.text === '—');
}

const TRANSCRIPT = [
  'The governor sat down with the host on Sunday morning. A partial transcript follows.',
  '',
  'HARMON: Governor, will you sign the water bill this week?',
  '',
  'OKAFOR: We will sign it on Friday, and the money goes to the river towns first.',
  '',
  '"HARMON: And if the legislature changes it?"',
  '',
  'OKAFOR: Then we start again. The towns have waited long enough.',
  '',
].join('\n');

describe('transcript turns', () => {
  it('takes each speaker turn: the label is the source, the rest of the paragraph the content', () => {
    const claims = colonClaims(TRANSCRIPT);
    expect(claims.map((c) => c.source?.text)).toEqual(['HARMON', 'OKAFOR', 'HARMON', 'OKAFOR']);
    expect(claims[1]?.content.text).toBe('We will sign it on Friday, and the money goes to the river towns first.');
    // A turn inside quotation marks leaves the closing mark out, as it opened the paragraph.
    expect(claims[2]?.content.text).toBe('And if the legislature changes it?');
  });

  it('does not read section labels or a lone capitalised label as a speaker', () => {
    const text = [
      'The council approved the budget on Monday.',
      '',
      'CORRECTION: An earlier version of this article misstated the date of the vote.',
      '',
      'UPDATE: The mayor signed the budget on Tuesday.',
      '',
      'WEATHER: Rain is expected all week.',
      '',
    ].join('\n');
    expect(colonClaims(text)).toEqual([]);
  });

  it('takes a single turn when the speaker is a person the article names', () => {
    const text = [
      'Senator Maria Lindqvist spoke to reporters after the vote on the farm bill.',
      '',
      'LINDQVIST: The farmers in my state cannot wait another season for this money.',
      '',
    ].join('\n');
    const [c] = colonClaims(text);
    expect(c?.source?.text).toBe('LINDQVIST');
    expect(c?.content.text).toBe('The farmers in my state cannot wait another season for this money.');
  });
});

describe('pull quotes', () => {
  const text = [
    'We asked readers what they thought of the debate. Here is what some of them said.',
    '“He never answered a single question about the budget.” ― Rosa Delgado',
    '“I came in undecided and I am still undecided.” — Tom K. Ellery.',
    'The moderators were praised for keeping time.',
    'The mayor said the city would cut the bus fares, and it was fair," he added. --Kim Harlow',
    '',
  ].join('\n');

  it('takes a line that is one quotation and a dashed name', () => {
    const claims = colonClaims(text);
    expect(claims.map((c) => c.source?.text)).toEqual(['Rosa Delgado', 'Tom K. Ellery']);
    expect(claims[0]?.content.text).toBe('“He never answered a single question about the budget.”');
    expect(claims[0]?.direct).toBe(true);
  });

  it('does not read a byline after an ordinary paragraph as a pull quote', () => {
    expect(colonClaims(text).some((c) => c.source?.text === 'Kim Harlow')).toBe(false);
  });
});
