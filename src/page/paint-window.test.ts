// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { marksNear, PaintWindows, windowContains } from './paint-window.ts';
import type { PaintKind } from './highlight-styles.ts';

/** Fake marks: mark i's first line is at y = i * 100 - scroll, 20 px tall (a live-Range stand-in). */
function layout(n: number): {
  marks: Array<{ kind: PaintKind; ranges: AbstractRange[] }>;
  scrollTo: (y: number) => void;
} {
  let scroll = 0;
  const marks = Array.from({ length: n }, (_, i) => {
    const range = {
      getClientRects: () => [],
      getBoundingClientRect: () => ({ top: i * 100 - scroll, bottom: i * 100 - scroll + 20 }),
    } as unknown as AbstractRange;
    return { kind: 'official' as PaintKind, ranges: [range] };
  });
  return { marks, scrollTo: (y) => (scroll = y) };
}

describe('marksNear', () => {
  it('finds the marks on screen and within the margin, by binary search', () => {
    const { marks, scrollTo } = layout(100);
    expect(marksNear(marks, 500, 0)).toEqual({ lo: 0, hi: 6 });
    scrollTo(2000);
    expect(marksNear(marks, 500, 0)).toEqual({ lo: 20, hi: 26 });
    expect(marksNear(marks, 500, 1000)).toEqual({ lo: 10, hi: 36 });
    // At most `max`, centred on the middle of the viewport.
    expect(marksNear(marks, 500, 1000, 4)).toEqual({ lo: 21, hi: 25 });
    scrollTo(100_000);
    expect(marksNear(marks, 500, 0)).toEqual({ lo: 100, hi: 100 });
  });

  it('counts marks whose nodes are gone as above the viewport', () => {
    const { marks } = layout(10);
    marks[0]!.ranges = [];
    marks[1]!.ranges = [];
    expect(marksNear(marks, 250, 0)).toEqual({ lo: 2, hi: 3 });
  });

  it('tells whether one window holds another', () => {
    expect(windowContains({ lo: 0, hi: 10 }, { lo: 2, hi: 10 })).toBe(true);
    expect(windowContains({ lo: 3, hi: 10 }, { lo: 2, hi: 9 })).toBe(false);
  });
});

describe('PaintWindows', () => {
  it('paints only the window, moves it on scroll, and stops when aborted', async () => {
    const { marks, scrollTo } = layout(1000);
    const painted = new Set<AbstractRange>();
    let changes = 0;
    const painter = {
      add: (_k: PaintKind, rs: Iterable<AbstractRange>) => {
        for (const r of rs) painted.add(r);
        changes++;
      },
      remove: (_k: PaintKind, rs: Iterable<AbstractRange>) => {
        for (const r of rs) painted.delete(r);
        changes++;
      },
    };
    const abort = new AbortController();
    const h = window.innerHeight;
    const windows = new PaintWindows(document, painter, abort.signal, {
      max: 50,
      screens: 2,
      checkMs: 0,
    });
    const chunk = { marks };
    windows.add(chunk);
    const expected = marksNear(marks, h, 2 * h, 50);
    expect(painted.size).toBe(expected.hi - expected.lo);
    expect(painted.has(marks[0]!.ranges[0]!)).toBe(true);

    const settle = (): Promise<void> => new Promise((ok) => setTimeout(ok, 20));
    // A small scroll stays inside the painted window: nothing repainted.
    const before = changes;
    scrollTo(100);
    document.dispatchEvent(new Event('scroll'));
    await settle();
    expect(changes).toBe(before);

    // A long one moves the window: the new marks are painted, the old ones are not.
    scrollTo(50_000);
    document.dispatchEvent(new Event('scroll'));
    await settle();
    const now = marksNear(marks, h, 2 * h, 50);
    expect(painted.size).toBe(now.hi - now.lo);
    expect(painted.has(marks[500]!.ranges[0]!)).toBe(true);
    expect(painted.has(marks[0]!.ranges[0]!)).toBe(false);

    abort.abort();
    const after = changes;
    scrollTo(0);
    document.dispatchEvent(new Event('scroll'));
    await settle();
    expect(changes).toBe(after);
  });
});
