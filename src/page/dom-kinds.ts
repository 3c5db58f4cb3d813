/**
 * What kind of node something is, decided from markup alone (tag names, attributes, inline
 * style), never from layout, so the same reader runs in a browser, in happy-dom and in linkedom
 * (the CLI reads saved HTML files with it). A browser caller may add a layout-aware `isHidden`.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** Elements whose content is never article prose (or is not text at all). */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'picture',
  'img',
  'map',
  'nav',
  'aside',
  'footer',
  'form',
  'figure',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'button',
  'datalist',
  'output',
  'progress',
  'meter',
  'dialog',
  'menu',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'tt',
  'xmp',
  'listing',
  'plaintext',
  // Our own UI (the hovercard host) is never part of the article.
  'onrecord-root',
]);

/** Elements that start a new line of the article text ("paragraphs are lines"). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** ARIA roles that mark page chrome rather than the article. */
const CHROME_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'form',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'textbox',
  'searchbox',
  'combobox',
  'tablist',
  'button',
]);

/**
 * Class/id words of widgets around an article: comments, share bars, related links, ads.
 * Matched against whole words of the class and id (split on non-letters), so "shared-content"
 * does not match "share" but "share-tools" does.
 */
const CHROME_WORDS = new Set([
  'comment',
  'comments',
  'disqus',
  'share',
  'sharing',
  'social',
  'related',
  'recirc',
  'recommended',
  'newsletter',
  'promo',
  'sponsor',
  'sponsored',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'popup',
  'modal',
  'subscribe',
  'paywall',
  'outbrain',
  'taboola',
  'masthead',
  'byline',
  'skip',
  'cookie',
  'gdpr',
  'consent',
  'toolbar',
  'menu',
  'nav',
  'navbar',
  'footer',
  'pagination',
  'pager',
  'tags',
  'visually',
  'hidden',
  'screenreader',
  'offscreen',
  'ai2html',
  'caption',
]);

/** Multi-word class names of visually hidden helpers and embedded graphics. */
const CHROME_PHRASES =
  /(?:^|[^a-z])(?:off-screen|sr-only|visually-hidden|visuallyhidden|screen-reader|g-artboard)(?:$|[^a-z])/i;

/** Lower-case local name of an element (works for HTML and XHTML documents). */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** Splits a class/id attribute into lower-case words: "share-tools__bar" → share, tools, bar. */
function attributeWords(value: string | null): string[] {
  if (!value) return [];
  return value
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** True when the class or id names a widget that is not article prose (comments, share bar...). */
export function looksLikeChrome(el: Element): boolean {
  for (const attr of ['class', 'id']) {
    const raw = el.getAttribute(attr);
    if (raw === null || raw.length > 500) continue;
    for (const word of attributeWords(raw)) if (CHROME_WORDS.has(word)) return true;
    if (CHROME_PHRASES.test(raw)) return true;
  }
  return false;
}

/** True for elements hidden by markup: `hidden`, aria-hidden, inline display:none etc. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** True for elements the user can type into: their text is never read or painted. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return false;
}

export interface SkipOptions {
  /** Also skip elements whose class/id look like page chrome (comments, share bars...). */
  skipChrome?: boolean;
  /** Layout-aware hidden test supplied by a browser caller (e.g. `el.checkVisibility()`). */
  isHidden?: (el: Element) => boolean;
}

/** Whether the reader skips this element and everything inside it. */
export function isSkipped(el: Element, options: SkipOptions = {}): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (isEditable(el) || isHiddenByMarkup(el)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  if (options.skipChrome !== false && tag !== 'article' && tag !== 'main' && tag !== 'body') {
    if (looksLikeChrome(el)) return true;
  }
  if (options.isHidden && options.isHidden(el)) return true;
  return false;
}

/**
 * The parent in the composed tree as the reader walks it: an element's parent, a shadow root's
 * host, a same-origin iframe document's <iframe>. Null at the top.
 */
export function composedParent(node: Node): Node | null {
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) return (node as ShadowRoot).host ?? null;
  if (node.nodeType === DOCUMENT_NODE) {
    try {
      return (node as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return node.parentNode;
}
