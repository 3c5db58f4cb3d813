import { describe, expect, it } from 'vitest';
import { cachedCount, forgetCounts } from './count-cache.ts';
import { ingestArticle } from './ingest.ts';
import { getPersonCard } from './person-card.ts';
import { mergePeople } from './people-edit.ts';
import type { OnRecordDb } from './schema.ts';
import { ArticleBuilder, freshDb, page } from './test-support.ts';

/** Reads an article in which `name` says `quote`; resolves to the person's id. */
function visitor(db: OnRecordDb) {
  return async (url: string, name: string, quote: string): Promise<number> => {
    const a = new ArticleBuilder(`Foreign Minister ${name} said ${quote}`);
    a.claim(name, 'said', quote, a.person(name, 'Foreign Minister'));
    return (await ingestArticle(db, page(url, '2024-01-01'), a.analysis())).personIds[0] as number;
  };
}

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

  it('recounts only the people an article writes about', async () => {
    const db = await freshDb();
    const visit = visitor(db);
    const kuleba = await visit('https://x.test/1', 'Dmytro Kuleba', '"One."');
    let runs = 0;
    const compute = async (): Promise<number> => ++runs;
    await cachedCount(db, kuleba, compute);
    const berg = await visit('https://x.test/2', 'Anna Berg', '"Two."');
    expect(await cachedCount(db, kuleba, compute)).toBe(1); // Kuleba untouched: served from the cache
    await cachedCount(db, berg, compute);
    await visit('https://x.test/3', 'Dmytro Kuleba', '"Three."');
    expect(await cachedCount(db, kuleba, compute)).toBe(3); // written: recounted
    expect(await cachedCount(db, berg, compute)).toBe(2); // not written: cached
  });

  it('recounts both people when a merge moves statements from one to the other', async () => {
    const db = await freshDb();
    const visit = visitor(db);
    const a = await visit('https://x.test/1', 'Dmytro Kuleba', '"One."');
    const b = await visit('https://x.test/2', 'Anna Berg', '"Two."');
    const card = async (id: number) => (await getPersonCard(db, id, { limit: 5 }))?.person.statementCount;
    expect([await card(a), await card(b)]).toEqual([1, 1]);
    await mergePeople(db, a, b);
    expect(await card(a)).toBe(2);
  });
});

