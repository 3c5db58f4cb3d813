import { describe, expect, it } from 'vitest';
import { splitForAnalysis } from './analysis-pieces.ts';
import { mergeAnalyses } from './merge-analyses.ts';
import type { Analysis } from '../core/types.ts';

/** A stand-in analysis: every word "Berg" is a person mention. */
function fake(text: string): Analysis {
  const mentions = [...text.matchAll(/Berg/g)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + 4,
    text: 'Berg',
    kind: 'name' as const,
  }));
  return {
    length: text.length,
    people: mentions.length ? [{ name: 'Berg', title: null, titleSpan: null, organization: null, country: null, mentions }] : [],
    claims: [],
    outlets: [],
  };
}

describe('splitForAnalysis', () => {
  it('keeps an ordinary article whole', () => {
    expect(splitForAnalysis('One.\nTwo.', 100)).toEqual(['One.\nTwo.']);
  });

  it('cuts at paragraph breaks, else spaces, and the merged spans land on the whole text', () => {
    const text = ['Berg spoke first.', 'Then Berg and Berg again spoke at length about it all', 'Berg.'].join('\n');
    const pieces = splitForAnalysis(text, 24);
    expect(pieces.every((p) => p.length <= 24)).toBe(true);
    const merged = mergeAnalyses(pieces.map((p) => ({ text: p, analysis: fake(p) })));
    expect(merged.text.length).toBe(text.length);
    const spans = merged.analysis.people.flatMap((p) => p.mentions);
    expect(spans).toHaveLength(4);
    for (const m of spans) expect(text.slice(m.start, m.end)).toBe('Berg');
  });

  it('moving spans in place gives the same merged analysis as copying them', () => {
    const text = ['Berg spoke first.', 'Then Berg and Berg again spoke at length about it all', 'Berg.'].join('\n');
    const pieces = splitForAnalysis(text, 24);
    const copied = mergeAnalyses(pieces.map((p) => ({ text: p, analysis: fake(p) })));
    const moved = mergeAnalyses(pieces.map((p) => ({ text: p, analysis: fake(p) })), { inPlace: true });
    expect(moved.analysis).toEqual(copied.analysis);
    expect(moved.text).toBe(copied.text);
  });

  it('sends text with no separator at all as one piece', () => {
    const text = 'x'.repeat(100);
    expect(splitForAnalysis(text, 10)).toEqual([text]);
  });
});
