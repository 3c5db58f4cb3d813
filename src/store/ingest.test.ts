import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest.ts';
import { ArticleBuilder, freshDb, page } from './test-support.ts';

function kulebaArticle(
  name = 'Dmytro Kuleba',
  quote = '"We need air defence now."',
): ArticleBuilder {
  const a = new ArticleBuilder(
    `Foreign Minister ${name} said ${quote} Analysts said the plan was late.`,
  );
  const k = a.person(name, 'Foreign Minister', { country: 'Ukraine' });
  a.claim(name, 'said', quote, k);
  a.claim('Analysts', 'said', 'the plan was late', null);
  return a;
}

describe('ingestArticle', () => {
  it('stores the article, the person with a dated title, an appearance and the statements', async () => {
    const db = await freshDb();
    const r = await ingestArticle(
      db,
      page('https://a.test/1', '2023-05-01'),
      kulebaArticle().analysis(),
    );
    expect(r.revisit).toBe(false);
    expect(r.counts).toEqual({
      peopleCreated: 1,
      peopleMatched: 0,
      peopleUnlinked: 0,
      statementsAdded: 2,
      statementsKnown: 0,
    });
    const [person] = await db.people.toArray();
    expect(person?.name).toBe('Dmytro Kuleba');
    expect(person?.roles).toEqual([
      {
        title: 'Foreign Minister',
        organization: null,
        country: 'Ukraine',
        date: '2023-05-01',
        articleId: r.articleId,
      },
    ]);
    expect(person?.words).toEqual(['dmytro', 'kuleba']);
    expect(await db.appearances.count()).toBe(1);
    const statements = await db.statements.orderBy('id').toArray();
    expect(statements.map((s) => [s.personId, s.content, s.sortDate])).toEqual([
      [r.personIds[0], '"We need air defence now."', '2023-05-01'],
      [null, 'the plan was late', '2023-05-01'],
    ]);
  });

  it('never duplicates rows when the article is revisited, even with shifted offsets', async () => {
    const db = await freshDb();
    const first = await ingestArticle(
      db,
      page('https://a.test/1', '2023-05-01'),
      kulebaArticle().analysis(),
    );
    const shifted = new ArticleBuilder(
      `UPDATE: new paragraph. Foreign Minister Dmytro Kuleba said "We need air defence now." Analysts said the plan was late.`,
    );
    const k = shifted.person('Dmytro Kuleba', 'Foreign Minister', { country: 'Ukraine' });
    shifted.claim('Dmytro Kuleba', 'said', '"We need air defence now."', k);
    shifted.claim('Analysts', 'said', 'the plan was late', null);
    const again = await ingestArticle(
      db,
      page('https://a.test/1', '2023-05-01', { textHash: 'h2' }),
      shifted.analysis(),
    );
    expect(again.revisit).toBe(true);
    expect(again.articleId).toBe(first.articleId);
    expect(again.personIds).toEqual(first.personIds);
    expect(again.counts.statementsAdded).toBe(0);
    expect(await db.articles.count()).toBe(1);
    expect(await db.people.count()).toBe(1);
    expect(await db.appearances.count()).toBe(1);
    expect(await db.statements.count()).toBe(2);
    expect((await db.people.toArray())[0]?.roles).toHaveLength(1);
    expect((await db.articles.toArray())[0]?.textHash).toBe('h2');
  });

  it('links a spelling variant in another article to the same person and keeps both spellings', async () => {
    const db = await freshDb();
    const a = await ingestArticle(
      db,
      page('https://a.test/1', '2023-05-01'),
      kulebaArticle().analysis(),
    );
    const b = await ingestArticle(
      db,
      page('https://b.test/2', '2024-02-01'),
      kulebaArticle('Dmitry Kuleba', '"Sanctions work."').analysis(),
    );
    // identity decides; whatever it decides, the store must not lose the second article's data.
    expect(await db.statements.where('articleId').equals(b.articleId).count()).toBe(2);
    if (b.personIds[0] === a.personIds[0]) {
      const p = await db.people.get(a.personIds[0] ?? -1);
      expect(p?.aliases).toEqual(['Dmytro Kuleba', 'Dmitry Kuleba']);
      expect(p?.roles.map((r) => r.date)).toEqual(['2023-05-01', '2024-02-01']);
    }
  });

  it('links the same full name across articles and adds each year’s title', async () => {
    const db = await freshDb();
    const a = await ingestArticle(
      db,
      page('https://a.test/1', '2023-05-01'),
      kulebaArticle().analysis(),
    );
    const b = await ingestArticle(
      db,
      page('https://b.test/2', '2024-02-01'),
      kulebaArticle('Dmytro Kuleba', '"Sanctions work."').analysis(),
    );
    expect(b.personIds).toEqual(a.personIds);
    expect(b.counts.peopleMatched).toBe(1);
    const p = await db.people.get(a.personIds[0] ?? -1);
    expect(p?.roles.map((r) => r.date)).toEqual(['2023-05-01', '2024-02-01']);
    expect(await db.people.count()).toBe(1);
  });

  it('keeps two people who share a title apart', async () => {
    const db = await freshDb();
    const a = new ArticleBuilder(
      'NATO Secretary General Jens Stoltenberg said "Ukraine will join."',
    );
    a.claim(
      'Jens Stoltenberg',
      'said',
      '"Ukraine will join."',
      a.person('Jens Stoltenberg', 'NATO Secretary General'),
    );
    const b = new ArticleBuilder('NATO Secretary General Mark Rutte said "We must spend more."');
    b.claim(
      'Mark Rutte',
      'said',
      '"We must spend more."',
      b.person('Mark Rutte', 'NATO Secretary General'),
    );
    const ra = await ingestArticle(db, page('https://a.test/1', '2023-01-01'), a.analysis());
    const rb = await ingestArticle(db, page('https://b.test/2', '2025-01-01'), b.analysis());
    expect(ra.personIds[0]).not.toBe(rb.personIds[0]);
    expect(await db.people.count()).toBe(2);
  });

  it('leaves a bare surname unlinked when identity says so, and still stores the statement', async () => {
    const db = await freshDb();
    const a = new ArticleBuilder('Smith said "Nothing is decided."');
    a.claim('Smith', 'said', '"Nothing is decided."', a.person('Smith'));
    const r = await ingestArticle(db, page('https://a.test/1', null), a.analysis());
    expect(r.personIds).toEqual([null]);
    expect(r.counts.peopleUnlinked).toBe(1);
    expect(await db.people.count()).toBe(0);
    const [s] = await db.statements.toArray();
    expect(s?.personId).toBeNull();
    // No publication date: the statement sorts by the first visit.
    expect(s?.sortDate).toBe((await db.articles.toArray())[0]?.firstSeenAt);
  });

  it('joins split quotes with an ellipsis and bounds megabyte strings', async () => {
    const db = await freshDb();
    const huge = 'x'.repeat(300_000);
    const text = `"First part," Jane Doe said, "second part." ${huge}`;
    const a = new ArticleBuilder(text);
    const p = a.person('Jane Doe');
    const first = text.indexOf('"First part,"');
    const second = text.indexOf('"second part."');
    a.claims.push({
      source: {
        start: text.indexOf('Jane Doe'),
        end: text.indexOf('Jane Doe') + 8,
        text: 'Jane Doe',
      },
      sourcePerson: p,
      sourceKind: 'named-person',
      cue: { start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said' },
      content: { start: first, end: second + 14, text: text.slice(first, second + 14) },
      contentSpans: [
        [first, first + 13],
        [second, second + 14],
      ],
      direct: true,
      outlet: 'Reuters',
    });
    a.claim(null, 'said', huge, null);
    await ingestArticle(db, page('https://a.test/1', '2024-01-01', { title: huge }), a.analysis());
    const rows = await db.statements.orderBy('id').toArray();
    expect(rows[0]?.content).toBe('"First part," … "second part."');
    expect(rows[0]?.outlet).toBe('Reuters');
    expect(rows[1]?.content.length).toBeLessThanOrEqual(20_000);
    expect((await db.articles.toArray())[0]?.title.length).toBeLessThanOrEqual(1000);
  });

  it('updates the statements’ dates when a revisit learns the publication date', async () => {
    const db = await freshDb();
    await ingestArticle(db, page('https://a.test/1', null), kulebaArticle().analysis());
    await ingestArticle(db, page('https://a.test/1', '2022-03-03'), kulebaArticle().analysis());
    const rows = await db.statements.toArray();
    expect(rows.map((s) => [s.publishedAt, s.sortDate])).toEqual([
      ['2022-03-03', '2022-03-03'],
      ['2022-03-03', '2022-03-03'],
    ]);
  });

  it('rejects a page without a URL and writes nothing', async () => {
    const db = await freshDb();
    await expect(
      ingestArticle(db, page('', null), kulebaArticle().analysis()),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.articles.count()).toBe(0);
  });

  it('writes nothing at all when the transaction fails half-way', async () => {
    const db = await freshDb();
    db.statements.hook('creating', () => {
      throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    });
    await expect(
      ingestArticle(db, page('https://a.test/1', null), kulebaArticle().analysis()),
    ).rejects.toMatchObject({ code: 'quota' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.appearances.count()).toBe(0);
  });
});
