/**
 * HTML input for the CLI: parse with linkedom and read the article text exactly as the content
 * script does (src/page), so offsets printed by the CLI match what the extension highlights.
 */
import { parseHTML } from 'linkedom';
import { extractArticleText } from '../page/extract.ts';

export interface HtmlArticle {
  text: string;
  publishedAt: string | null;
}

export function readHtmlArticle(html: string, url = 'file:///document.html'): HtmlArticle {
  const { document } = parseHTML(html);
  const { text, meta } = extractArticleText(document as unknown as Document, url);
  return { text, publishedAt: meta.publishedAt };
}
