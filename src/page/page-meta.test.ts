// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normaliseDate, readPageMeta } from './page-meta.ts';
import { detectArticle } from './detect-article.ts';

function load(head: string, body = ''): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

const para = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} says the minister spoke at length about the budget and the plans ahead.</p>`,
  ).join('');

describe('readPageMeta', () => {
  it('prefers canonical, og and JSON-LD (incl. @graph)', () => {
    const doc = load(`
      <title>Page title | Site</title>
      <link rel="canonical" href="/news/story-1">
      <meta property="og:site_name" content="The Daily">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"x"},
        {"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2025-03-01T10:00:00+01:00",
         "publisher":{"@type":"Organization","name":"Daily Corp"}}]}</script>`);
    const meta = readPageMeta(doc, { href: 'https://daily.example/news/story-1?utm=1#top' });
    expect(meta).toEqual({
      url: 'https://daily.example/news/story-1',
      title: 'LD headline',
      outlet: 'The Daily',
      publishedAt: '2025-03-01T09:00:00.000Z',
    });
  });

  it('survives malformed JSON-LD and hostile canonical links', () => {
    const doc = load(
      `
      <title>  Plain   title </title>
      <link rel="canonical" href="javascript:alert(1)">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <script type="application/ld+json">[1, null, "x", {"@graph": {"@type": 5}}]</script>
      <meta property="article:published_time" content="not a date">`,
      '<time datetime="2024-12-31">31 Dec</time>',
    );
    const meta = readPageMeta(doc, { href: 'https://www.news.example/a#frag' });
    expect(meta).toEqual({
      url: 'https://www.news.example/a',
      title: 'Plain title',
      outlet: 'news.example',
      publishedAt: '2024-12-31',
    });
  });

  it('reads og:title, article:published_time and JSON-LD publisher', () => {
    const doc = load(`
      <meta property="og:title" content="OG title">
      <meta property="article:published_time" content="2023-05-06T07:08:09Z">
      <script type="application/ld+json"><!-- {"@type":"ReportageNewsArticle","publisher":{"name":"Wire Service"}} --></script>`);
    expect(readPageMeta(doc, { href: 'http://x.example/' })).toMatchObject({
      title: 'OG title',
      outlet: 'Wire Service',
      publishedAt: '2023-05-06T07:08:09.000Z',
    });
  });

  it('normalises dates and rejects junk', () => {
    expect(normaliseDate('2025-06-01')).toBe('2025-06-01');
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate('yesterday')).toBeNull();
  });
});

describe('detectArticle', () => {
  it('finds the article element and its body', () => {
    const doc = load(
      '',
      `<nav>${para(1)}</nav><article><h1>T</h1>${para(6)}</article><aside>${para(3)}</aside>`,
    );
    const d = detectArticle(doc);
    expect(d.isArticle).toBe(true);
    expect(d.signals).toContain('article-element');
    expect(d.root?.tagName.toLowerCase()).toBe('article');
  });

  it('uses og:type and text density without an article element', () => {
    const doc = load(
      '<meta property="og:type" content="article">',
      `<div class="menu">x</div><div id="main"><div class="story">${para(15)}</div></div><div class="comments">${para(8)}</div>`,
    );
    const d = detectArticle(doc);
    expect(d.isArticle).toBe(true);
    expect(d.signals).toEqual(expect.arrayContaining(['og-type', 'text-density']));
    expect(d.root?.className).toBe('story');
  });

  it('stays idle on pages that are not articles', () => {
    const teasers = Array.from(
      { length: 10 },
      () => '<article><h2>Teaser</h2><p>Short.</p></article>',
    ).join('');
    expect(
      detectArticle(load('<meta property="og:type" content="website">', teasers)).isArticle,
    ).toBe(false);
    expect(detectArticle(load('', '<form><input></form>')).isArticle).toBe(false);
  });
});
