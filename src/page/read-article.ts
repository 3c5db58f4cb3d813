/**
 * Reads an article's text with its offset map. The walk uses only `childNodes` and `nodeType`
 * (no TreeWalker, innerText or layout) so it works in any standard DOM, including linkedom in
 * Node for the CLI. It descends into open shadow roots (following slots) and same-origin iframes,
 * and skips everything that is not article prose (see dom-kinds.ts).
 *
 * `readArticleSteps` is a generator that yields every few thousand nodes, so the content script
 * can build the text of a 100k-node page in slices; `readArticle` runs it in one go.
 */
import {
  CDATA_SECTION_NODE,
  DOCUMENT_FRAGMENT_NODE,
  ELEMENT_NODE,
  TEXT_NODE,
  isBlockTag,
  isSkipped,
  tagOf,
  type SkipOptions,
} from './dom-kinds.ts';
import { TextBuilder } from './text-builder.ts';
import type { TextMap } from './text-map.ts';
import { runToEnd } from '../core/run-steps.ts';

export interface ReadOptions extends SkipOptions {
  /** Nodes visited between two yields of `readArticleSteps` (default 2000). */
  sliceNodes?: number;
  /** Text nodes to leave out (already read by an earlier pass over a dynamic page). */
  exclude?: (node: Text) => boolean;
  /** Stop reading after this many characters of text (default: no limit). */
  maxLength?: number;
  /** Deepest element nesting followed (default 2000); deeper content is ignored, not a crash. */
  maxDepth?: number;
}

export interface ArticleText {
  /** The article text: paragraphs are lines, whitespace normalised. */
  text: string;
  /** Map between offsets in `text` and DOM text nodes. */
  map: TextMap;
}

interface Frame {
  /** Children still to visit. */
  nodes: ArrayLike<Node>;
  index: number;
  /** The element whose children these are, to close its block afterwards (null: none). */
  block: boolean;
  /** Whether we are inside an <article> (a <header> there is the article's own, not chrome). */
  inArticle: boolean;
}

/** Children to walk for a node: an open shadow root's (with slots resolved), or its own. */
function childrenOf(node: Node): ArrayLike<Node> {
  if (node.nodeType === ELEMENT_NODE) {
    const el = node as Element;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) return shadow.childNodes;
    if (tagOf(el) === 'slot') {
      const slot = el as HTMLSlotElement;
      if (typeof slot.assignedNodes === 'function') {
        const assigned = slot.assignedNodes();
        if (assigned.length > 0) return assigned;
      }
      return slot.childNodes;
    }
    if (tagOf(el) === 'iframe') {
      const doc = sameOriginDocument(el as HTMLIFrameElement);
      return doc?.body ? [doc.body] : [];
    }
    if (tagOf(el) === 'template') return [];
  }
  return node.childNodes;
}

/** The document of a same-origin iframe, or null (cross-origin access throws). */
function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null;
  }
}

/** Reads `root` in slices; each yield is a safe pause point. Returns the text and its map. */
export function* readArticleSteps(
  root: Node,
  options: ReadOptions = {},
): Generator<number, ArticleText, void> {
  const builder = new TextBuilder();
  const slice = options.sliceNodes ?? 2000;
  const maxLength = options.maxLength ?? Infinity;
  const maxDepth = options.maxDepth ?? 2000;
  const exclude = options.exclude;
  const rootInArticle = root.nodeType === ELEMENT_NODE && hasArticleAncestor(root as Element);
  const stack: Frame[] = [{ nodes: [root], index: 0, block: false, inArticle: rootInArticle }];
  let visited = 0;

  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      if (frame.block) builder.breakLine();
      continue;
    }
    const node = frame.nodes[frame.index++] as Node;
    if (++visited % slice === 0) yield visited;
    if (builder.size >= maxLength) break;

    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      if (!exclude || !exclude(node as Text)) builder.appendNode(node as Text);
      continue;
    }
    if (type === DOCUMENT_FRAGMENT_NODE) {
      stack.push({ nodes: node.childNodes, index: 0, block: false, inArticle: frame.inArticle });
      continue;
    }
    if (type !== ELEMENT_NODE) continue; // comments, processing instructions
    const el = node as Element;
    const tag = tagOf(el);
    // The root itself is read even if it looks like chrome: the caller chose it.
    if (node !== root && isSkipped(el, options)) {
      if (isBlockTag(tag)) builder.breakLine();
      continue;
    }
    if (tag === 'header' && !frame.inArticle && node !== root) continue;
    if (tag === 'br' || tag === 'hr') {
      builder.breakLine();
      continue;
    }
    if (stack.length > maxDepth) continue;
    const block = isBlockTag(tag);
    if (block) builder.breakLine();
    stack.push({
      nodes: childrenOf(el),
      index: 0,
      block,
      inArticle: frame.inArticle || tag === 'article',
    });
  }
  return builder.finish();
}

/** Reads `root` in one go. */
export function readArticle(root: Node, options: ReadOptions = {}): ArticleText {
  const steps = readArticleSteps(root, options);
  return runToEnd(steps);
}

function hasArticleAncestor(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (tagOf(e) === 'article') return true;
  return false;
}
