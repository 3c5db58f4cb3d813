import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types.ts';
import { mergeAnalyses, textHash } from './merge-analyses.ts';

function analysisOf(text: string, name: string): Analysis {
  const start = text.indexOf(name);
  const mention = { start, end: start + name.length, text: name, kind: 'name' as const };
  return {
    length: text.length,
    people: [
      {
        name,
        title: 'Minister',
        titleSpan: null,
        organization: null,
        country: null,
        mentions: [mention],
      },
    ],
    claims: [
      {
        source: mention,
        sourcePerson: 0,
        sourceKind: 'named-person',
        cue: { start: start + name.length + 1, end: start + name.length + 5, text: 'said' },
        content: {
          start: start + name.length + 6,
          end: text.length,
          text: text.slice(start + name.length + 6),
        },
        contentSpans: [[start + name.length + 6, text.length]],
        direct: false,
        outlet: null,
      },
    ],
    outlets: [],
  };
}

describe('mergeAnalyses', () => {
  it('joins chunks and shifts every span so it still covers the same text', () => {
    const a = 'Anna Berg said talks failed';
    const b = 'Later, Omar Diaz said it rained';
    const merged = mergeAnalyses([
      { text: a, analysis: analysisOf(a, 'Anna Berg') },
      { text: b, analysis: analysisOf(b, 'Omar Diaz') },
    ]);
    expect(merged.text).toBe(`${a}\n${b}`);
    expect(merged.bases.map((x) => x.offset)).toEqual([0, a.length + 1]);
    for (const p of merged.analysis.people)
      for (const m of p.mentions) expect(merged.text.slice(m.start, m.end)).toBe(m.text);
    for (const c of merged.analysis.claims) {
      expect(merged.text.slice(c.cue.start, c.cue.end)).toBe('said');
      expect(merged.text.slice(c.content.start, c.content.end)).toBe(c.content.text);
    }
    expect(merged.analysis.claims[1]?.sourcePerson).toBe(1);
  });

  it('hashes text stably', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
    expect(textHash('')).toMatch(/^[0-9a-f]{14}$/);
  });
});
