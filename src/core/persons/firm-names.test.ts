import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

describe('firm names', () => {
  it('does not read names joined by "&" as people', () => {
    const text = 'Douglas & Lomason shares rose on Monday after the merger news.\n\n"We are pleased," said Maria Keller, an analyst at Edward D. Jones & Co.\n';
    const names = analyze(text).people.map((p) => p.name);
    expect(names).toEqual(['Maria Keller']);
  });
});
