import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../src/core/types.ts';
import { LIMITS } from '../../src/messaging/contract.ts';
import { boundAnalysis, pageStateView, SEND_LIMITS } from './page-report.ts';
import { claimToSave } from './save-claim.ts';

const text = 'Foreign Minister Anna Berg said the talks failed. Analysts said it was expected.';
function claim(over: Partial<Claim> = {}): Claim {
  return {
    source: { start: 17, end: 26, text: 'Anna Berg' },
    sourcePerson: 0,
    sourceKind: 'named-person',
    cue: { start: 27, end: 31, text: 'said' },
    content: { start: 32, end: 48, text: 'the talks failed' },
    contentSpans: [[32, 48]],
    direct: false,
    outlet: null,
    ...over,
  };
}
const analysis: Analysis = {
  length: text.length,
  people: [
    {
      name: 'Anna Berg',
      title: 'Foreign Minister',
      titleSpan: { start: 0, end: 16, text: 'Foreign Minister' },
      organization: null,
      country: 'Norway',
      mentions: [{ start: 17, end: 26, text: 'Anna Berg', kind: 'name' }],
    },
  ],
  claims: [
    claim(),
    claim({
      source: { start: 50, end: 58, text: 'Analysts' },
      sourcePerson: null,
      sourceKind: 'unnamed',
      cue: { start: 59, end: 63, text: 'said' },
      content: { start: 64, end: 78, text: 'it was expected' },
      contentSpans: [[64, 78]],
    }),
  ],
  outlets: [],
};
const page = {
  url: 'https://a.example/x',
  canonicalUrl: 'https://a.example/canon',
  title: 'T',
  outlet: 'A',
  publishedAt: '2025-01-02',
  textLength: text.length,
  textHash: 'h',
};

describe('boundAnalysis', () => {
  it('keeps a normal analysis as it is', () => {
    expect(boundAnalysis(analysis)).toEqual(analysis);
  });
  it('drops claims the worker would refuse and trims huge pages, named sources first', () => {
    const long = claim({ content: { start: 0, end: 1, text: 'x'.repeat(LIMITS.longText + 1) } });
    expect(boundAnalysis({ ...analysis, claims: [long] }).claims).toEqual([]);
    const many = Array.from({ length: SEND_LIMITS.claims + 10 }, (_, i) =>
      claim({ sourcePerson: i % 2 ? 0 : null, content: { start: i, end: i + 1, text: 'y' } }),
    );
    const sent = boundAnalysis({ ...analysis, claims: many }).claims;
    expect(sent.length).toBe(SEND_LIMITS.claims);
    expect(sent.filter((c) => c.sourcePerson !== null).length).toBe((SEND_LIMITS.claims + 10) / 2);
  });
});

describe('pageStateView and claimToSave', () => {
  it('lists officials with counts and claims with person ids', () => {
    const view = pageStateView('article', page, analysis, [42], new Set([1]));
    expect(view.officials).toEqual([
      {
        index: 0,
        personId: 42,
        name: 'Anna Berg',
        title: 'Norwegian Foreign Minister',
        titleSource: null,
        mentionCount: 1,
        statementCount: 1,
      },
    ]);
    expect(view.claims.map((c) => [c.personId, c.sourceName, c.saved])).toEqual([
      [42, 'Anna Berg', false],
      [null, null, true],
    ]);
  });
  it('lists a person named without a title as an official when the store knows a role, saying where it was read', () => {
    const untitled: Analysis = { ...analysis, people: [{ ...analysis.people[0]!, title: null, country: null }] };
    const earlier = {
      title: 'NATO Secretary General',
      organization: 'NATO',
      country: null,
      date: '2023-07-01',
      articleTitle: 'Allies meet in Vilnius',
      outlet: 'Daily Planet',
      host: 'planet.example',
    };
    const view = pageStateView('article', page, untitled, [42], new Set(), 100, [earlier]);
    expect(view.officials).toMatchObject([
      {
        name: 'Anna Berg',
        title: 'NATO Secretary General',
        titleSource: 'From an earlier article: “Allies meet in Vilnius”, Daily Planet (planet.example), 2023',
      },
    ]);
    expect(view.counts.officials).toBe(1);
    expect(pageStateView('article', page, untitled, [42], new Set(), 100, [null]).officials).toEqual([]);
  });
  it('sends the first `limit` officials and claims, with the page totals', () => {
    const many: Analysis = {
      ...analysis,
      people: [
        ...analysis.people,
        { ...analysis.people[0]!, name: 'Ola Nord', title: null },
        { ...analysis.people[0]!, name: 'Kari Sand', title: null },
      ],
      claims: Array.from({ length: 7 }, (_, i) => claim({ sourcePerson: i === 6 ? 1 : 0 })),
    };
    const view = pageStateView('article', page, many, [42, 43, 44], new Set([0]), 3);
    expect(view.claims.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(view.claims[0]?.saved).toBe(true);
    expect(view.officials.map((o) => o.name)).toEqual(['Anna Berg']);
    // Ola Nord made a claim without a title; Kari Sand neither has a title nor made one.
    expect(view.counts).toEqual({ officials: 1, others: 1, claims: 7 });
    expect(view.officials[0]?.statementCount).toBe(6);
  });
  it('shows a split quote as its pieces, without the attribution between them', () => {
    const split = claim({
      content: { start: 0, end: 48, text: text.slice(0, 48) },
      contentSpans: [
        [0, 16],
        [32, 48],
      ],
      direct: true,
    });
    const view = pageStateView('article', page, { ...analysis, claims: [split] }, [42], new Set());
    expect(view.claims[0]?.content).toBe('Foreign Minister … the talks failed');
  });
  it('builds the quote selectors from the article text', () => {
    const item = claimToSave(text, analysis, 0, page, [42])!;
    expect(item.quote.exact).toBe('the talks failed');
    expect(item.quote.prefix.endsWith('Anna Berg said ')).toBe(true);
    expect(item.quote.suffix.startsWith('. Analysts')).toBe(true);
    expect(item).toMatchObject({
      url: 'https://a.example/canon',
      personId: 42,
      personTitle: 'Foreign Minister',
      cue: 'said',
      position: { start: 32, end: 48 },
    });
    expect(claimToSave(text, analysis, 9, page, [])).toBeNull();
  });
});
