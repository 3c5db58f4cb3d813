/**
 * What the store knows about one page: the article row, its people with their counts (for the
 * popup and badge) and the saved items on that URL (for re-anchoring and "saved" marks).
 */
import { livePerson } from './people-lookup.ts';
import type { OnRecordDb } from './schema.ts';
import type { ArticleRecord, SavedItemRecord } from './types.ts';

export interface PagePerson {
  personId: number;
  name: string;
  /** The title this article gives, if any. */
  title: string | null;
  mentionCount: number;
  /** Statements by this person in this article. */
  statementCount: number;
}

export interface PageState {
  article: ArticleRecord | null;
  people: PagePerson[];
  savedItems: SavedItemRecord[];
}

export async function getPageState(db: OnRecordDb, url: string): Promise<PageState> {
  return db.transaction(
    'r',
    [db.articles, db.appearances, db.statements, db.people, db.savedItems],
    async () => {
      const savedItems = await db.savedItems
        .where('url')
        .equals(url)
        .filter((i) => i.deletedAt === null)
        .toArray();
      const article = (await db.articles.where('url').equals(url).first()) ?? null;
      if (!article || article.id === undefined) return { article, people: [], savedItems };
      const [appearances, statements] = await Promise.all([
        db.appearances.where('articleId').equals(article.id).toArray(),
        db.statements.where('articleId').equals(article.id).toArray(),
      ]);
      const counts = new Map<number, number>();
      for (const s of statements)
        if (s.personId !== null) counts.set(s.personId, (counts.get(s.personId) ?? 0) + 1);
      const people: PagePerson[] = [];
      for (const a of appearances) {
        const live = await livePerson(db, a.personId);
        if (!live) continue;
        people.push({
          personId: live.id,
          name: live.name,
          title: a.title,
          mentionCount: a.mentionCount,
          statementCount: counts.get(a.personId) ?? 0,
        });
      }
      people.sort((x, y) => y.mentionCount - x.mentionCount || x.name.localeCompare(y.name));
      return { article, people, savedItems };
    },
  );
}
