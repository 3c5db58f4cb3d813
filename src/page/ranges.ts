/**
 * The edge where text offsets become DOM ranges (STYLE.md habit 2). Painting uses StaticRange:
 * a live Range is updated by the browser on every DOM mutation, which a page with 200k
 * highlights would pay for on each change; a static one costs nothing until painted. Code that
 * needs geometry (the card's anchor, hit checks) makes a live Range from it on demand.
 *
 * A span can cross text nodes in different trees (the document, an open shadow root, a
 * same-origin iframe); a range cannot, so one range is made per run of pieces sharing a tree.
 */
import type { TextMap } from './text-map.ts';

/** The tree a node lives in: its Document or ShadowRoot (identity is what matters). */
function treeOf(node: Node): Node {
  return typeof node.getRootNode === 'function' ? node.getRootNode() : (node.ownerDocument ?? node);
}

type StaticRangeCtor = new (init: StaticRangeInit) => StaticRange;

function makeRange(
  doc: Document,
  start: Text,
  startOffset: number,
  end: Text,
  endOffset: number,
): AbstractRange | null {
  const Static = (doc.defaultView as (Window & { StaticRange?: StaticRangeCtor }) | null)
    ?.StaticRange;
  if (typeof Static === 'function') {
    const r = new Static({ startContainer: start, startOffset, endContainer: end, endOffset });
    return r.collapsed ? null : r;
  }
  const range = doc.createRange();
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  return range.collapsed ? null : range;
}

/** Ranges covering text[start, end); empty when no part of it maps to a live node. */
export function rangesFor(map: TextMap, start: number, end: number): AbstractRange[] {
  const pieces = map.pieces(start, end);
  const out: AbstractRange[] = [];
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i]!;
    const tree = treeOf(first.node);
    let j = i;
    while (j + 1 < pieces.length && treeOf(pieces[j + 1]!.node) === tree) j++;
    const last = pieces[j]!;
    const doc = first.node.ownerDocument;
    if (doc && first.node.isConnected !== false && last.node.isConnected !== false) {
      try {
        const r = makeRange(
          doc,
          first.node,
          Math.min(first.from, first.node.length),
          last.node,
          Math.min(last.to, last.node.length),
        );
        if (r) out.push(r);
      } catch {
        // A node changed under us (text shortened, moved): skip this part.
      }
    }
    i = j + 1;
  }
  return out;
}

/** A live Range for geometry (getClientRects), or null when the nodes changed or left. */
export function liveRange(r: AbstractRange): Range | null {
  if (typeof (r as Range).getClientRects === 'function') return r as Range;
  const doc = r.startContainer.ownerDocument;
  if (!doc || !r.startContainer.isConnected || !r.endContainer.isConnected) return null;
  try {
    const range = doc.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    return null;
  }
}
