/**
 * Finding a page's open shadow roots, for article detection: a web component (`<news-story>`)
 * may hold the whole article body in its shadow root, where `querySelectorAll` from the document
 * never looks. Only open roots are seen (`element.shadowRoot` is null for closed ones, and a
 * content script does not ask for those). The scan is bounded (elements looked at, roots kept)
 * and is a generator that yields every few thousand elements, so a 100k-node page is scanned in
 * slices.
 */
import { DOCUMENT_FRAGMENT_NODE } from './dom-kinds.ts';

export interface ShadowScanLimits {
  /** Elements looked at, across the document and every root found (default 200k). */
  maxElements?: number;
  /** Open shadow roots kept (default 500). */
  maxRoots?: number;
  /** Elements looked at between two yields (default 2000). */
  sliceElements?: number;
}

/** The open shadow root of `el`, or null (closed roots and plain elements). */
export function openShadowRootOf(el: Element): ShadowRoot | null {
  const root = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  return root && root.nodeType === DOCUMENT_FRAGMENT_NODE ? root : null;
}

/**
 * Open shadow roots under `scope` (nested ones too, breadth first), in document order within each
 * tree. Yields the number of elements looked at so far.
 */
export function* openShadowRootsSteps(
  scope: Element,
  limits: ShadowScanLimits = {},
): Generator<number, ShadowRoot[], void> {
  const maxElements = limits.maxElements ?? 200_000;
  const maxRoots = limits.maxRoots ?? 500;
  const slice = limits.sliceElements ?? 2000;
  const found: ShadowRoot[] = [];
  const trees: Array<Element | ShadowRoot> = [scope];
  const own = openShadowRootOf(scope);
  if (own) {
    found.push(own);
    trees.push(own);
  }
  let looked = 0;
  for (let t = 0; t < trees.length; t++) {
    const tree = trees[t] as Element | ShadowRoot;
    const elements = tree.querySelectorAll('*');
    for (let i = 0; i < elements.length; i++) {
      if (++looked > maxElements || found.length >= maxRoots) return found;
      if (looked % slice === 0) yield looked;
      const root = openShadowRootOf(elements[i] as Element);
      if (root) {
        found.push(root);
        trees.push(root);
      }
    }
  }
  return found;
}

/** The element a node's composed parent is (crossing from a shadow root to its host), or null. */
export function composedParentElement(el: Element): Element | null {
  const parent = el.parentNode;
  if (!parent) return null;
  if (parent.nodeType === DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return el.parentElement;
}
