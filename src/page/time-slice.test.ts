import { describe, expect, it } from 'vitest';
import { runSliced } from './time-slice.ts';
import { rectsContain } from './caret.ts';

function* counter(n: number): Generator<number, string, void> {
  for (let i = 0; i < n; i++) yield i;
  return 'done';
}

describe('runSliced', () => {
  it('gives the host a turn whenever the budget is used up', async () => {
    let clock = 0;
    let pauses = 0;
    const result = await runSliced(counter(100), {
      budgetMs: 10,
      now: () => (clock += 1), // every step "takes" 1 ms
      yieldToHost: async () => {
        pauses++;
      },
    });
    expect(result).toBe('done');
    expect(pauses).toBeGreaterThanOrEqual(9);
    expect(pauses).toBeLessThanOrEqual(11);
  });

  it('stops between slices when aborted', async () => {
    const controller = new AbortController();
    let clock = 0;
    const run = runSliced(counter(1000), {
      budgetMs: 5,
      now: () => (clock += 1),
      signal: controller.signal,
      yieldToHost: async () => controller.abort(new Error('stop')),
    });
    await expect(run).rejects.toThrow('stop');
  });
});

describe('rectsContain', () => {
  it('hits a character box with a small tolerance, and misses outside', () => {
    const rects = [{ left: 10, right: 20, top: 100, bottom: 120 }];
    expect(rectsContain(rects, 15, 110)).toBe(true);
    expect(rectsContain(rects, 20.5, 110)).toBe(true);
    expect(rectsContain(rects, 25, 110)).toBe(false);
    expect(rectsContain([], 15, 110)).toBe(false);
  });
});
