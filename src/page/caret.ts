/**
 * Pointer hit-testing without touching the page: ask the browser which text position is under
 * the pointer (caretPositionFromPoint, or WebKit's caretRangeFromPoint), then check that the
 * character there really is under the pointer (a caret is also reported when the pointer is in
 * the empty space after a line's end).
 */

export interface CaretHit {
  node: Text;
  /** Index of the character under the pointer within `node`. */
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function rawCaret(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const pos =
        shadowRoots.length > 0
          ? d.caretPositionFromPoint(x, y, { shadowRoots })
          : d.caretPositionFromPoint(x, y);
      return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Some engines throw for points outside the viewport.
  }
  return null;
}

/** Whether one of the rectangles contains the point (with a small tolerance for sub-pixel edges). */
export function rectsContain(
  rects: ArrayLike<{ left: number; right: number; top: number; bottom: number }>,
  x: number,
  y: number,
  slack = 1,
): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
      return true;
  }
  return false;
}

/**
 * The text character under the point, or null (pointer over nothing, an image, padding...).
 * `shadowRoots` lets the browser report positions inside those open shadow roots.
 */
export function caretHit(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): CaretHit | null {
  const raw = rawCaret(doc, x, y, shadowRoots);
  if (!raw || raw.node.nodeType !== 3) return null;
  const node = raw.node as Text;
  const range = doc.createRange();
  // The caret sits between two characters: the pointer is over one of them.
  for (const offset of [raw.offset, raw.offset - 1]) {
    if (offset < 0 || offset >= node.length) continue;
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    if (rectsContain(range.getClientRects(), x, y)) return { node, offset };
  }
  return null;
}
