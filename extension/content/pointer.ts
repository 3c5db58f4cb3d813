/**
 * Hover: the card opens after the pointer rests on a highlight for a moment and closes a moment
 * after the pointer leaves both the highlight and the card (so the reader can move onto the
 * card to click a link or "Save claim"). Hit-testing runs at most once per animation frame.
 */
import type { PaintedMark } from '../../src/page/article-session.ts';

export interface PointerActions {
  /** The mark under a viewport point, or null. */
  markAt(x: number, y: number): PaintedMark | null;
  /** The pointer started resting on a mark (prefetch its data). */
  enter(mark: PaintedMark): void;
  open(mark: PaintedMark, x: number, y: number): void;
  close(): void;
  /** The mark whose card is open, if any. */
  openMark(): PaintedMark | null;
  /** Whether the event target is our card. */
  isCard(target: EventTarget | null): boolean;
}

export const OPEN_DELAY_MS = 220;
export const CLOSE_DELAY_MS = 300;

export interface PointerControl {
  /** The pointer is over the card (keep it open) or left it (close soon). */
  cardHovered(over: boolean): void;
}

export function listenPointer(
  doc: Document,
  actions: PointerActions,
  signal: AbortSignal,
): PointerControl {
  const win = doc.defaultView;
  let pending: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = 0;
  let hovered: PaintedMark | null = null;
  let openTimer: ReturnType<typeof setTimeout> | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let overCard = false;

  const clearOpen = (): void => {
    if (openTimer !== null) clearTimeout(openTimer);
    openTimer = null;
  };
  const clearClose = (): void => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  };
  const scheduleClose = (): void => {
    if (closeTimer !== null || !actions.openMark()) return;
    closeTimer = setTimeout(() => {
      closeTimer = null;
      if (!overCard && hovered === null) actions.close();
    }, CLOSE_DELAY_MS);
  };

  const check = (): void => {
    frame = 0;
    const p = pending;
    pending = null;
    if (!p || signal.aborted) return;
    if (actions.isCard(p.target)) return;
    const mark = actions.markAt(p.x, p.y);
    if (mark === hovered) return;
    hovered = mark;
    clearOpen();
    if (!mark) {
      scheduleClose();
      return;
    }
    clearClose();
    if (actions.openMark() === mark) return;
    actions.enter(mark);
    const { x, y } = p;
    openTimer = setTimeout(() => {
      openTimer = null;
      if (hovered === mark) actions.open(mark, x, y);
    }, OPEN_DELAY_MS);
  };

  doc.addEventListener(
    'pointermove',
    (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      pending = { x: e.clientX, y: e.clientY, target: e.target };
      if (frame === 0 && win) frame = win.requestAnimationFrame(check);
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'pointerleave',
    () => {
      hovered = null;
      clearOpen();
      scheduleClose();
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearOpen();
    clearClose();
    if (frame !== 0) win?.cancelAnimationFrame(frame);
  });
  return {
    cardHovered(over) {
      overCard = over;
      if (over) clearClose();
      else {
        hovered = null;
        scheduleClose();
      }
    },
  };
}
