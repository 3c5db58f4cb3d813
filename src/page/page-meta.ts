/**
 * The article's identity for the store: canonical URL, title, outlet and publication date, from
 * the page's metadata with fallbacks. Malformed metadata (broken JSON-LD, relative or
 * `javascript:` canonical links, junk dates) is ignored rather than trusted.
 */
import { findArticleNode, isObject, jsonLdNodes, textOf, type JsonObject } from './json-ld.ts';

export interface PageMeta {
  /** Canonical URL if the page gives a usable one, else the page URL without its fragment. */
  url: string;
  title: string;
  /** The publisher ("BBC News"); the host name when nothing better is given. */
  outlet: string | null;
  /** ISO 8601 date or date-time as the page gives it (normalised), or null. */
  publishedAt: string | null;
}

/** The subset of `Location` we need (tests pass a plain object). */
export interface PageLocation {
  href: string;
}

const MAX_TITLE = 500;

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** An http(s) URL resolved against `base`, without its fragment, or null. */
export function cleanUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/**
 * A date string normalised to ISO: full date-times become `toISOString()` values, plain dates
 * ("2025-06-01") stay dates. Anything unparseable (or outside 1900–2200) gives null.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Number.isNaN(Date.parse(s)) ? null : s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (y < 1900 || y > 2200) return null;
  return d.toISOString();
}

function bound(s: string | null, max = MAX_TITLE): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return t.length > max ? t.slice(0, max) : t;
}

function publisherName(article: JsonObject | null, nodes: JsonObject[]): string | null {
  if (article) {
    const name = textOf(article['publisher']);
    if (name) return name;
  }
  const org = nodes.find((n) => {
    const t = n['@type'];
    return (
      t === 'NewsMediaOrganization' || (Array.isArray(t) && t.includes('NewsMediaOrganization'))
    );
  });
  return org ? textOf(org['name']) : null;
}

export function readPageMeta(doc: Document, location: PageLocation): PageMeta {
  const pageUrl = cleanUrl(location.href, location.href) ?? location.href.replace(/#.*$/, '');
  const canonicalEl = doc.querySelector('link[rel~="canonical"]');
  const canonical = cleanUrl(canonicalEl?.getAttribute('href'), pageUrl);

  let nodes: JsonObject[] = [];
  let article: JsonObject | null = null;
  try {
    nodes = jsonLdNodes(doc);
    article = findArticleNode(doc);
  } catch {
    // Metadata is optional; a page that breaks our parser just has none.
  }

  const title =
    bound(metaContent(doc, 'og:title', 'twitter:title')) ??
    bound(article ? (textOf(article['headline']) ?? textOf(article['name'])) : null) ??
    bound(doc.querySelector('title')?.textContent ?? null) ??
    bound(doc.querySelector('h1')?.textContent ?? null) ??
    pageUrl;

  let host: string | null = null;
  try {
    host = new URL(pageUrl).hostname.replace(/^www\./, '') || null;
  } catch {
    host = null;
  }
  const outlet =
    bound(metaContent(doc, 'og:site_name'), 200) ??
    bound(publisherName(article, nodes), 200) ??
    host;

  const published =
    normaliseDate(article && isObject(article) ? textOf(article['datePublished']) : null) ??
    normaliseDate(
      metaContent(
        doc,
        'article:published_time',
        'article:published',
        'article:publicationdate',
        'datePublished',
        'og:published_time',
        'publication_date',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date.issued',
        'DC.date.issued',
        'pubdate',
        'publish-date',
        'date',
      ),
    ) ??
    normaliseDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));

  return { url: canonical ?? pageUrl, title, outlet, publishedAt: published };
}
