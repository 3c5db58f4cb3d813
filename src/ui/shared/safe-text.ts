/**
 * Page text is data, often hostile: names, quotes and titles may carry markup, bidi overrides,
 * control characters or megabytes of junk. Everything we render from a page goes through these
 * helpers first; Preact then renders it as text (never as HTML).
 */
import { PIECE_SEPARATOR, quotedPieces } from '../../core/claim-text.ts';

/** Bidi embedding/override/isolate controls that can make text display in a misleading order. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** C0/C1 controls except tab and newline. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text made safe to show: controls and bidi overrides removed, whitespace collapsed, and cut to
 * `max` characters (never in the middle of a surrogate pair) with "…" when it was longer. Only
 * a bounded prefix of the input is ever scanned, so a megabyte string costs no more than a short one.
 */
export function safeText(value: unknown, max = 300): string {
  if (typeof value !== 'string' || value.length === 0) return '';
  const head = value.length > max * 4 + 16 ? value.slice(0, max * 4 + 16) : value;
  const clean = head.replace(CONTROLS, '').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const cut = clean.length > max || head.length < value.length;
  if (!cut) return clean;
  let end = Math.min(max, clean.length);
  const code = clean.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${clean.slice(0, end).trimEnd()}…`;
}

/** An http(s) URL as a string, or null: `javascript:`, `data:` and relative junk are never links. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The host a statement was read on ("www.reuters.com" → "reuters.com"), shown beside the outlet
 * the page called itself, so a page that names itself after another outlet is told apart. Empty
 * for anything but an http(s) URL.
 */
export function readOnHost(url: unknown): string {
  const href = safeHref(url);
  return href ? new URL(href).hostname.replace(/^www\./, '') : '';
}

/** The outlet, unless it only repeats the host it was read on. */
export function outletBesideHost(outlet: string, host: string): string {
  return outlet && outlet.toLowerCase() !== host.toLowerCase() ? outlet : '';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A short, locale-independent date for cards and lists: "3 Mar 2025" (or "2025" for a year).
 * Unknown or malformed dates give "".
 */
export function shortDate(value: string | null | undefined): string {
  if (!value || typeof value !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return '';
  const [, y, mo, d] = m;
  if (!mo) return y ?? '';
  const month = MONTHS[Number(mo) - 1];
  if (!month) return y ?? '';
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const QUOTE_MARKS = /^[\s"'“”„‟«»‘’‚‛‹›]+|[\s"'“”„‟«»‘’‚‛‹›,]+$/g;

/**
 * A quotation for display: bounded and safe like `safeText`, with the quote marks the article
 * already had removed, then wrapped in typographic quotes when it is a direct quote. A quote
 * split around its attribution comes as pieces joined with " … " (`claimText`); each piece loses
 * its own marks, so `"Go," she said. "Now."` shows as “Go … Now.”, not “Go," … "Now.”.
 */
export function quoteText(value: unknown, direct: boolean, max = 300): string {
  const bare = safeText(value, max)
    .split(PIECE_SEPARATOR)
    .map((piece) => piece.replace(QUOTE_MARKS, ''))
    .filter(Boolean)
    .join(PIECE_SEPARATOR);
  return direct ? `“${bare}”` : bare;
}

/**
 * A saved passage for display: a direct quote shows its quoted words (a quote split around its
 * attribution as its pieces), in typographic quotes, as the hovercard and popup show claims;
 * anything else (reported speech, a selection) as written.
 */
export function passageText(value: string, direct: boolean | null, max = 1500): string {
  // The two typographic marks count towards `max`.
  return direct ? quoteText(quotedPieces(value), true, Math.max(1, max - 2)) : safeText(value, max);
}
