/**
 * The article's text nodes: Readability's choice where it can be asked (readability-choice.ts),
 * the density reader's root otherwise. Both the content script and the CLI go through here, so
 * the text the CLI prints is the text the extension highlights.
 */
import type { ArticleDetection } from './detect-article.ts';
import { isProbablyReaderable } from '@mozilla/readability';
import { readabilityChoice } from './readability-choice.ts';
import { tagOf } from './dom-kinds.ts';
import { trailingFurniture } from './trailing-furniture.ts';

export interface ArticleChoice {
  /** Where reading starts. */
  root: Element | null;
  /** Where text added later is looked for (holds `root`). */
  watchRoot: Element | null;
  /** Text nodes under `root` that are not the article (null: read everything under it). */
  exclude: ((node: Text) => boolean) | null;
  /**
   * Whether class and id words that look like page chrome (share, related, ad…) are skipped
   * under `root`: Readability has weighed them already, so only the density reader's pick needs it.
   */
  skipChrome: boolean;
  /** Who chose: Readability.js, or the density reader. */
  by: 'readability' | 'density';
  /** Whether the page is an article at all (On Record stays idle on other pages). */
  isArticle: boolean;
}

/** Article text Readability must find to make a page an article the density reader missed. */
const MIN_CHARS_WITH_META = 500;
const MIN_CHARS_WITHOUT_META = 1000;

/** Elements too small to be where an article's later paragraphs are added. */
const PARAGRAPH_LEVEL = new Set([
  'p',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'span',
  'a',
  'b',
  'i',
  'em',
  'strong',
]);

/**
 * Never a single paragraph: a live blog adds its posts beside the ones already there. Reading
 * starts no higher than needed, since a <form> or <header> above the article (whole pages are
 * wrapped in forms) would be skipped by the reader.
 */
function aboveParagraph(chosen: Element): Element {
  let root = chosen;
  while (
    PARAGRAPH_LEVEL.has(tagOf(root)) &&
    root.parentElement &&
    tagOf(root.parentElement) !== 'body'
  )
    root = root.parentElement;
  return root;
}

export function chooseArticle(doc: Document, detection: ArticleDetection): ArticleChoice {
  const density: ArticleChoice = {
    root: detection.root,
    watchRoot: detection.root,
    exclude: null,
    skipChrome: true,
    by: 'density',
    isArticle: detection.isArticle,
  };
  if (detection.shadowText) return density;
  // A page the density reader calls no article (paragraphs in <div>s, text in <span>s) is
  // asked again when it says it is one (JSON-LD, og:type) or Readability's quick check agrees;
  // home pages and apps are not, so they cost no Readability run.
  const hasMeta = detection.signals.includes('json-ld') || detection.signals.includes('og-type');
  if (!detection.isArticle && !hasMeta && !probablyReaderable(doc)) return density;
  const choice = readabilityChoice(doc);
  if (!choice) return density;
  const isArticle =
    detection.isArticle || choice.chars >= (hasMeta ? MIN_CHARS_WITH_META : MIN_CHARS_WITHOUT_META);
  if (!isArticle) return density;
  const tail = trailingFurniture([...choice.kept]);
  const kept = choice.kept;
  for (const t of tail) kept.delete(t);
  const root = aboveParagraph(choice.root);
  return {
    root,
    watchRoot: detection.root && detection.root.contains(root) ? detection.root : root,
    exclude: (t) => !kept.has(t),
    skipChrome: false,
    by: 'readability',
    isArticle,
  };
}

function probablyReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}
