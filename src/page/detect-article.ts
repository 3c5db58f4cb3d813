/**
 * Decides whether a page is a news article and where its body is, from markup only: JSON-LD
 * (NewsArticle/Article/... incl. @graph), og:type=article, <article>, articleBody microdata, and
 * paragraph text density (a Readability-like score that ignores page chrome). The content script
 * stays idle on pages that are not articles (home pages, search results, apps).
 */
import { ELEMENT_NODE, isSkipped, tagOf } from './dom-kinds.ts';
import { findArticleNode } from './json-ld.ts';

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
}

/** A paragraph shorter than this is a caption, a byline or a teaser, not body text. */
const MIN_PARAGRAPH = 40;
/** Paragraph text a page needs under its root to count as an article at all. */
const MIN_ARTICLE_CHARS = 300;
/** Paragraph text that makes a page an article even without any metadata. */
const DENSITY_ARTICLE_CHARS = 1200;

/** Paragraph text mass per element: every qualifying <p> adds its length to all ancestors. */
function paragraphMass(body: Element): Map<Element, number> {
  const mass = new Map<Element, number>();
  const paragraphs = body.querySelectorAll('p');
  const limit = Math.min(paragraphs.length, 5000);
  const chain: Element[] = [];
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i] as Element;
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    chain.length = 0;
    let skipped = false;
    for (let e: Element | null = p; e && e !== body.parentElement; e = e.parentElement) {
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
    if (skipped) continue;
    for (const e of chain) mass.set(e, (mass.get(e) ?? 0) + len);
  }
  return mass;
}

/** The deepest element holding most (70%) of the page's paragraph text. */
function densestRoot(body: Element, mass: Map<Element, number>): Element {
  const total = mass.get(body) ?? 0;
  let best: Element = body;
  let depthBest = 0;
  for (const [el, m] of mass) {
    if (m < total * 0.7 || tagOf(el) === 'p') continue;
    let depth = 0;
    for (let e: Element | null = el; e && e !== body; e = e.parentElement) depth++;
    if (depth > depthBest) {
      best = el;
      depthBest = depth;
    }
  }
  return best;
}

export function detectArticle(doc: Document): ArticleDetection {
  const signals: ArticleSignal[] = [];
  const body = doc.body;
  if (!body) return { isArticle: false, signals, root: null, paragraphChars: 0 };

  if (findArticleNode(doc)) signals.push('json-ld');
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]');
  if ((og?.getAttribute('content') ?? '').trim().toLowerCase() === 'article')
    signals.push('og-type');

  const mass = paragraphMass(body);
  const massOf = (el: Element): number => mass.get(el) ?? 0;
  const total = massOf(body);

  let root: Element | null = null;
  const bodies = Array.from(
    doc.querySelectorAll('[itemprop~="articleBody"], [property~="articleBody"]'),
  );
  const bestBody = maxBy(bodies, massOf);
  if (bestBody && massOf(bestBody) >= MIN_ARTICLE_CHARS) {
    signals.push('article-body');
    root = bestBody;
  }
  const articles = Array.from(doc.querySelectorAll('article'));
  const bestArticle = maxBy(articles, massOf);
  if (
    bestArticle &&
    massOf(bestArticle) >= MIN_ARTICLE_CHARS &&
    massOf(bestArticle) >= total * 0.5
  ) {
    signals.push('article-element');
    root ??= bestArticle;
  }
  const dense = densestRoot(body, mass);
  if (total >= DENSITY_ARTICLE_CHARS && countLongParagraphs(dense) >= 3)
    signals.push('text-density');
  root ??= dense;
  const rootChars = massOf(root);
  const hasMeta = signals.includes('json-ld') || signals.includes('og-type');
  const isArticle =
    signals.includes('article-body') ||
    signals.includes('article-element') ||
    (hasMeta && rootChars >= MIN_ARTICLE_CHARS) ||
    signals.includes('text-density');
  return { isArticle, signals, root, paragraphChars: rootChars };
}

function countLongParagraphs(root: Element): number {
  let n = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if ((p.textContent ?? '').length >= 80 && ++n >= 3) break;
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
