/**
 * The edge where text offsets become DOM Ranges (STYLE.md habit 2). A span can cross text
 * nodes in different trees (the document, an open shadow root, a same-origin iframe); a Range
 * cannot, so one Range is made per run of pieces that share a tree.
 */
import type { TextMap } from './text-map.ts';

/** The tree a node lives in: its Document or ShadowRoot (identity is what matters). */
function treeOf(node: Node): Node {
  return typeof node.getRootNode === 'function' ? node.getRootNode() : (node.ownerDocument ?? node);
}

/** Ranges covering text[start, end); empty when no part of it maps to a live node. */
export function rangesFor(map: TextMap, start: number, end: number): Range[] {
  const pieces = map.pieces(start, end);
  const out: Range[] = [];
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
        const range = doc.createRange();
        range.setStart(first.node, Math.min(first.from, first.node.length));
        range.setEnd(last.node, Math.min(last.to, last.node.length));
        if (!range.collapsed) out.push(range);
      } catch {
        // A node changed under us (text shortened, moved): skip this part.
      }
    }
    i = j + 1;
  }
  return out;
}
