/**
 * `ingestArticle`: everything the worker stores about one analysed page, in ONE transaction, so
 * a crash or a full disk leaves either the whole visit or nothing. Revisits update rows in place.
 */
import type { Analysis } from '../core/types.ts';
import type { ArticleContext } from '../identity/index.ts';
import { LIMITS, bound, boundOrNull } from './bounds.ts';
import { nowIso } from './clock.ts';
import { StoreError, guard } from './errors.ts';
import { recordPerson, toArticlePerson, type PersonOutcome } from './ingest-people.ts';
import { statementRows, upsertStatements } from './ingest-statements.ts';
import type { OnRecordDb } from './schema.ts';
import type { ArticleRecord } from './types.ts';

/** What the content script knows about the page besides the analysis. */
export interface PageInfo {
  url: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  textLength: number;
  textHash: string;
}

export interface IngestResult {
  articleId: number;
  /** True when the article was stored before (this visit updated it). */
  revisit: boolean;
  /** Per engine person (same index as `analysis.people`): the stored person id, or null. */
  personIds: Array<number | null>;
  counts: {
    peopleCreated: number;
    peopleMatched: number;
    peopleUnlinked: number;
    statementsAdded: number;
    statementsKnown: number;
  };
}

function checkPage(page: PageInfo): void {
  if (typeof page.url !== 'string' || page.url.length === 0 || page.url.length > LIMITS.url) {
    throw new StoreError('invalid', 'The page has no usable URL.');
  }
}

async function upsertArticle(
  db: OnRecordDb,
  page: PageInfo,
  now: string,
): Promise<{ article: ArticleRecord & { id: number }; revisit: boolean }> {
  const old = await db.articles.where('url').equals(page.url).first();
  const publishedAt = page.publishedAt ?? old?.publishedAt ?? null;
  const article: ArticleRecord = {
    ...(old ?? {}),
    url: page.url,
    title: bound(page.title || old?.title || page.url, LIMITS.title),
    outlet: boundOrNull(page.outlet, LIMITS.outlet) ?? old?.outlet ?? null,
    publishedAt,
    firstSeenAt: old?.firstSeenAt ?? now,
    lastSeenAt: now,
    textLength: page.textLength,
    textHash: page.textHash,
  };
  const id = await db.articles.put(article);
  if (old && old.publishedAt !== publishedAt) {
    const sortDate = publishedAt ?? article.firstSeenAt;
    await db.statements.where('articleId').equals(id).modify({ publishedAt, sortDate });
  }
  return { article: { ...article, id }, revisit: old !== undefined };
}

/** Stores one visit of an analysed article (see the module comment). */
export async function ingestArticle(
  db: OnRecordDb,
  page: PageInfo,
  analysis: Analysis,
): Promise<IngestResult> {
  checkPage(page);
  return guard(() =>
    db.transaction('rw', [db.articles, db.people, db.appearances, db.statements], async () => {
      const now = nowIso();
      const { article, revisit } = await upsertArticle(db, page, now);
      const ctx: ArticleContext = {
        publishedAt: article.publishedAt,
        people: analysis.people.map(toArticlePerson),
      };
      const earlier = await db.appearances.where('articleId').equals(article.id).toArray();
      const outcomes: PersonOutcome[] = [];
      const touched = new Map<number, number>();
      for (const person of analysis.people) {
        outcomes.push(await recordPerson(db, person, ctx, article, earlier, touched, now));
      }
      const personIds = outcomes.map((o) => o.personId);
      const st = await upsertStatements(db, statementRows(article, analysis.claims, personIds));
      const count = (k: PersonOutcome['outcome']): number =>
        outcomes.filter((o) => o.outcome === k).length;
      return {
        articleId: article.id,
        revisit,
        personIds,
        counts: {
          peopleCreated: count('created'),
          peopleMatched: count('matched') + count('revisit'),
          peopleUnlinked: count('unlinked'),
          statementsAdded: st.added,
          statementsKnown: st.known,
        },
      };
    }),
  );
}
