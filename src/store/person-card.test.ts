import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest.ts';
import { getPersonCard } from './person-card.ts';
import { ArticleBuilder, freshDb, page } from './test-support.ts';
import type { OnRecordDb } from './schema.ts';

async function visit(
  db: OnRecordDb,
  url: string,
  publishedAt: string | null,
  quote: string,
  title = 'Foreign Minister',
) {
  const a = new ArticleBuilder(`${title} Dmytro Kuleba said ${quote}`);
  a.claim('Dmytro Kuleba', 'said', quote, a.person('Dmytro Kuleba', title));
  return ingestArticle(
    db,
    page(url, publishedAt, { title: `About ${quote}`, outlet: `Outlet ${url.slice(-1)}` }),
    a.analysis(),
  );
}

describe('getPersonCard', () => {
  it('lists earlier statements newest first by publication date, not by visit order, excluding this article', async () => {
    const db = await freshDb();
    // Visited in this order, published in a different one.
    await visit(db, 'https://x.test/1', '2023-06-01', '"Middle."');
    await visit(db, 'https://x.test/2', '2024-01-01', '"Newest."');
    await visit(db, 'https://x.test/3', '2022-01-01', '"Oldest."');
    const current = await visit(db, 'https://x.test/4', '2025-01-01', '"Today."');
    const card = await getPersonCard(db, current.personIds[0] ?? -1, {
      excludeArticleId: current.articleId,
      limit: 5,
    });
    expect(card?.person.name).toBe('Dmytro Kuleba');
    expect(card?.person.statementCount).toBe(4);
    expect(card?.statements.map((s) => s.quote)).toEqual(['"Newest."', '"Middle."', '"Oldest."']);
    expect(card?.statements[0]).toMatchObject({
      cue: 'said',
      outlet: 'Outlet 2',
      articleTitle: 'About "Newest."',
      publishedAt: '2024-01-01',
      url: 'https://x.test/2',
      direct: true,
    });
  });

  it('honours the limit and can exclude by URL', async () => {
    const db = await freshDb();
    for (let i = 1; i <= 6; i++)
      await visit(db, `https://x.test/${i}`, `2020-0${i}-01`, `"Quote ${i}."`);
    const id = (await db.people.toArray())[0]?.id ?? -1;
    const card = await getPersonCard(db, id, { excludeUrl: 'https://x.test/6', limit: 2 });
    expect(card?.statements.map((s) => s.quote)).toEqual(['"Quote 5."', '"Quote 4."']);
  });

  it('formats the titles held over time', async () => {
    const db = await freshDb();
    await visit(db, 'https://x.test/1', '2019-01-01', '"A."', 'Finance Minister');
    const r = await visit(db, 'https://x.test/2', '2023-01-01', '"B."', 'Foreign Minister');
    const card = await getPersonCard(db, r.personIds[0] ?? -1);
    expect(card?.person.roles).toEqual(['Foreign Minister (2023)', 'Finance Minister (2019)']);
  });

  it('returns null for an unknown person and follows merges', async () => {
    const db = await freshDb();
    expect(await getPersonCard(db, 999)).toBeNull();
    const r = await visit(db, 'https://x.test/1', '2019-01-01', '"A."');
    const tomb = await db.people.add({
      ...(await db.people.get(r.personIds[0] ?? -1))!,
      id: undefined,
      mergedInto: r.personIds[0] ?? -1,
    });
    const card = await getPersonCard(db, tomb);
    expect(card?.person.id).toBe(r.personIds[0]);
  });

  it('reads only the first rows of a large history', async () => {
    const db = await freshDb();
    const r = await visit(db, 'https://x.test/0', '2000-01-01', '"Zero."');
    const personId = r.personIds[0] ?? -1;
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      articleId: r.articleId,
      personId,
      sourceText: 'Kuleba',
      sourceKind: 'named-person' as const,
      cue: 'said',
      content: `Statement ${i}`,
      direct: false,
      outlet: null,
      start: 0,
      end: 1,
      publishedAt: `2001-01-01T00:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(4, '0')}Z`,
      sortDate: `2001-01-01T00:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(4, '0')}Z`,
      fingerprint: `f${i}`,
    }));
    await db.statements.bulkAdd(rows);
    const card = await getPersonCard(db, personId, { limit: 3 });
    expect(card?.person.statementCount).toBe(5001);
    expect(card?.statements).toHaveLength(3);
    const dates = card?.statements.map((s) => s.publishedAt ?? '') ?? [];
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
