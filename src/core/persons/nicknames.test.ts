import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

describe('quoted nicknames inside a name', () => {
  it('keeps Roberto "Hands of Stone" Duran as one name, and links the surname', () => {
    const text = 'Boxing legend Roberto "Hands of Stone" Duran climbs into the ring on Saturday.\n\nDuran said he felt strong.\n';
    const people = analyze(text).people;
    expect(people.map((p) => p.mentions.map((m) => m.text))).toEqual([['Roberto "Hands of Stone" Duran', 'Duran', 'he']]);
  });

  it('does not reach over a line break for the surname', () => {
    const text = 'The players thanked coach Maria Lund "For Everything"\nThe Board met later in the day.\n';
    const names = analyze(text).people.map((p) => p.name);
    expect(names).toEqual(['Maria Lund']);
  });
});
