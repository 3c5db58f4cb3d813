/**
 * The page reader for callers without a browser (the CLI reads saved HTML files with linkedom):
 * find the article body, read its text, and read the page's metadata, exactly as the content
 * script does.
 */
import { detectArticle } from './detect-article.ts';
import { readPageMeta, type PageMeta } from './page-meta.ts';
import { readArticle } from './read-article.ts';
import { chooseArticle } from './choose-article.ts';

export interface ExtractedArticle {
  text: string;
  meta: PageMeta;
  /** Whether the page looks like an article (the extension stays idle when it does not). */
  isArticle: boolean;
}

/**
 * Extracts the article text and metadata of a parsed document. `href` is the page's address
 * (for the canonical URL and the outlet fallback); a placeholder is used when unknown.
 */
export function extractArticleText(doc: Document, href = 'about:blank'): ExtractedArticle {
  const detection = detectArticle(doc);
  const choice = chooseArticle(doc, detection);
  const root = choice.root ?? doc.body ?? doc.documentElement;
  const { text } = root ? readArticle(root, {
        skipChrome: choice.skipChrome,
        ...(choice.exclude ? { exclude: choice.exclude } : {}),
      }) : { text: '' };
  const base = href === 'about:blank' ? 'http://localhost/' : href;
  return { text, meta: readPageMeta(doc, { href: base }), isArticle: choice.isArticle };
}
