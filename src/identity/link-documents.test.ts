import { describe, expect, it } from 'vitest';
import { linkDocuments } from './link-documents.ts';
import type { ArticlePerson } from './types.ts';

const P = (
  name: string,
  title: string | null = null,
  organization: string | null = null,
  country: string | null = null,
): ArticlePerson => ({
  name,
  title,
  organization,
  country,
});

describe('linkDocuments', () => {
  // Two articles like the seeds: NATO's Secretary General is Stoltenberg in 2023 and Rutte in
  // 2025; Rasmussen is a former holder; Kuleba is spelled two ways.
  const docs = [
    {
      publishedAt: '2025-06-20',
      people: [
        P('Mark Rutte', 'NATO Secretary General', 'NATO'),
        P('Giuseppe Cavo Dragone', 'Chair of the NATO Military Committee', 'NATO'),
        P('Volodymyr Zelenskyy', 'President', null, 'Ukraine'),
      ],
    },
    {
      publishedAt: '2023-06-01',
      people: [
        P('Kaja Kallas', 'Prime Minister', null, 'Estonia'),
        P('Anders Fogh Rasmussen', 'Former NATO Secretary General', 'NATO'),
        P('Dmitry Kuleba', 'Foreign Minister', null, 'Ukraine'),
        P('Jens Stoltenberg', 'NATO Secretary General', 'NATO'),
      ],
    },
    {
      publishedAt: '2024-02-01',
      people: [
        P('Dmytro Kuleba', 'Foreign Minister', null, 'Ukraine'),
        P('Volodymyr Zelensky', 'President', null, 'Ukraine'),
      ],
    },
  ];
  const keys = linkDocuments(docs);
  const [d0, d1, d2] = keys as [string[], string[], string[]];

  it('returns one key per person per document', () => {
    expect(keys.map((k) => k.length)).toEqual([3, 4, 2]);
  });
  it('keeps holders of a shared title apart (Rutte, Stoltenberg, Rasmussen)', () => {
    const nato = [d0[0], d1[3], d1[1]];
    expect(new Set(nato).size).toBe(3);
  });
  it('links spelling variants across documents', () => {
    expect(d2[0]).toBe(d1[2]); // Dmytro / Dmitry Kuleba
    expect(d2[1]).toBe(d0[2]); // Zelensky / Zelenskyy
  });
  it('gives readable slugs, surname first', () => {
    expect(d0[0]).toBe('rutte-mark');
    expect(d1[2]).toBe('kuleba-dmitry');
  });
  it('never gives two different people one key', () => {
    const all = new Set([...d0, ...d1]);
    expect(all.size).toBe(7);
  });
  it('links a bare surname to a full name in the same document', () => {
    const [[full, bare]] = linkDocuments([{ people: [P('Hillary Clinton'), P('Clinton')] }]) as [
      string[],
    ];
    expect(bare).toBe(full);
  });
  it('links a bare surname to an earlier document when the title fits', () => {
    const [[a], [b]] = linkDocuments([
      { people: [P('Mark Rutte', 'NATO Secretary General', 'NATO')] },
      { people: [P('Rutte', 'Secretary General', 'NATO')] },
    ]) as [string[], string[]];
    expect(b).toBe(a);
  });
  it('gives an unlinked bare surname a key of its own', () => {
    const [[a], [b], [c]] = linkDocuments([
      { people: [P('Mark Rutte')] },
      { people: [P('Rutte')] },
      { people: [P('Rutte')] },
    ]) as [string[], string[], string[]];
    expect(new Set([a, b, c]).size).toBe(3);
  });
  it('resolves later bare surnames even when listed before the full name', () => {
    const [[bare, full]] = linkDocuments([
      { people: [P('Kallas'), P('Kaja Kallas', 'Prime Minister', null, 'Estonia')] },
    ]) as [string[]];
    expect(bare).toBe(full);
  });
  it('handles empty input', () => {
    expect(linkDocuments([])).toEqual([]);
    expect(linkDocuments([{ people: [] }])).toEqual([[]]);
  });
});
