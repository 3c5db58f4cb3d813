import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest.ts';
import { getPageState } from './page-state.ts';
import { ArticleBuilder, freshDb, page } from './test-support.ts';

describe('getPageState', () => {
  it('returns the article, its people with counts, and nothing for unknown pages', async () => {
    const db = await freshDb();
    expect(await getPageState(db, 'https://none.test/')).toEqual({
      article: null,
      people: [],
      savedItems: [],
    });
    const a = new ArticleBuilder(
      'President Jane Roe said "A." Jane Roe added "B." Minister John Poe said "C."',
    );
    const jane = a.person('Jane Roe', 'President', {
      mentions: [
        { start: 10, end: 18, text: 'Jane Roe', kind: 'name' },
        { start: 28, end: 36, text: 'Jane Roe', kind: 'name' },
      ],
    });
    a.claim('Jane Roe', 'said', '"A."', jane);
    a.claim('Jane Roe', 'added', '"B."', jane);
    a.claim('John Poe', 'said', '"C."', a.person('John Poe', 'Minister'));
    await ingestArticle(db, page('https://x.test/1', '2024-01-01'), a.analysis());
    const state = await getPageState(db, 'https://x.test/1');
    expect(state.article?.url).toBe('https://x.test/1');
    expect(state.people.map((p) => [p.name, p.title, p.mentionCount, p.statementCount])).toEqual([
      ['Jane Roe', 'President', 2, 2],
      ['John Poe', 'Minister', 1, 1],
    ]);
  });
});
