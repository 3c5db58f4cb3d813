/**
 * Readability's choice of article on pages we wrote with the structures real pages have (site
 * navigation, a share bar, related links, comments, a byline), read through the same path as the
 * CLI and the content script: the text is the article's, the page's DOM is unchanged, and every
 * kept text node is a live node of the page.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readabilityChoice } from './readability-choice.ts';
import { extractArticleText } from './extract.ts';
import { chooseArticle } from './choose-article.ts';
import { detectArticle } from './detect-article.ts';

const PARAS = [
  'Port authority chief Dana Holt said on Tuesday that the new terminal would open in the spring, two years later than planned, after a long dispute over the cost of dredging the harbour.',
  'State senators Ana Ruiz and Tom Kell, who sit on the transport committee, said they would ask for the contracts to be published in full before the budget vote next month.',
  'The delay has angered shipping companies, which had moved part of their traffic to the northern ports in the expectation that the terminal would be ready this year.',
  '"We were promised a date and we planned around it," said Li Wei, the founder of Acme Freight, who added that his company had already hired forty new drivers.',
];

function page(extra = ''): string {
  return `<!doctype html><html><head><title>Port terminal delayed</title><meta property="og:type" content="article"></head><body>
    <div class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>
    <div class="layout"><div class="main-column">
      <h1>Port terminal delayed by two years</h1>
      <div class="byline">By Sam Jones, Harbour Correspondent</div>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <div class="story-body">${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</div>
      ${extra}
      <div class="related-links"><h3>More from News</h3><ul><li><a href="/a">Mayor opens new bridge over the river after years of works</a></li><li><a href="/b">Council votes on parking fees for the city centre</a></li></ul></div>
    </div></div>
    <div id="comments"><h3>Comments</h3><p>First! This is the best thing I have read all week, thank you for writing it.</p></div>
    <div class="site-footer">© 2026 The Harbour Times. All rights reserved. Privacy. Terms.</div>
  </body></html>`;
}

describe('readabilityChoice', () => {
  it('keeps the article body and leaves the page furniture out', () => {
    const { document } = parseHTML(page());
    const { text } = extractArticleText(
      document as unknown as Document,
      'https://news.example/port',
    );
    for (const p of PARAS) expect(text).toContain(p);
    for (const furniture of [
      'Home',
      'Share on Facebook',
      'More from News',
      'Mayor opens',
      'First!',
      'All rights reserved',
    ])
      expect(text).not.toContain(furniture);
  });

  it('never changes the page and returns live text nodes', () => {
    const { document } = parseHTML(page());
    const before = document.toString();
    const choice = readabilityChoice(document as unknown as Document);
    expect(choice).not.toBeNull();
    expect(document.toString()).toBe(before);
    expect(choice!.kept.size).toBeGreaterThanOrEqual(PARAS.length);
    for (const t of choice!.kept) {
      expect(t.ownerDocument).toBe(document);
      expect(choice!.root.contains(t)).toBe(true);
    }
  });

  it('maps back to live nodes when Readability re-reads the page (a first attempt found too little)', () => {
    // The whole story sits in a block whose class Readability strips at first ("comment"), so
    // it retries on a fresh parse of the HTML, whose nodes are new.
    const body = `<!doctype html><html><body><div class="comment-thread-wrapper">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const { document } = parseHTML(body);
    const choice = readabilityChoice(document as unknown as Document);
    expect(choice).not.toBeNull();
    const texts = [...choice!.kept].map((t) => t.data);
    for (const p of PARAS) expect(texts).toContain(p);
    for (const t of choice!.kept) expect(t.ownerDocument).toBe(document);
  });

  it('leaves pages with article text in open shadow roots to the density reader', () => {
    const { document } = parseHTML(page());
    const detection = { ...detectArticle(document as unknown as Document), shadowText: true };
    expect(chooseArticle(document as unknown as Document, detection).by).toBe('density');
    const plain = detectArticle(document as unknown as Document);
    expect(chooseArticle(document as unknown as Document, plain).by).toBe('readability');
  });

  it('gives null, not an exception, on a page with no article', () => {
    const { document } = parseHTML(
      '<html><body><ul><li><a href="/">Home</a></li></ul></body></html>',
    );
    expect(readabilityChoice(document as unknown as Document)).toBeNull();
  });

  it('takes a page the density reader missed for an article when it says it is one (text in <div>s)', () => {
    // No <p> at all: each paragraph is a <div>, as several real news sites write them.
    const html = `<!doctype html><html><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port terminal delayed"}</script>
      </head><body><div class="menu"><a href="/">Home</a></div>
      <div class="story">${PARAS.map((p) => `<div class="para">${p}</div>`).join('')}</div></body></html>`;
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const detection = detectArticle(doc);
    expect(detection.isArticle).toBe(false);
    const choice = chooseArticle(doc, detection);
    expect(choice).toMatchObject({ isArticle: true, by: 'readability' });
    expect(extractArticleText(doc, 'https://news.example/port').text).toContain(
      'State senators Ana Ruiz and Tom Kell',
    );
  });

  it('keeps a home page with no article metadata idle', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) =>
        `<li><a href="/s${i}">Story number ${i} about the harbour and the city council</a></li>`,
    ).join('');
    const { document } = parseHTML(`<!doctype html><html><body><ul>${links}</ul></body></html>`);
    const doc = document as unknown as Document;
    expect(chooseArticle(doc, detectArticle(doc)).isArticle).toBe(false);
  });
});
