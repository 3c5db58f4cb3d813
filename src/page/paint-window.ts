/**
 * Which marks of a huge chunk are painted: only those near the viewport. The browser keeps a
 * marker per registered range on the text nodes and re-paints them after each change; in a
 * trace of the 100k-node bench page the frame after registering 40k ranges spent ~540 ms in
 * pre-paint, against ~10 ms with the ~500 ranges of a window. Painting a window of marks around
 * the viewport, moved as the reader scrolls, keeps every such frame short. Marks are in reading
 * order, which is top-to-bottom on almost every page, so the window is found by binary search
 * on the marks' boxes (~2×17 lookups for 100k marks).
 */
import type { HighlightPainter } from './highlight.ts';
import type { PaintKind } from './highlight-styles.ts';
import { liveRange } from './ranges.ts';

/** [lo, hi): indexes into a list of marks. */
export interface MarkWindow {
  lo: number;
  hi: number;
}

type Box = { top: number; bottom: number } | null;

/** Vertical extent of the first of `ranges` in its window's viewport, or null when it is gone. */
export function boxOf(ranges: readonly AbstractRange[]): Box {
  const first = ranges[0];
  const live = first ? liveRange(first) : null;
  if (!live) return null;
  const r = live.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom };
}

/**
 * Marks whose first line lies within `margin` px above or below the viewport (`height` px tall),
 * at most `max` of them (centred on the viewport when there are more). A mark whose nodes are
 * gone counts as above the viewport.
 */
export function marksNear(
  marks: ReadonlyArray<{ ranges: AbstractRange[] }>,
  height: number,
  margin: number,
  max = Infinity,
): MarkWindow {
  return windowNear(marks.length, (i) => boxOf(marks[i]!.ranges), height, margin, max);
}

/** `marksNear` over `count` items in reading order whose boxes `boxAt` gives. */
export function windowNear(
  count: number,
  boxAt: (i: number) => Box,
  height: number,
  margin: number,
  max = Infinity,
): MarkWindow {
  // First item whose `key` edge is below `edge`.
  const firstBelow = (edge: number, key: 'top' | 'bottom'): number => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const box = boxAt(mid);
      if (box !== null && box[key] > edge) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let lo = firstBelow(-margin, 'bottom');
  let hi = Math.max(lo, firstBelow(height + margin, 'top'));
  if (hi - lo > max) {
    const centre = firstBelow(height / 2, 'top');
    lo = Math.max(lo, Math.min(centre - Math.floor(max / 2), hi - max));
    hi = lo + max;
  }
  return { lo, hi };
}

/** Whether `inner` lies within `outer`. */
export function windowContains(outer: MarkWindow, inner: MarkWindow): boolean {
  return inner.lo >= outer.lo && inner.hi <= outer.hi;
}

/** What a windowed chunk looks like to the painter (its marks may be replaced when pruned). */
export interface WindowedChunk {
  marks: ReadonlyArray<{ kind: PaintKind; ranges: AbstractRange[] }>;
}

export interface WindowOptions {
  /** Most marks painted per chunk at a time. */
  max: number;
  /** Viewport heights painted above and below the viewport. */
  screens: number;
  /** How long scrolling waits before the windows are checked again. */
  checkMs: number;
}

/**
 * The painted windows of a session's huge chunks. The window moves when scrolling (the window's
 * or any scrolling box's) or resizing brings the reader within one screen of its edge, so a
 * scroll of a few screens repaints nothing and a long one repaints only the marks that changed.
 */
export class PaintWindows {
  private readonly windows = new Map<WindowedChunk, MarkWindow>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listening = false;

  constructor(
    private readonly doc: Document,
    private readonly painter: Pick<HighlightPainter, 'add' | 'remove'>,
    private readonly signal: AbortSignal,
    private readonly options: WindowOptions,
  ) {
    signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  private get height(): number {
    return this.doc.defaultView?.innerHeight ?? 0;
  }

  /**
   * Starts painting `chunk` by window; `painted` is what of it is painted already (its marks
   * [lo, hi), e.g. those near the viewport painted while the chunk was being built).
   */
  add(chunk: WindowedChunk, painted: MarkWindow = { lo: 0, hi: 0 }): void {
    if (this.signal.aborted) return;
    this.windows.set(chunk, painted);
    this.listen();
    this.move(chunk);
  }

  has(chunk: WindowedChunk): boolean {
    return this.windows.has(chunk);
  }

  /** Unpaints the chunk's window before its marks are replaced (pruned). */
  unpaint(chunk: WindowedChunk): void {
    const painted = this.windows.get(chunk);
    if (!painted) return;
    for (let i = painted.lo; i < painted.hi; i++) {
      const m = chunk.marks[i];
      if (m) this.painter.remove(m.kind, m.ranges);
    }
    this.windows.set(chunk, { lo: 0, hi: 0 });
  }

  /** Paints the marks near the viewport now and unpaints those that left (indexes as now). */
  move(chunk: WindowedChunk): void {
    const old = this.windows.get(chunk);
    if (!old) return;
    const h = this.height;
    const next = marksNear(chunk.marks, h, h * this.options.screens, this.options.max);
    for (let i = old.lo; i < old.hi; i++) {
      if (i >= next.lo && i < next.hi) continue;
      const m = chunk.marks[i];
      if (m) this.painter.remove(m.kind, m.ranges);
    }
    for (let i = next.lo; i < next.hi; i++) {
      if (i >= old.lo && i < old.hi) continue;
      const m = chunk.marks[i];
      if (m) this.painter.add(m.kind, m.ranges);
    }
    this.windows.set(chunk, next);
  }

  delete(chunk: WindowedChunk): void {
    this.windows.delete(chunk);
  }

  /** Moves every window the reader has scrolled close to the edge of. */
  private check(): void {
    this.timer = null;
    if (this.signal.aborted) return;
    const h = this.height;
    for (const [chunk, painted] of this.windows) {
      if (!windowContains(painted, marksNear(chunk.marks, h, h))) this.move(chunk);
    }
  }

  private listen(): void {
    const win = this.doc.defaultView;
    if (this.listening || !win) return;
    this.listening = true;
    const onScroll = (): void => {
      this.timer ??= setTimeout(() => this.check(), this.options.checkMs);
    };
    this.doc.addEventListener('scroll', onScroll, {
      capture: true,
      passive: true,
      signal: this.signal,
    });
    win.addEventListener('resize', onScroll, { passive: true, signal: this.signal });
  }

  private clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.windows.clear();
  }
}
