/**
 * Where a highlight is on screen, as the hovercard's anchor: its ranges' boxes in the top
 * window's viewport (a same-origin iframe's ranges are shifted by the iframe's position).
 */
import { liveRange } from '../../src/page/ranges.ts';
import type { CardAnchor } from '../../src/ui/hovercard/mount-hovercard.ts';

/** Offset of a node's window inside the top window's viewport (0,0 outside iframes). */
function frameOffset(node: Node): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win = node.ownerDocument?.defaultView ?? null;
  while (win && win.frameElement) {
    const fe = win.frameElement as HTMLElement;
    const r = fe.getBoundingClientRect();
    x += r.left + fe.clientLeft;
    y += r.top + fe.clientTop;
    win = fe.ownerDocument.defaultView;
  }
  return { x, y };
}

function shifted(r: DOMRect, dx: number, dy: number): DOMRect {
  return new DOMRect(r.x + dx, r.y + dy, r.width, r.height);
}

export function anchorOf(marked: AbstractRange[]): CardAnchor {
  const ranges = marked.map(liveRange).filter((r): r is Range => r !== null);
  const first = ranges[0];
  const rects = (): DOMRect[] => {
    const out: DOMRect[] = [];
    for (const range of ranges) {
      const { x, y } = frameOffset(range.startContainer);
      for (const r of Array.from(range.getClientRects()))
        if (r.width > 0 || r.height > 0) out.push(shifted(r, x, y));
    }
    return out;
  };
  const parent = first?.startContainer.parentElement;
  return {
    getClientRects: rects,
    getBoundingClientRect: () => {
      const all = rects();
      if (all.length === 0) return new DOMRect(0, 0, 0, 0);
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    },
    ...(parent && parent.ownerDocument === document ? { contextElement: parent } : {}),
  };
}

/** Whether any part of the ranges is inside the viewport. */
export function inViewport(ranges: AbstractRange[], win: Window): boolean {
  const a = anchorOf(ranges).getBoundingClientRect();
  return a.bottom > 0 && a.top < win.innerHeight && a.height > 0;
}
