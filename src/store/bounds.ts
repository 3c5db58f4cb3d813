/**
 * Length limits for text that comes from web pages. Page text is data from strangers: a
 * megabyte "name" must not bloat the database or every card that shows it, so the store cuts
 * long strings once, on the way in, with a visible ellipsis.
 */
export const LIMITS = {
  url: 4096,
  title: 1000,
  name: 200,
  outlet: 200,
  role: 300,
  cue: 200,
  quote: 20_000,
  context: 200,
  note: 20_000,
  tag: 60,
  tags: 50,
  aliases: 64,
  roles: 200,
} as const;

/** `text` cut to at most `max` UTF-16 units (ending in "…" when cut, never half a surrogate pair). */
export function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

export function boundOrNull(text: string | null | undefined, max: number): string | null {
  return typeof text === 'string' ? bound(text, max) : null;
}
