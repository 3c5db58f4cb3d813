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
  DOCUMENT_NODE,
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
  /** Where the text was read: open shadow roots and documents holding at least one text node. */
  trees: TextTrees;
}

export interface TextTrees {
  shadowRoots: ShadowRoot[];
  /** Every document holding read text (the page's own included, and same-origin iframes'). */
  documents: Document[];
}

/** A Document or ShadowRoot; null where not known yet (worked out per node when needed). */
type Tree = Node | null;

interface Frame {
  /** Children still to visit. */
  nodes: ArrayLike<Node>;
  index: number;
  /** The element whose children these are, to close its block afterwards (null: none). */
  block: boolean;
  /** Whether we are inside an <article> (a <header> there is the article's own, not chrome). */
  inArticle: boolean;
  /** The tree these nodes live in (known when the walk entered it; null: ask each node). */
  tree: Tree;
}

/** The Document or ShadowRoot holding `node` (null for stand-in roots without getRootNode). */
function treeOf(node: Node): Tree {
  return typeof node.getRootNode === 'function' ? node.getRootNode() : null;
}

/** The tree an element's walked children live in. */
function childTree(el: Element, own: Tree, children: ArrayLike<Node>): Tree {
  const first = children[0];
  if (!first) return own;
  // A shadow root's or an iframe's children are in that tree; a slot's assigned nodes are in
  // the host's tree (rare: worked out per node).
  if (first.parentNode === el) return own;
  const parent = first.parentNode;
  if (parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE && (parent as ShadowRoot).host === el)
    return parent;
  if (parent && parent.nodeType === ELEMENT_NODE && tagOf(el) === 'iframe')
    return first.ownerDocument;
  return null;
}

/** Collects the trees text came from, once each. */
class TreeSet {
  private readonly seen = new Set<Node>();
  readonly shadowRoots: ShadowRoot[] = [];
  readonly documents: Document[] = [];
  private readonly docs = new Set<Document>();

  add(tree: Tree): void {
    if (!tree || this.seen.has(tree)) return;
    this.seen.add(tree);
    if (tree.nodeType === DOCUMENT_NODE) this.addDocument(tree as Document);
    else if (tree.nodeType === DOCUMENT_FRAGMENT_NODE && (tree as ShadowRoot).host) {
      this.shadowRoots.push(tree as ShadowRoot);
      if (tree.ownerDocument) this.addDocument(tree.ownerDocument);
    }
  }

  private addDocument(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    this.documents.push(doc);
  }
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
  const stack: Frame[] = [
    { nodes: [root], index: 0, block: false, inArticle: rootInArticle, tree: null },
  ];
  const trees = new TreeSet();
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
      if (!exclude || !exclude(node as Text)) {
        builder.appendNode(node as Text);
        trees.add(frame.tree ?? treeOf(node));
      }
      continue;
    }
    if (type === DOCUMENT_FRAGMENT_NODE) {
      // A shadow root given as the root holds its own tree; a stand-in fragment of added nodes
      // (chunk-parts.ts) has children anywhere, so each is asked.
      const isShadow = !!(node as ShadowRoot).host;
      stack.push({
        nodes: node.childNodes,
        index: 0,
        block: false,
        inArticle: frame.inArticle,
        tree: isShadow ? node : null,
      });
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
    const children = childrenOf(el);
    stack.push({
      nodes: children,
      index: 0,
      block,
      inArticle: frame.inArticle || tag === 'article',
      tree: childTree(el, frame.tree ?? treeOf(el), children),
    });
  }
  const { text, map } = builder.finish();
  return { text, map, trees: { shadowRoots: trees.shadowRoots, documents: trees.documents } };
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
