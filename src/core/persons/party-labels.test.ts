import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

describe('party-and-state labels', () => {
  it('finds no person in "(R-S.C.)", and the claim keeps its source across the label', () => {
    // The sentence splitter still breaks after "R-S." (keeping it whole changed the training
    // sentences, and the shipped models must be what `npm run train` writes); the capitalised
    // fragment before the break is not read as a headline, so the title stays.
    const text = 'Lawmakers spoke first. Sen. Lindsey Graham (R-S.C.) told the chief executive that he was wrong. Rep. Kathy Castor (D-Fla.) agreed.\n';
    const a = analyze(text);
    expect(a.people.map((p) => p.name)).toEqual(['Lindsey Graham', 'Kathy Castor']);
    expect(a.people.map((p) => p.title)).toEqual(['Senator', 'Representative']);
    expect(a.claims.map((c) => [c.source?.text, c.cue.text, c.content.text])).toEqual([
      ['Sen. Lindsey Graham (R-S.C.)', 'told', 'he was wrong'],
    ]);
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
