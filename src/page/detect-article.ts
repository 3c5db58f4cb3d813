/**
 * Decides whether a page is a news article and where its body is, from markup only: JSON-LD
 * (NewsArticle/Article/... incl. @graph), og:type=article, <article>, articleBody microdata, and
 * paragraph text density (a Readability-like score that ignores page chrome). The content script
 * stays idle on pages that are not articles (home pages, search results, apps).
 *
 * Paragraphs inside open shadow roots count like any other (a web component may hold the whole
 * article body), so the root found may be an element inside a shadow root. `detectArticleSteps`
 * yields every few hundred paragraphs so a 100k-node page is looked at in slices.
 */
import { runToEnd } from '../core/run-steps.ts';
import { ELEMENT_NODE, isSkipped, tagOf } from './dom-kinds.ts';
import { findArticleNode } from './json-ld.ts';
import { composedParentElement, openShadowRootsSteps } from './open-shadow-roots.ts';

export type ArticleSignal =
  'json-ld' | 'og-type' | 'article-element' | 'article-body' | 'text-density';

export interface ArticleDetection {
  isArticle: boolean;
  /** Which signals were found (for debugging and the popup). */
  signals: ArticleSignal[];
  /** The element holding the article body (best guess; `body` when nothing better). */
  root: Element | null;
  /** Characters of paragraph text under `root`. */
  paragraphChars: number;
  /** Whether paragraph text lies in open shadow roots (which only this reader sees). */
  shadowText: boolean;
}

/** A paragraph shorter than this is a caption, a byline or a teaser, not body text. */
const MIN_PARAGRAPH = 40;
/** Paragraph text a page needs under its root to count as an article at all. */
const MIN_ARTICLE_CHARS = 300;
/** Paragraph text that makes a page an article even without any metadata. */
const DENSITY_ARTICLE_CHARS = 1200;

/** Most paragraphs looked at (light DOM first, then open shadow roots). */
const MAX_PARAGRAPHS = 5000;
/** Paragraphs looked at between two yields. */
const SLICE_PARAGRAPHS = 250;

/**
 * Elements matching `selector` in the light DOM under `body`, then in each open shadow root, at
 * most `cap` of them (only those are ever wrapped for script, so a page of 40k paragraphs does not
 * build 40k objects here).
 */
function queryComposed(
  body: Element,
  roots: readonly ShadowRoot[],
  selector: string,
  cap = Infinity,
): Element[] {
  const out: Element[] = [];
  for (const scope of [body, ...roots]) {
    const found = scope.querySelectorAll(selector);
    for (let i = 0; i < found.length && out.length < cap; i++) out.push(found[i] as Element);
    if (out.length >= cap) break;
  }
  return out;
}

/**
 * Paragraph text mass per element: every qualifying <p> adds its length to all its ancestors in
 * the composed tree (a shadow root's paragraphs count for its host and the host's ancestors).
 */
function* paragraphMass(
  body: Element,
  paragraphs: readonly Element[],
): Generator<number, Map<Element, number>, void> {
  const mass = new Map<Element, number>();
  const limit = paragraphs.length;
  const chain: Element[] = [];
  const top = body.parentElement;
  for (let i = 0; i < limit; i++) {
    if (i > 0 && i % SLICE_PARAGRAPHS === 0) yield i;
    const p = paragraphs[i] as Element;
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    chain.length = 0;
    let skipped = false;
    let reached = false;
    for (let e: Element | null = p; e && e !== top; e = composedParentElement(e)) {
      if (e === body) reached = true;
      if (e !== body && isSkipped(e)) {
        skipped = true;
        break;
      }
      if (tagOf(e) === 'header' && !e.closest('article')) {
        skipped = true;
        break;
      }
      chain.push(e);
    }
    if (skipped || !reached) continue;
    for (const e of chain) mass.set(e, (mass.get(e) ?? 0) + len);
  }
  return mass;
}

/** Steps from `el` up to `body` in the composed tree. */
function depthBelow(el: Element, body: Element): number {
  let depth = 0;
  for (let e: Element | null = el; e && e !== body; e = composedParentElement(e)) depth++;
  return depth;
}

