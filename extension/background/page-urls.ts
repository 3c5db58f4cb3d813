/**
 * Which URL an article is stored under. The page may name a canonical URL, but page markup is
 * not trusted: a canonical link to another site would let one page write statements under
 * another site's article. So the canonical URL is used only when it is on the same site as the
 * page the content script actually runs in (equal hosts once www./m./amp. are dropped, or one a
 * subdomain of the other), and the page URL comes from the browser (the sender), not from the message.
 */
import type { PageMeta } from '../../src/messaging/contract.ts';

export function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Drops the prefixes sites use for the same article on another host (www., m., amp.). */
function bare(host: string): string {
  return host.replace(/^(www|m|amp|mobile)\./, '');
}

function sameSite(a: string, b: string): boolean {
  const [x, y] = [bare(a), bare(b)];
  return x !== '' && (x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`));
}

export function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

/**
 * The page a content script's request is about: the URL it names when that is its own page or a
 * canonical URL on the same site, else its own URL (see provenance.ts).
 */
export function ownPageUrl(named: string, senderUrl: string | null): string {
  return shownArticleUrl(named, senderUrl) ?? named;
}

/** The URL to store the article under (see module comment). */
export function articleUrl(page: PageMeta, senderUrl: string | null): string {
  const actual = withoutFragment(senderUrl ?? page.url);
  const canonical = page.canonicalUrl;
  if (canonical && sameSite(hostOf(canonical), hostOf(actual))) return withoutFragment(canonical);
  return actual;
}

/**
 * The stored URL of the article a content script is showing, from the URL it names (its
 * canonical URL or its own): the same rule as `articleUrl`, so "exclude this article" matches.
 */
export function shownArticleUrl(named: string | null, senderUrl: string | null): string | null {
  if (!senderUrl) return named;
  const actual = withoutFragment(senderUrl);
  return named && sameSite(hostOf(named), hostOf(actual)) ? withoutFragment(named) : actual;
}
