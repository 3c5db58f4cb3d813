/**
 * Which text of the page is the article, as Mozilla's Readability.js (Firefox Reader View)
 * chooses it. Readability rewrites the document it reads, so it runs on a clone; the clone's
 * text nodes are paired with the live ones while cloning, and what comes back is the set of live
 * text nodes it kept. The page's own DOM is never touched, and highlights paint the live nodes.
 *
 * Readability cannot see open shadow roots or frames (a clone has neither) and is one long
 * synchronous task, so it is not asked on pages with article text in shadow roots, on very big
 * pages or on very deeply nested ones; the density reader (detect-article.ts) answers there.
 */
import { Readability } from '@mozilla/readability';
import { ELEMENT_NODE, TEXT_NODE } from './dom-kinds.ts';

export interface ReadabilityChoice {
  /** The deepest live element holding every kept text node. */
  root: Element;
  /** Live text nodes Readability kept as the article. */
  kept: Set<Text>;
  /** Characters of kept text (whitespace collapsed). */
  chars: number;
}

/** Deepest element nesting Readability is asked about (see cloneWithTwins). */
export const MAX_READABILITY_DEPTH = 200;

/** Fewer characters of kept text than this are no article. */
const MIN_ARTICLE_CHARS = 200;

/** Pages with more elements than this are read by the density reader alone. */
export const MAX_READABILITY_ELEMENTS = 30_000;

/** Attribute that numbers the clone's elements (set on the clone only, never on the page). */
const MARK = 'data-onrecord-n';

interface Twins {
  clone: Document;
  /** Cloned text node → live text node. */
  text: Map<Node, Text>;
  /** Live elements by the number their clone carries in MARK. */
  elements: Element[];
}

/**
 * Clones `doc`, pairing each cloned text node with its live twin and numbering every cloned
 * element. `cloneNode(true)` copies children in order, so walking both trees in step pairs them.
 */
function cloneWithTwins(doc: Document): Twins | null {
  const clone = doc.cloneNode(true) as Document;
  const text = new Map<Node, Text>();
  const elements: Element[] = [];
  const stack: Array<[Node, Node, number]> = [[doc, clone, 0]];
  while (stack.length > 0) {
    const [a, b, depth] = stack.pop() as [Node, Node, number];
    // Readability's work grows with the square of the nesting: a hostile page nested thousands
    // deep would hold the page for seconds. No real article nests this deep.
    if (depth > MAX_READABILITY_DEPTH) return null;
    const ac = a.childNodes;
    const bc = b.childNodes;
    if (ac.length !== bc.length) continue; // not a faithful copy here (a custom element's clone)
    for (let i = 0; i < ac.length; i++) {
      const x = ac[i] as Node;
      const y = bc[i] as Node;
      if (x.nodeType === TEXT_NODE) text.set(y, x as Text);
      else if (x.nodeType === ELEMENT_NODE) {
        (y as Element).setAttribute(MARK, String(elements.length));
        elements.push(x as Element);
        if (x.firstChild) stack.push([x, y, depth + 1]);
      }
    }
  }
  return { clone, text, elements };
}

/** Text nodes under `node`, in document order. */
function textNodes(node: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.nodeType === TEXT_NODE) {
      out.push(n);
      continue;
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

/** The live element of the nearest numbered ancestor of a cloned node. */
function liveOwner(node: Node, twins: Twins): Element | null {
  for (let e = node.parentElement; e; e = e.parentElement) {
    const n = e.getAttribute(MARK);
    if (n !== null) return twins.elements[Number(n)] ?? null;
  }
  return null;
}

/**
 * Live twins of the kept clone nodes. Readability re-parses the page's HTML when a first attempt
 * finds too little text, and then its text nodes are new (and neighbours may have merged): such
 * a node stands for the text children of its nearest numbered element's live twin.
 */
function liveTwins(kept: Node[], twins: Twins): Set<Text> {
  const out = new Set<Text>();
  const owners = new Set<Element>();
  for (const node of kept) {
    const twin = twins.text.get(node);
    if (twin) {
      out.add(twin);
      continue;
    }
    if ((node as Text).data.trim() === '') continue;
    const owner = liveOwner(node, twins);
    if (!owner || owners.has(owner)) continue;
    owners.add(owner);
    for (let c = owner.firstChild; c; c = c.nextSibling)
      if (c.nodeType === TEXT_NODE) out.add(c as Text);
  }
  return out;
}

/** The deepest element that contains every node of `nodes`. */
function commonAncestor(nodes: Iterable<Text>): Element | null {
  let chain: Element[] | null = null;
  for (const t of nodes) {
    const path: Element[] = [];
    for (let e = t.parentElement; e; e = e.parentElement) path.push(e);
    path.reverse();
    if (!chain) {
      chain = path;
      continue;
    }
    let i = 0;
    while (i < chain.length && i < path.length && chain[i] === path[i]) i++;
    chain.length = i;
  }
  return chain && chain.length > 0 ? (chain[chain.length - 1] as Element) : null;
}

/** Elements under `body` (a live count in browsers; linkedom needs the query). */
function elementCount(body: Element): number {
  const live = body.getElementsByTagName('*').length;
  return live > 0 ? live : body.querySelectorAll('*').length;
}

/**
 * Readability's choice of article for `doc`, or null when it finds none, fails, or is not asked
 * (see the module comment). Never throws, never changes `doc`.
 */
export function readabilityChoice(doc: Document): ReadabilityChoice | null {
  const body = doc.body;
  if (!body) return null;
  if (elementCount(body) > MAX_READABILITY_ELEMENTS) return null;
  try {
    const twins = cloneWithTwins(doc);
    if (!twins) return null;
    const article = new Readability<Node>(twins.clone, { serializer: (n) => n }).parse();
    const content = article?.content;
    if (!content) return null;
    const kept = liveTwins(textNodes(content), twins);
    const root = commonAncestor(kept);
    if (!root) return null;
    let chars = 0;
    for (const t of kept) chars += t.data.replace(/\s+/g, ' ').trim().length;
    // Readability answers with its best attempt even when that is a menu: too little to be one.
    if (chars < MIN_ARTICLE_CHARS) return null;
    return { root, kept, chars };
  } catch {
    return null; // a page Readability cannot read is read by the density reader
  }
}
