/**
 * Roles over time for a person's card: "Estonian Prime Minister (2023) · …", newest first. The
 * same office seen at several dates becomes one entry with a year range; "Former NATO Secretary
 * General" stays a separate entry from "NATO Secretary General" (it says something different
 * about the date it was written).
 */
import { describeRole } from './describe-role.ts';
import { toAsciiLower } from './fold.ts';
import type { KnownRole } from './types.ts';

function year(date: string): string {
  return /^\d{4}/.test(date) ? date.slice(0, 4) : '';
}

interface Entry {
  text: string;
  first: string;
  last: string;
  latestDate: string;
}

/** Formats roles over time for a card: "Estonian Prime Minister (2023) · …", newest first, "Former X" kept distinct. */
export function formatRoles(roles: KnownRole[]): string[] {
  const entries = new Map<string, Entry>();
  for (const role of roles) {
    if (!role.title.trim()) continue;
    const text = describeRole(role);
    const key = toAsciiLower(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const y = year(role.date);
    const entry = entries.get(key);
    if (!entry) {
      entries.set(key, { text, first: y, last: y, latestDate: role.date });
      continue;
    }
    if (y && (!entry.first || y < entry.first)) entry.first = y;
    if (y && (!entry.last || y > entry.last)) entry.last = y;
    if (role.date > entry.latestDate) entry.latestDate = role.date;
  }
  return [...entries.values()]
    .sort((a, b) => (a.latestDate === b.latestDate ? 0 : a.latestDate < b.latestDate ? 1 : -1))
    .map((e) => {
      if (!e.first) return e.text;
      return e.first === e.last
        ? `${e.text} (${e.first})`
        : `${e.text} (${e.first}\u2013${e.last})`;
    });
}
