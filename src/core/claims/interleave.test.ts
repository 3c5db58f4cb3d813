/**
 * Analyses paused between steps and interleaved (as the extension's worker may run two pages)
 * must give exactly what each gives alone: the scratch buffers and caches they share (claims
 * scratch, word-form cache, kept group sums) hold nothing across a step.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps } from '../analyze.ts';
import { ARTICLES } from '../persons/fixtures/articles.ts';

describe('interleaved analyses', () => {
  it('give the same results as one at a time', () => {
    const all = ARTICLES.map((a) => a.text).join('\n\n');
    // Long enough for many progress steps in every stage.
    const a = Array.from({ length: 40 }, () => all).join('\n\n');
    const b = Array.from({ length: 25 }, (_, i) => ARTICLES[i % ARTICLES.length]?.text ?? '').join('\n\n');
    const alone = [analyze(a), analyze(b)];
    const ga = analyzeSteps(a);
    const gb = analyzeSteps(b);
    let ra = ga.next();
    let rb = gb.next();
    let steps = 0;
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = ga.next();
      if (!rb.done) rb = gb.next();
      steps++;
    }
    expect(steps).toBeGreaterThan(4);
    expect(JSON.stringify([ra.value, rb.value])).toBe(JSON.stringify(alone));
  });
});
