import { describe, expect, it } from 'vitest';
import { nameKeys } from '../identity/index.ts';
import { matchingItems, saveItem, updateItem, type SavedItem } from '../store/index.ts';
import { freshDb, saveInput } from '../store/test-support.ts';
import type { OnRecordDb } from '../store/schema.ts';
import { exportItems } from './formats.ts';
import { importCollection, parseCollection } from './import-json.ts';
import { EXPORTED_AT, SAMPLE_ITEMS } from './test-items.ts';

/** An item as the collection sees it, without the ids that are local to one profile. */
const portable = ({ id: _id, personId: _p, ...rest }: SavedItem) => rest;

async function collection(db: OnRecordDb) {
  return (await matchingItems(db, {}, 'saved-asc')).map(portable);
}

function file(items: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'on-record-collection',
    version: 1,
    exportedAt: EXPORTED_AT,
    count: items.length,
    items,
    ...extra,
  });
}

describe('importCollection', () => {
  it('round trip: export → import into a fresh profile gives the same collection', async () => {
    const source = await freshDb();
    for (const [n, q] of ['First quote.', 'Second, "quoted" = risky', 'Третья цитата.'].entries()) {
      const { item } = await saveItem(
        source,
        saveInput(q, `https://x.test/${n}`, {
          personName: n === 0 ? 'Jane Roe' : null,
          personTitle: 'Minister',
        }),
      );
      await updateItem(source, item.id, { note: `note ${n}`, tags: ['t', `n${n}`] });
    }
    const text = exportItems('json', await matchingItems(source, {}), EXPORTED_AT).text;
    const target = await freshDb();
    const report = await importCollection(target, text);
    expect(report).toEqual({ added: 3, skipped: [], total: 3 });
    expect(await collection(target)).toEqual(await collection(source));
    // The speaker became a person in the fresh profile, so person filters work there.
    const jane = (await matchingItems(target, { text: 'First' }))[0];
    expect(jane?.personId).not.toBeNull();
    expect((await target.people.get(jane?.personId ?? -1))?.name).toBe('Jane Roe');
    // Importing again adds nothing and says why.
    const again = await importCollection(target, text);
    expect(again.added).toBe(0);
    expect(again.skipped.map((s) => s.reason)).toEqual(Array(3).fill('Already in the collection.'));
    expect(await target.savedItems.count()).toBe(3);
  });

  it('round trips the hand-written sample items, every field', async () => {
    const db = await freshDb();
    const report = await importCollection(db, exportItems('json', SAMPLE_ITEMS, EXPORTED_AT).text);
    expect(report.added).toBe(3);
    const back = await matchingItems(db, {}, 'saved-asc');
    const strip = ({ id: _i, personId: _p, fingerprint: _f, ...rest }: SavedItem) => rest;
    expect(back.map(strip).sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      SAMPLE_ITEMS.map(strip).sort((a, b) => a.url.localeCompare(b.url)),
    );
  });

  it('links the speaker to an existing person instead of creating one', async () => {
    const db = await freshDb();
    const id = await db.people.add({
      name: 'Jane Roe',
      aliases: ['Jane Roe'],
      keys: nameKeys('Jane Roe'),
      words: ['jane', 'roe'],
      roles: [],
      userEdited: false,
      mergedInto: null,
      createdAt: '',
      updatedAt: '',
    });
    await importCollection(db, file([{ ...SAMPLE_ITEMS[0], personName: 'Jane Roe' }]));
    expect((await db.savedItems.toArray())[0]?.personId).toBe(id);
    expect(await db.people.count()).toBe(1);
  });

  it('skips bad items and duplicates with reasons, and adds the rest', async () => {
    const db = await freshDb();
    await saveItem(db, saveInput('Already here.', 'https://x.test/a'));
    const good = SAMPLE_ITEMS[0];
    const report = await importCollection(
      db,
      file([
        good,
        { ...good, quote: { ...good?.quote, exact: '' } },
        { ...good, fingerprint: 'other', id: 99 },
        { ...good, url: 'javascript:alert(1)', quote: { ...good?.quote, exact: 'Evil.' } },
        'not an object',
        { ...good, quote: { ...good?.quote, exact: 'Already here.' }, url: 'https://x.test/a' },
        { ...good, quote: { ...good?.quote, exact: 'Dated badly.' }, savedAt: 'yesterday' },
        { ...good, quote: { ...good?.quote, exact: 'Deleted.' }, deletedAt: '2024-01-01' },
        { ...good, quote: { ...good?.quote, exact: 'Unknown kind.' }, sourceKind: 'rumour' },
      ]),
    );
    expect(report.added).toBe(1);
    expect(report.total).toBe(9);
    expect(report.skipped.map((s) => [s.index, s.reason])).toEqual([
      [1, 'The quote is empty.'],
      [2, 'The same quote appears earlier in the file.'],
      [3, '"url" is not an http(s) address.'],
      [4, 'The item is not an object.'],
      [5, 'Already in the collection.'],
      [6, '"savedAt" is not an ISO date.'],
      [7, 'The item was deleted in the exported collection.'],
      [8, '"sourceKind" has an unknown value.'],
    ]);
    expect(report.skipped[2]?.quote).toBe('Evil.');
  });

  it('refuses corrupt or foreign files and changes nothing', async () => {
    const db = await freshDb();
    await saveItem(db, saveInput('Keep.'));
    const before = await collection(db);
    const bad = [
      '',
      '{"format": "on-record-collection", "items": [',
      JSON.stringify([SAMPLE_ITEMS[0]]),
      JSON.stringify({ format: 'dexie', data: {} }),
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
      }),
      file(SAMPLE_ITEMS, { version: 2 }),
      file([], { items: 'nope' }),
    ];
    for (const text of bad)
      await expect(importCollection(db, text)).rejects.toMatchObject({ code: 'invalid' });
    expect(() => parseCollection('x'.repeat(10))).toThrow(/not valid JSON/);
    expect(await collection(db)).toEqual(before);
  });

  it('a quota error during import adds nothing', async () => {
    const db = await freshDb();
    let n = 0;
    const hook = (): void => {
      if (++n === 2) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    db.savedItems.hook('creating', hook);
    await expect(
      importCollection(db, exportItems('json', SAMPLE_ITEMS, EXPORTED_AT).text),
    ).rejects.toMatchObject({ code: 'quota' });
    db.savedItems.hook('creating').unsubscribe(hook);
    expect(await db.savedItems.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });
});
