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
