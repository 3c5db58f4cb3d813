import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest.ts';
import { getPersonCard } from './person-card.ts';
import { searchPeople } from './people-search.ts';
import { nameKeys } from '../identity/index.ts';
import { CURRENT_VERSION, SCHEMA_V1, openDb } from './schema.ts';
import { ArticleBuilder, page } from './test-support.ts';

/** Writes a database exactly as version 1 of the extension did (v1 schema, v1 row shapes). */
async function writeV1(factory: IDBFactory, name: string): Promise<void> {
  const v1 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('articles').bulkAdd([
    {
      url: 'https://old.test/dated',
      title: 'Dated',
      outlet: 'Old Times',
      publishedAt: '2021-04-05',
      firstSeenAt: '2024-01-01T00:00:00.000Z',
      lastSeenAt: '2024-01-01T00:00:00.000Z',
      textLength: 10,
      textHash: 'a',
    },
    {
      url: 'https://old.test/undated',
      title: 'Undated',
      outlet: null,
      publishedAt: null,
      firstSeenAt: '2024-02-02T00:00:00.000Z',
      lastSeenAt: '2024-02-02T00:00:00.000Z',
      textLength: 10,
      textHash: 'b',
    },
  ]);
  await v1.table('people').add({
    name: 'Dmytro Kuleba',
    aliases: ['Dmytro Kuleba', 'Dmitry Kuleba'],
    keys: ['kuleba-from-an-old-algorithm'],
    roles: [
      {
        title: 'Foreign Minister',
        organization: null,
        country: 'Ukraine',
        date: '2021-04-05',
        articleId: 1,
      },
    ],
    userEdited: true,
    mergedInto: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  });
  await v1.table('appearances').bulkAdd([
    {
      personId: 1,
      articleId: 1,
      nameInArticle: 'Dmytro Kuleba',
      title: 'Foreign Minister',
      mentionCount: 3,
    },
    { personId: 1, articleId: 2, nameInArticle: 'Dmitry Kuleba', title: null, mentionCount: 1 },
  ]);
  const statement = {
    personId: 1,
    sourceText: 'Kuleba',
    sourceKind: 'named-person',
    cue: 'said',
    direct: true,
    outlet: null,
    start: 0,
    end: 5,
  };
  await v1.table('statements').bulkAdd([
    {
      ...statement,
      articleId: 1,
      content: '"Dated quote."',
      publishedAt: '2021-04-05',
      fingerprint: 'v1-a',
    },
    {
      ...statement,
      articleId: 2,
      content: '"Undated quote."',
      publishedAt: null,
      fingerprint: 'v1-b',
    },
  ]);
  await v1.table('savedItems').add({
    quote: { type: 'TextQuoteSelector', exact: 'Dated quote.', prefix: '"', suffix: '"' },
    position: { type: 'TextPositionSelector', start: 1, end: 13 },
    url: 'https://old.test/dated',
    title: 'Dated',
    outlet: 'Old Times',
    publishedAt: '2021-04-05',
    savedAt: '2024-01-01T00:00:00.000Z',
    personId: 1,
    personName: 'Dmytro Kuleba',
    personTitle: 'Foreign Minister',
    sourceText: 'Kuleba',
    sourceKind: 'named-person',
    cue: 'said',
    direct: true,
    outletCredit: null,
    note: 'keep',
    tags: ['war'],
    anchorStatus: 'unchecked',
    currentText: null,
    checkedAt: null,
    fingerprint: 'saved-1',
    deletedAt: null,
    updatedAt: '2024-01-01T00:00:00.000Z',
  });
  await v1.table('settings').put({ key: 'paused', value: true });
  v1.close();
}

describe('schema migrations', () => {
  it('opens a version 1 database with the current code and keeps every row, filling derived fields', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, 'legacy');
    const db = await openDb('legacy', { indexedDB: factory, IDBKeyRange });
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.articles.count()).toBe(2);
    expect(await db.appearances.count()).toBe(2);
    expect(await db.savedItems.count()).toBe(1);
    expect((await db.settings.get('paused'))?.value).toBe(true);
    const person = await db.people.get(1);
    expect(person?.words).toEqual(['dmytro', 'kuleba', 'dmitry']);
    expect(person?.userEdited).toBe(true);
    // Keys written by an older identity algorithm are recomputed with the current one.
    expect(person?.keys).toEqual([
      ...new Set([...nameKeys('Dmytro Kuleba'), ...nameKeys('Dmitry Kuleba')]),
    ]);
    const statements = await db.statements.orderBy('id').toArray();
    expect(statements.map((s) => s.sortDate)).toEqual(['2021-04-05', '2024-02-02T00:00:00.000Z']);
    // The new indexes work on migrated rows.
    const card = await getPersonCard(db, 1, { limit: 5 });
    expect(card?.statements.map((s) => s.quote)).toEqual(['"Undated quote."', '"Dated quote."']);
    expect((await searchPeople(db, 'dmit'))[0]?.id).toBe(1);
    // New articles keep working against migrated people (the user's edit stays).
    const a = new ArticleBuilder('Dmytro Kuleba said "New."');
    a.claim('Dmytro Kuleba', 'said', '"New."', a.person('Dmytro Kuleba'));
    const r = await ingestArticle(db, page('https://new.test/1', '2025-01-01'), a.analysis());
    expect(r.personIds).toEqual([1]);
    expect((await db.people.get(1))?.name).toBe('Dmytro Kuleba');
    db.close();
  });
});
