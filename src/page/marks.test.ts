import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types.ts';
import { MarkIndex, marksFromAnalysis } from './marks.ts';

const text = 'Foreign Minister Anna Berg said "the talks failed" on Monday. Berg left. (Reuters)';
const analysis: Analysis = {
  length: text.length,
  people: [
    {
      name: 'Anna Berg',
      title: 'Foreign Minister',
      titleSpan: { start: 0, end: 16, text: 'Foreign Minister' },
      organization: null,
      country: null,
      mentions: [
        { start: 17, end: 26, text: 'Anna Berg', kind: 'name' },
        { start: 62, end: 66, text: 'Berg', kind: 'surname' },
        { start: 200, end: 210, text: 'bad', kind: 'surname' },
      ],
    },
    {
      name: 'Nobody',
      title: null,
      titleSpan: null,
      organization: null,
      country: null,
      mentions: [{ start: 0, end: 3, text: 'For', kind: 'name' }],
    },
  ],
  claims: [
    {
      source: { start: 17, end: 26, text: 'Anna Berg' },
      sourcePerson: 0,
      sourceKind: 'named-person',
      cue: { start: 27, end: 31, text: 'said' },
      content: { start: 33, end: 49, text: 'the talks failed' },
      contentSpans: [[33, 49]],
      direct: true,
      outlet: 'Reuters',
    },
  ],
  outlets: [{ start: 74, end: 81, text: 'Reuters', outlet: 'Reuters' }],
};

describe('marks', () => {
  it('lists official mentions, claims, cues and outlets; drops out-of-range spans', () => {
    const marks = marksFromAnalysis(analysis);
    expect(marks.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ['official', 'Anna Berg'],
      ['cue', 'said'],
      ['claim', 'the talks failed'],
      ['official', 'Berg'],
      ['outlet', 'Reuters'],
    ]);
  });

  it('finds the most specific mark at an offset', () => {
    const index = new MarkIndex([
      { start: 0, end: 100, id: 'outer' },
      { start: 10, end: 20, id: 'inner' },
      { start: 50, end: 60, id: 'later' },
    ]);
    expect(index.at(15)?.id).toBe('inner');
    expect(index.at(5)?.id).toBe('outer');
    expect(index.at(55)?.id).toBe('later');
    expect(index.at(100)).toBeNull();
    expect(
      index
        .containing(55)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['later', 'outer']);
  });
});

describe('marksFromAnalysis with a limit', () => {
  it('builds only the earliest marks, never more than the limit', () => {
    const length = 100_000;
    const mentions = Array.from({ length: 1000 }, (_, i) => ({
      start: i * 100,
      end: i * 100 + 4,
      text: 'Berg',
      kind: 'surname' as const,
    }));
    const big: Analysis = {
      length,
      people: [{ name: 'Berg', title: 'Minister', titleSpan: null, organization: null, country: null, mentions }],
      claims: [],
      outlets: [],
    };
    const limited = marksFromAnalysis(big, 250);
    expect(limited.length).toBeLessThanOrEqual(250);
    expect(limited.length).toBeGreaterThan(200);
    expect(limited.map((m) => m.start)).toEqual(mentions.slice(0, limited.length).map((m) => m.start));
    expect(marksFromAnalysis(big)).toHaveLength(1000);
  });
});
