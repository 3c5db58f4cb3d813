import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { splitSentences, tokenize } from '../tokenize.ts';

describe('party-and-state labels', () => {
  it('finds no person in "(R-S.C.)" and keeps the sentence whole', () => {
    const text = 'Lawmakers spoke first. Sen. Lindsey Graham (R-S.C.) told the chief executive that he was wrong. Rep. Kathy Castor (D-Fla.) agreed.\n';
    const a = analyze(text);
    expect(a.people.map((p) => p.name)).toEqual(['Lindsey Graham', 'Kathy Castor']);
    expect(a.people[0]?.title).toBe('Senator');
    const toks = tokenize(text);
    expect(splitSentences(text, toks)).toHaveLength(3);
  });
});

describe('AP-style party labels and later surnames', () => {
  it('finds no person in ", D-N.Y.," and links a surname the tagger took for a body', () => {
    const text =
      'Senate Majority Leader Chuck Schumer, D-N.Y., has not committed to a vote.\n\n' +
      'Rep. Raja Krishnamoorthi, D-Ill., the top Democrat on the committee, said the measure was not a ban. Krishnamoorthi told reporters that the company had 180 days.\n';
    const people = analyze(text).people;
    expect(people.map((p) => p.name)).toEqual(['Chuck Schumer', 'Raja Krishnamoorthi']);
    expect(people[1]?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)).toEqual(['Raja Krishnamoorthi', 'Krishnamoorthi']);
  });
});
