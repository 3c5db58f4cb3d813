/**
 * Keyboard navigation order: which highlight Alt+Shift+J/K moves to. Marks are in reading
 * order; the first move starts at the first highlight on screen, not at the top of the article.
 */
import type { PaintedMark } from '../../src/page/article-session.ts';
import { anchorOf, inViewport } from './anchor.ts';

/**
 * Index of the first mark on screen, by binary search (reading order is top-to-bottom on
 * almost every page, so a 200k-mark page costs ~18 lookups), or -1.
 */
export function firstOnScreen(marks: PaintedMark[], win: Window): number {
  let lo = 0;
  let hi = marks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const box = anchorOf(marks[mid]!.ranges).getBoundingClientRect();
    if (box.bottom > 0) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found >= 0 && inViewport(marks[found]!.ranges, win) ? found : -1;
}

/** Marks looked at past ones whose text left the page, before giving up. */
const MAX_SKIPPED = 1000;

/**
 * The mark to focus after `current` in direction `dir` (wrapping), or null when there is none.
 * Marks whose text left the page are stepped over (their ranges are only asked for as they are
 * reached: a huge page makes most marks' ranges on first use).
 */
export function nextMark(
  all: PaintedMark[],
  current: PaintedMark | null,
  dir: 1 | -1,
  win: Window,
): PaintedMark | null {
  const marks = all.filter((m) => m.kind !== 'cue');
  if (marks.length === 0) return null;
  let i = current ? marks.indexOf(current) : -1;
  if (i < 0) {
    const visible = firstOnScreen(marks, win);
    i = visible >= 0 ? visible - (dir === 1 ? 1 : 0) : dir === 1 ? -1 : 0;
  }
  for (let n = 0; n < Math.min(marks.length, MAX_SKIPPED); n++) {
    i = (i + dir + marks.length) % marks.length;
    const m = marks[i];
    if (m && m.ranges.length > 0) return m;
  }
  return null;
}
