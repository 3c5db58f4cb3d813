/**
 * Reads a page's JSON-LD blocks defensively: pages ship malformed JSON, HTML comments around it,
 * arrays, `@graph` containers and `@type` arrays. Nothing here throws.
 */

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'liveblogposting',
  'blogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
]);

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses one script's text; tolerates HTML comment wrappers, CDATA and trailing semicolons. */
export function parseJsonLd(raw: string): unknown {
  let s = raw.trim();
  s = s
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\/\s*<!\[CDATA\[/, '')
    .replace(/\/\/\s*\]\]>$/, '');
  s = s.trim().replace(/;\s*$/, '');
  try {
    return JSON.parse(s);
  } catch {
    // Some pages put raw newlines/tabs inside strings; JSON forbids them, browsers' readers cope.
    try {
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Every object node in the JSON-LD of the document, flattening arrays and `@graph`. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = doc.querySelectorAll('script[type]');
  for (const script of Array.from(scripts)) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    collect(parseJsonLd(raw), out, 0);
  }
  return out;
}

function collect(v: unknown, out: JsonObject[], depth: number): void {
  if (depth > 8 || out.length > 500) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!isObject(v)) return;
  out.push(v);
  if (v['@graph'] !== undefined) collect(v['@graph'], out, depth + 1);
  if (v['mainEntity'] !== undefined) collect(v['mainEntity'], out, depth + 1);
}

/** The lower-cased `@type` values of a node ("https://schema.org/NewsArticle" → "newsarticle"). */
export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

export function isArticleNode(node: JsonObject): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/** The first article-typed node, or null. */
export function findArticleNode(doc: Document): JsonObject | null {
  return jsonLdNodes(doc).find(isArticleNode) ?? null;
}

/** A string from a JSON-LD value that may be a string, an object with `name`/`@value`, or a list. */
export function textOf(v: unknown, depth = 0): string | null {
  if (depth > 4) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = textOf(x, depth + 1);
      if (s) return s;
    }
    return null;
  }
  if (isObject(v)) return textOf(v['name'], depth + 1) ?? textOf(v['@value'], depth + 1);
  return null;
}