/** The deepest element holding most (70%) of the page's paragraph text. */
function densestRoot(body: Element, mass: Map<Element, number>): Element {
  const total = mass.get(body) ?? 0;
  let best: Element = body;
  let depthBest = 0;
  for (const [el, m] of mass) {
    if (m < total * 0.7 || tagOf(el) === 'p') continue;
    const depth = depthBelow(el, body);
    if (depth > depthBest) {
      best = el;
      depthBest = depth;
    }
  }
  return best;
}

/** Whether `node` is `root` or inside it, crossing shadow boundaries. */
function composedContains(root: Element, node: Element): boolean {
  for (let e: Element | null = node; e; e = composedParentElement(e)) if (e === root) return true;
  return false;
}

/** Decides in one go (the CLI and tests); see `detectArticleSteps`. */
export function detectArticle(doc: Document): ArticleDetection {
  return runToEnd(detectArticleSteps(doc));
}

/** Decides in slices: each yield is a safe pause point for the caller. */
export function* detectArticleSteps(doc: Document): Generator<number, ArticleDetection, void> {
  const signals: ArticleSignal[] = [];
  const body = doc.body;
  if (!body) return { isArticle: false, signals, root: null, paragraphChars: 0, shadowText: false };

  if (findArticleNode(doc)) signals.push('json-ld');
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]');
  if ((og?.getAttribute('content') ?? '').trim().toLowerCase() === 'article')
    signals.push('og-type');
  yield 0;

  const roots = yield* openShadowRootsSteps(body);
  const paragraphs = queryComposed(body, roots, 'p', MAX_PARAGRAPHS);
  const mass = yield* paragraphMass(body, paragraphs);
  const massOf = (el: Element): number => mass.get(el) ?? 0;
  const total = massOf(body);

  let root: Element | null = null;
  const bodies = queryComposed(body, roots, '[itemprop~="articleBody"], [property~="articleBody"]');
  const bestBody = maxBy(bodies, massOf);
  if (bestBody && massOf(bestBody) >= MIN_ARTICLE_CHARS) {
    signals.push('article-body');
    root = bestBody;
  }
  const articles = queryComposed(body, roots, 'article');
  const bestArticle = maxBy(articles, massOf);
  if (
    bestArticle &&
    massOf(bestArticle) >= MIN_ARTICLE_CHARS &&
    massOf(bestArticle) >= total * 0.5
  ) {
    signals.push('article-element');
    root ??= bestArticle;
  }
  yield paragraphs.length;
  const dense = densestRoot(body, mass);
  if (total >= DENSITY_ARTICLE_CHARS && countLongParagraphs(dense, roots) >= 3)
    signals.push('text-density');
  root ??= dense;
  const rootChars = massOf(root);
  const hasMeta = signals.includes('json-ld') || signals.includes('og-type');
  const isArticle =
    signals.includes('article-body') ||
    signals.includes('article-element') ||
    (hasMeta && rootChars >= MIN_ARTICLE_CHARS) ||
    signals.includes('text-density');
  const shadowText = roots.some((r) => (mass.get(r.host) ?? 0) > 0);
  return { isArticle, signals, root, paragraphChars: rootChars, shadowText };
}

/** Up to 3: paragraphs of 80+ characters under `root`, its own and those of shadow roots in it. */
function countLongParagraphs(root: Element, roots: readonly ShadowRoot[]): number {
  let n = 0;
  // Indexed, not Array.from: the first three long paragraphs are usually near the start, and a
  // 5 MB page has 35k paragraphs whose wrappers would all be built (30 ms) to look at three.
  const count = (scope: Element | ShadowRoot): boolean => {
    const found = scope.querySelectorAll('p');
    for (let i = 0; i < found.length; i++) {
      if (((found[i] as Element).textContent ?? '').length >= 80 && ++n >= 3) return true;
    }
    return false;
  };
  if (count(root)) return n;
  for (const shadow of roots) {
    if (composedContains(root, shadow.host) && count(shadow)) break;
  }
  return n;
}

function maxBy<T>(items: T[], score: (x: T) => number): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const x of items) {
    const s = score(x);
    if (s > bestScore) {
      best = x;
      bestScore = s;
    }
  }
  return best;
}

/** True when `node` is an element (narrowing helper for callers that hold a Node). */
export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === ELEMENT_NODE;
}
