/**
 * One role in words for a card or a list: the title with its country and organisation, unless
 * the title already says them ("President" of Ukraine → "Ukrainian President"). Kept apart from
 * the rest of identity, and free of `any-ascii`, because the content script's hovercard and page
 * report use it and must stay small.
 */
import { DEMONYMS } from './demonyms.ts';
import type { KnownRole } from './types.ts';

/** Lower case without diacritics ("Türkiye" → "turkiye"): enough to see a name in a title. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function mentions(title: string, value: string): boolean {
  return plain(title).includes(plain(value));
}

/**
 * The title with its country and organisation, unless the title already says them:
 * "President" of Ukraine → "Ukrainian President"; "Chair of the NATO Military Committee" stays.
 */
export function describeRole(role: Pick<KnownRole, 'title' | 'country' | 'organization'>): string {
  let title = role.title.trim().replace(/\s+/g, ' ');
  if (role.country && !mentions(title, role.country)) {
    const demonym = DEMONYMS.get(plain(role.country).trim());
    if (!demonym) title = `${title} of ${role.country}`;
    else if (!mentions(title, demonym)) {
      // "Former Prime Minister" → "Former Estonian Prime Minister".
      const former = /^(former|ex-|then-)\s*/i.exec(title);
      title = former ? `${former[0]}${demonym} ${title.slice(former[0].length)}` : `${demonym} ${title}`;
    }
  }
  if (role.organization && !mentions(title, role.organization)) title = `${title}, ${role.organization}`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Where a role was read, for a role this article does not give (see the store's `earlierRoles`). */
export interface RoleSource {
  date: string;
  articleTitle: string | null;
  outlet: string | null;
  host: string | null;
}

/**
 * "From an earlier article: “Allies meet in Vilnius”, Daily Planet (news.example), 2023": the
 * card and the popup say where a title came from when this article gives none. The host is
 * always named, since a page's outlet name is the page's own claim.
 */
export function describeRoleSource(source: RoleSource): string {
  const parts: string[] = [];
  if (source.articleTitle?.trim()) parts.push(`“${source.articleTitle.trim()}”`);
  const where = source.outlet?.trim() && source.host && !mentions(source.host, source.outlet.replace(/\s+/g, ''))
    ? `${source.outlet.trim()} (${source.host})`
    : (source.outlet?.trim() || source.host || '');
  if (where) parts.push(where);
  const year = /^\d{4}/.exec(source.date)?.[0];
  if (year) parts.push(year);
  return parts.length > 0 ? `From an earlier article: ${parts.join(', ')}` : 'From an earlier article';
}
