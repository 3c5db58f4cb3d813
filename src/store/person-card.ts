/**
 * The hovercard's data: who the person is and what they said in other articles, newest first by
 * the ARTICLE's publication date (not when the reader visited). Reads the `[personId+sortDate]`
 * index backwards and stops after `limit` rows, so it stays fast with 100k statements stored.
 */
import { Dexie } from 'dexie';
import { livePerson } from './people-lookup.ts';
import { summaryOf, type PersonSummary } from './person-summary.ts';
import type { OnRecordDb } from './schema.ts';
import type { ArticleRecord, StatementRecord } from './types.ts';

export interface CardStatement {
  id: number;
  quote: string;
  cue: string;
  direct: boolean;
  sourceText: string | null;
  /** The publisher of the article the statement appeared in. */
  outlet: string | null;
  /** The news agency the article credits for the claim ("Reuters"), if any. */
  outletCredit: string | null;
  articleId: number;
  articleTitle: string;
  url: string;
  publishedAt: string | null;
}

export interface PersonCard {
  person: PersonSummary;
  statements: CardStatement[];
}

export interface CardOptions {
  /** Leave out statements from this article (the one being read). */
  excludeArticleId?: number | null;
  /** Same, by URL, for callers that have not stored the article yet. */
  excludeUrl?: string | null;
  /** How many statements at most (default 5, at most 100). */
  limit?: number;
}

/** Index range of one person's statements in `[personId+sortDate]`. */
export function personRange(
  db: OnRecordDb,
  personId: number,
): Dexie.Collection<StatementRecord, number> {
  return db.statements
    .where('[personId+sortDate]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey], true, true);
}

export function toCardStatement(
  s: StatementRecord & { id: number },
  a: ArticleRecord | undefined,
): CardStatement {
  return {
    id: s.id,
    quote: s.content,
    cue: s.cue,
    direct: s.direct,
    sourceText: s.sourceText,
    outlet: a?.outlet ?? null,
    outletCredit: s.outlet,
    articleId: s.articleId,
    articleTitle: a?.title ?? '',
    url: a?.url ?? '',
    publishedAt: s.publishedAt,
  };
}

/** Joins statements to their articles (one bulk read). */
export async function withArticles(
  db: OnRecordDb,
  rows: readonly StatementRecord[],
): Promise<CardStatement[]> {
  const ids = [...new Set(rows.map((s) => s.articleId))];
  const articles = await db.articles.bulkGet(ids);
  const byId = new Map(ids.map((id, i) => [id, articles[i]]));
  return rows.flatMap((s) =>
    s.id === undefined ? [] : [toCardStatement({ ...s, id: s.id }, byId.get(s.articleId))],
  );
}

/** The card for `personId` (merged people are followed), or null when there is no such person. */
export async function getPersonCard(
  db: OnRecordDb,
  personId: number,
  options: CardOptions = {},
): Promise<PersonCard | null> {
  const limit = Math.max(0, Math.min(100, Math.floor(options.limit ?? 5)));
  return db.transaction('r', [db.people, db.statements, db.articles, db.appearances], async () => {
    const person = await livePerson(db, personId);
    if (!person) return null;
    let exclude = options.excludeArticleId ?? null;
    if (exclude === null && options.excludeUrl) {
      exclude =
        (await db.articles.where('url').equals(options.excludeUrl).primaryKeys())[0] ?? null;
    }
    const latest =
      limit === 0
        ? []
        : await personRange(db, person.id)
            .reverse()
            .filter((s) => s.articleId !== exclude)
            .limit(limit)
            .toArray();
    return { person: await summaryOf(db, person), statements: await withArticles(db, latest) };
  });
}
