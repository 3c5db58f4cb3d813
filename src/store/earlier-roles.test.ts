import { describe, expect, it } from 'vitest';
import { earlierRoles } from './earlier-roles.ts';
import { ingestArticle } from './ingest.ts';
import { ArticleBuilder, freshDb, page } from './test-support.ts';
import type { OnRecordDb } from './schema.ts';

async function read(
  db: OnRecordDb,
  url: string,
  publishedAt: string,
  text: string,
  title: string | null,
) {
  const a = new ArticleBuilder(text);
  a.person('Jens Stoltenberg', title);
  return ingestArticle(
    db,
    page(url, publishedAt, { title: `Story ${url.slice(-1)}`, outlet: 'Daily Planet' }),
    a.analysis(),
  );
}

describe('earlierRoles', () => {
  it('gives an untitled person the role read in an earlier article, with where it was read', async () => {
    const db = await freshDb();
    await read(
      db,
      'https://news.test/1',
      '2023-07-01',
      'NATO Secretary General Jens Stoltenberg spoke.',
      'NATO Secretary General',
    );
    const now = await read(
      db,
      'https://news.test/2',
      '2025-06-01',
      'Rutte succeeded Jens Stoltenberg.',
      null,
    );
    const [role] = await earlierRoles(
      db,
      [{ personId: now.personIds[0] ?? null, untitled: true }],
      {
        id: now.articleId,
        publishedAt: '2025-06-01',
      },
    );
    expect(role).toMatchObject({
      title: 'NATO Secretary General',
      date: '2023-07-01',
      articleTitle: 'Story 1',
      outlet: 'Daily Planet',
      host: 'news.test',
    });
  });

  it('takes no role from this article itself, nor from an article published after it', async () => {
    const db = await freshDb();
    const later = await read(
      db,
      'https://news.test/3',
      '2026-01-01',
      'Former NATO chief Jens Stoltenberg spoke.',
      'Former NATO chief',
    );
    const id = later.personIds[0] ?? null;
    // The same article: its own role is not an earlier one.
    expect(
      await earlierRoles(db, [{ personId: id, untitled: true }], {
        id: later.articleId,
        publishedAt: '2026-01-01',
      }),
    ).toEqual([null]);
    // An article from 2024 is not described by a title read in a 2026 article.
    expect(
      await earlierRoles(db, [{ personId: id, untitled: true }], {
        id: null,
        publishedAt: '2024-01-01',
      }),
    ).toEqual([null]);
    // Undated: the latest role known.
    const [undated] = await earlierRoles(db, [{ personId: id, untitled: true }], {
      id: null,
      publishedAt: null,
    });
    expect(undated?.title).toBe('Former NATO chief');
  });

  it('answers null for titled people, unknown people and people with no roles', async () => {
    const db = await freshDb();
    const a = await read(db, 'https://news.test/4', '2024-01-01', 'Jens Stoltenberg spoke.', null);
    const roles = await earlierRoles(
      db,
      [
        { personId: a.personIds[0] ?? null, untitled: true },
        { personId: a.personIds[0] ?? null, untitled: false },
        { personId: null, untitled: true },
        { personId: 9999, untitled: true },
      ],
      { id: null, publishedAt: '2025-01-01' },
    );
    expect(roles).toEqual([null, null, null, null]);
  });
});
