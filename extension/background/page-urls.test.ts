import { describe, expect, it } from 'vitest';
import type { PageMeta } from '../../src/messaging/contract.ts';
import { articleUrl, shownArticleUrl } from './page-urls.ts';

const meta = (over: Partial<PageMeta>): PageMeta => ({
  url: 'https://www.news.example/a#top',
  canonicalUrl: null,
  title: 't',
  outlet: null,
  publishedAt: null,
  textLength: 1,
  textHash: 'h',
  ...over,
});

describe('articleUrl', () => {
  it('uses the sender URL without its fragment', () => {
    expect(articleUrl(meta({}), 'https://www.news.example/a#top')).toBe('https://www.news.example/a');
  });
  it('accepts a canonical URL on the same site', () => {
    expect(articleUrl(meta({ canonicalUrl: 'https://news.example/a' }), 'https://www.news.example/a?utm=x')).toBe(
      'https://news.example/a',
    );
    expect(articleUrl(meta({ canonicalUrl: 'https://www.news.example/a' }), 'https://amp.news.example/a')).toBe(
      'https://www.news.example/a',
    );
  });
  it('refuses a canonical URL on another site', () => {
    expect(articleUrl(meta({ canonicalUrl: 'https://victim.example/a' }), 'https://evil.example/a')).toBe(
      'https://evil.example/a',
    );
    expect(articleUrl(meta({ canonicalUrl: 'https://xnews.example/a' }), 'https://news.example/a')).toBe(
      'https://news.example/a',
    );
  });
});

describe('shownArticleUrl', () => {
  it('names the article the same way it was stored', () => {
    expect(shownArticleUrl('https://news.example/a', 'https://www.news.example/a?x#y')).toBe('https://news.example/a');
    expect(shownArticleUrl('https://victim.example/a', 'https://evil.example/a#y')).toBe('https://evil.example/a');
    expect(shownArticleUrl(null, 'https://news.example/a#y')).toBe('https://news.example/a');
    expect(shownArticleUrl('https://news.example/a', null)).toBe('https://news.example/a');
  });
});
