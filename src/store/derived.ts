/**
 * Fields computed from other fields (v2: `people.words`, `statements.sortDate`). Filled by the
 * v2 migration and again after restoring a backup written by an older version, so every row
 * sits in the indexes the queries use.
 */
import type { Table } from 'dexie';
import type { ArticleRecord, PersonRecord, StatementRecord } from './types.ts';
import { personWords } from './words.ts';

export interface DerivedTables {
  people: Table<PersonRecord, number>;
  articles: Table<ArticleRecord, number>;
  statements: Table<StatementRecord, number>;
}

/** Fills missing derived fields (`onlyMissing`) or recomputes all of them. */
export async function fillDerived(t: DerivedTables, onlyMissing = false): Promise<void> {
  await t.people.toCollection().modify((p) => {
    if (!onlyMissing || !Array.isArray(p.words)) p.words = personWords(p.name, p.aliases);
  });
  const firstSeen = new Map<number, string>();
  await t.articles.each((a) => {
    if (a.id !== undefined) firstSeen.set(a.id, a.firstSeenAt);
  });
  await t.statements.toCollection().modify((s) => {
    if (!onlyMissing || typeof s.sortDate !== 'string')
      s.sortDate = s.publishedAt ?? firstSeen.get(s.articleId) ?? '';
  });
}
