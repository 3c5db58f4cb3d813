/** The shape in which people leave the store for popup/library/hovercard (no index internals). */
import { formatRoles } from '../identity/index.ts';
import { Dexie } from 'dexie';
import type { LivePerson } from './people-lookup.ts';
import { cachedCount } from './count-cache.ts';
import type { OnRecordDb } from './schema.ts';
import type { RoleRecord } from './types.ts';

export interface PersonSummary {
  id: number;
  name: string;
  aliases: string[];
  /** Titles with years, newest first, as identity formats them ("Foreign Minister (2023)"). */
  roles: string[];
  /** The raw titles with their dates, for UIs that lay them out themselves. */
  roleHistory: Array<Omit<RoleRecord, 'articleId'>>;
  userEdited: boolean;
  statementCount: number;
  /** Articles the person appears in. */
  articleCount: number;
  /** Publication date (or first visit) of the latest statement or title seen, or null. */
  lastSeen: string | null;
}

export interface PersonCounts {
  statementCount: number;
  articleCount: number;
  latestStatement: string | null;
}

export function summarize(p: LivePerson, counts: PersonCounts): PersonSummary {
  const dates = [counts.latestStatement, ...p.roles.map((r) => r.date)].filter(
    (d): d is string => !!d,
  );
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    roles: formatRoles(p.roles),
    roleHistory: p.roles.map(({ title, organization, country, date }) => ({
      title,
      organization,
      country,
      date,
    })),
    userEdited: p.userEdited,
    statementCount: counts.statementCount,
    articleCount: counts.articleCount,
    lastSeen: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null,
  };
}

/**
 * Counts for a summary, all from indexes (call inside a transaction over
 * people/statements/appearances); memoised until the next write (see count-cache.ts).
 */
export async function countsFor(db: OnRecordDb, personId: number): Promise<PersonCounts> {
  return cachedCount(db, personId, () => countNow(db, personId));
}

async function countNow(db: OnRecordDb, personId: number): Promise<PersonCounts> {
  const range = db.statements
    .where('[personId+sortDate]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey], true, true);
  const [statementCount, articleCount, last] = await Promise.all([
    range.count(),
    db.appearances
      .where('[personId+articleId]')
      .between([personId, Dexie.minKey], [personId, Dexie.maxKey])
      .count(),
    range.clone().reverse().first(),
  ]);
  return { statementCount, articleCount, latestStatement: last?.sortDate ?? null };
}

/** The summary of a live person, counts included. */
export async function summaryOf(db: OnRecordDb, p: LivePerson): Promise<PersonSummary> {
  return summarize(p, await countsFor(db, p.id));
}
