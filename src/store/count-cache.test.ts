import { describe, expect, it } from 'vitest';
import { cachedCount, forgetCounts } from './count-cache.ts';
import { ingestArticle } from './ingest.ts';
import { getPersonCard } from './person-card.ts';
import { ArticleBuilder, freshDb, page } from './test-support.ts';

describe('cachedCount', () => {
  it('computes once until something is written, then again', async () => {
    const db = await freshDb();
    let runs = 0;
    const compute = async (): Promise<number> => ++runs;
    expect(await cachedCount(db, 1, compute)).toBe(1);
    expect(await cachedCount(db, 1, compute)).toBe(1);
    const a = new ArticleBuilder('Foreign Minister Dmytro Kuleba said "Yes."');
    a.claim('Dmytro Kuleba', 'said', '"Yes."', a.person('Dmytro Kuleba', 'Foreign Minister'));
    await ingestArticle(db, page('https://x.test/1', '2024-01-01'), a.analysis());
    expect(await cachedCount(db, 1, compute)).toBe(2);
    forgetCounts(db);
    expect(await cachedCount(db, 1, compute)).toBe(3);
  });

  it('never serves a stale statement count on the person card', async () => {
    const db = await freshDb();
    const visit = async (url: string, quote: string) => {
      const a = new ArticleBuilder(`Foreign Minister Dmytro Kuleba said ${quote}`);
      a.claim('Dmytro Kuleba', 'said', quote, a.person('Dmytro Kuleba', 'Foreign Minister'));
      return ingestArticle(db, page(url, '2024-01-01'), a.analysis());
    };
    const first = await visit('https://x.test/1', '"One."');
    const id = first.personIds[0] as number;
    expect((await getPersonCard(db, id, { limit: 5 }))?.person.statementCount).toBe(1);
    await visit('https://x.test/2', '"Two."');
    expect((await getPersonCard(db, id, { limit: 5 }))?.person.statementCount).toBe(2);
  });
});
