import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest.ts';
import { saveItem } from './saved-items.ts';
import { ArticleBuilder, freshDb, page, saveInput } from './test-support.ts';
import { personTimeline } from './timeline.ts';

describe('personTimeline', () => {
  it('merges saved and seen statements by publication date, a saved statement once', async () => {
    const db = await freshDb();
    const visit = async (url: string, date: string, quote: string) => {
      const a = new ArticleBuilder(`Jane Roe said ${quote}`);
      a.claim('Jane Roe', 'said', quote, a.person('Jane Roe'));
      return ingestArticle(db, page(url, date), a.analysis());
    };
    const r1 = await visit('https://x.test/2024', '2024-01-01', '"Later."');
    await visit('https://x.test/2020', '2020-01-01', '"Earlier."');
    const personId = r1.personIds[0] ?? -1;
    await saveItem(
      db,
      saveInput('Later.', 'https://x.test/2024', {
        personId,
        personName: 'Jane Roe',
        publishedAt: '2024-01-01',
        note: 'key',
      }),
    );
    await saveItem(
      db,
      saveInput('Selected elsewhere.', 'https://y.test/1', { personId, publishedAt: '2022-06-01' }),
    );
    const t = await personTimeline(db, personId);
    expect(t?.name).toBe('Jane Roe');
    expect(t?.entries.map((e) => [e.kind, e.date, e.quote])).toEqual([
      ['seen', '2020-01-01', '"Earlier."'],
      ['saved', '2022-06-01', 'Selected elsewhere.'],
      ['saved', '2024-01-01', 'Later.'],
    ]);
    expect(t?.entries[2]?.statementId).not.toBeNull();
    expect(t?.entries[2]?.note).toBe('key');
    expect(t?.truncated).toBe(false);
    expect((await personTimeline(db, personId, 1))?.truncated).toBe(true);
    expect(await personTimeline(db, 12345)).toBeNull();
  });
});
