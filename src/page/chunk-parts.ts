/**
 * Small pieces of the article session kept apart so it stays readable: which trees a chunk's
 * text lives in, whether late content belongs to the article, and a stand-in root for reading
 * added nodes where they are.
 */
import { composedParent, isSkipped, tagOf } from './dom-kinds.ts';
import type { TextTrees } from './read-article.ts';

export interface ChunkTrees {
  /** Open shadow roots holding the chunk's text (caretPositionFromPoint must be told of them). */
  shadowRoots: ShadowRoot[];
  /** Documents other than the page's (same-origin iframes) holding the chunk's text. */
  documents: Document[];
}

/**
 * The trees a chunk's text lives in besides the page's own document, from what the reader
 * noted while it walked (so no per-node lookup over a 100k-node chunk).
 */
export function chunkTrees(trees: TextTrees, doc: Document): ChunkTrees {
  return {
    shadowRoots: [...trees.shadowRoots],
    documents: trees.documents.filter((d) => d !== doc),
  };
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
