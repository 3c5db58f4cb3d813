/** Small text helpers for the popup: bounded snippets, dates, counts. */

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function snippet(text: string, max = 280): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** "3 mentions", "1 statement". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 Mar 2024" from an ISO date or date-time; the input itself when it does not parse. */
export function shortDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso.slice(0, 32);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = months[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso.slice(0, 10);
}

/** A direct quote for display: the text's own quotation marks trimmed, curly ones put around. */
export function quoted(text: string, max = 280): string {
  const inner = text.trim().replace(/^["“”„'‘’«»]+|["“”„'‘’«»]+$/g, '').trim();
  return `“${snippet(inner, max)}”`;
}
