/**
 * Small pieces of the article session kept apart so it stays readable: which trees a chunk's
 * text lives in, whether late content belongs to the article, and a stand-in root for reading
 * added nodes where they are.
 */
import { composedParent, isSkipped, tagOf } from './dom-kinds.ts';
import type { TextMap } from './text-map.ts';

export interface ChunkTrees {
  /** Open shadow roots holding the chunk's text (caretPositionFromPoint must be told of them). */
  shadowRoots: ShadowRoot[];
  /** Documents other than the page's (same-origin iframes) holding the chunk's text. */
  documents: Document[];
}

/**
 * The trees a chunk's text nodes live in, computed once per chunk. Consecutive text nodes
 * under the same parent share a tree, so most lookups are skipped.
 */
export function treesOf(map: TextMap, doc: Document): ChunkTrees {
  const shadowRoots = new Set<ShadowRoot>();
  const documents = new Set<Document>();
  let lastParent: Node | null = null;
  for (const n of map.nodes) {
    if (n.parentNode === lastParent) continue;
    lastParent = n.parentNode;
    const root = n.getRootNode();
    if (root.nodeType === 11) shadowRoots.add(root as ShadowRoot);
    if (n.ownerDocument && n.ownerDocument !== doc) documents.add(n.ownerDocument);
  }
  return { shadowRoots: [...shadowRoots], documents: [...documents] };
}

/**
 * Whether a node added to the page should be read: it is inside the article root (and not in a
 * skipped region such as a comments section), or it is itself an article (infinite scroll
 * appending the next story). Ads and chrome added elsewhere are ignored.
 */
export function belongsToArticle(node: Node, root: Node): boolean {
  for (let p = composedParent(node); p; p = composedParent(p)) {
    if (p === root) return true;
    if (p.nodeType !== 1) continue;
    const e = p as Element;
    if (isSkipped(e) || tagOf(e) === 'header') return false;
  }
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return tagOf(el) === 'article' || el.querySelector('article') !== null;
}

/**
 * A read-only stand-in root whose children are the added nodes, so they are read as one chunk
 * without moving them anywhere (the reader only reads `childNodes` and `nodeType`).
 */
export function fragmentOf(nodes: Node[]): Node {
  return { nodeType: 11, childNodes: nodes } as unknown as Node;
}
