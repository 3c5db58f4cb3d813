import { describe, expect, it } from 'vitest';
import { matchingItems, queryItems } from './query-items.ts';
import { deleteItem, saveItem } from './saved-items.ts';
import { freshDb, saveInput } from './test-support.ts';
import type { OnRecordDb } from './schema.ts';

async function fill(db: OnRecordDb): Promise<number[]> {
  const items = [
    saveInput('Sanctions are working.', 'https://a.test/1', {
      personId: 1,
      personName: 'Dmytro Kuleba',
      sourceKind: 'named-person',
      outlet: 'Kyiv Post',
      publishedAt: '2023-02-01',
      tags: ['sanctions'],
      note: 'cited in chapter 2',
    }),
    saveInput('We need more air defence.', 'https://a.test/2', {
      personId: 1,
      personName: 'Dmytro Kuleba',
      sourceKind: 'named-person',
      outlet: 'BBC News',
      outletCredit: 'Reuters',
      publishedAt: '2024-05-01',
      tags: ['air defence', 'sanctions'],
    }),
    saveInput('Talks stalled, officials said.', 'https://b.test/3', {
      sourceKind: 'unnamed',
      outlet: 'BBC News',
      publishedAt: '2022-11-11',
    }),
    saveInput('Erdoğan offered to mediate.', 'https://b.test/4', {
      personId: 2,
      personName: 'Recep Tayyip Erdoğan',
      sourceKind: 'named-person',
      outlet: 'Hürriyet',
      publishedAt: null,
    }),
  ];
  const ids: number[] = [];
  for (const i of items) ids.push((await saveItem(db, i)).item.id);
  return ids;
}

describe('queryItems', () => {
  it('searches quote, note, person and outlet, case- and accent-insensitively', async () => {
    const db = await freshDb();
    await fill(db);
    const q = async (text: string): Promise<string[]> =>
      (await queryItems(db, { text })).items.map((i) => i.quote.exact);
    expect(await q('WORKING')).toEqual(['Sanctions are working.']);
    // Tags are searched too.
    expect((await q('sanctions')).length).toBe(2);
    expect(await q('chapter')).toEqual(['Sanctions are working.']);
    expect((await q('kuleba')).sort()).toEqual([
      'Sanctions are working.',
      'We need more air defence.',
    ]);
    expect(await q('erdogan')).toEqual(['Erdoğan offered to mediate.']);
    expect(await q('reuters')).toEqual(['We need more air defence.']);
    expect(await q('hurriyet mediate')).toEqual(['Erdoğan offered to mediate.']);
    expect(await q('nothing like this')).toEqual([]);
  });

  it('filters by person, outlet, tag, sourcing kind and date range, and counts', async () => {
    const db = await freshDb();
    const ids = await fill(db);
    await deleteItem(db, ids[0] ?? -1);
    const byPerson = await queryItems(db, { personId: 1 });
    expect(byPerson.total).toBe(1);
    expect(byPerson.allCount).toBe(3);
    expect((await queryItems(db, { outlet: 'BBC News' })).total).toBe(2);
    expect((await queryItems(db, { outlet: 'Reuters' })).total).toBe(1);
    expect((await queryItems(db, { tag: 'air defence' })).total).toBe(1);
    expect((await queryItems(db, { sourceKind: 'unnamed' })).items[0]?.quote.exact).toBe(
      'Talks stalled, officials said.',
    );
    expect((await queryItems(db, { from: '2023', to: '2024-12' })).total).toBe(1);
    expect((await queryItems(db, { to: '2022-12-31' })).total).toBe(1);
    const all = await queryItems(db, {});
    expect(all.facets.people).toEqual([
      { value: 1, label: 'Dmytro Kuleba', count: 1 },
      { value: 2, label: 'Recep Tayyip Erdoğan', count: 1 },
    ]);
    expect(all.facets.outlets.find((f) => f.value === 'BBC News')?.count).toBe(2);
    expect(all.facets.sourceKinds).toEqual([
      { value: 'named-person', label: 'named-person', count: 2 },
      { value: 'unnamed', label: 'unnamed', count: 1 },
    ]);
    expect(all.facets.tags).toEqual([
      { value: 'air defence', label: 'air defence', count: 1 },
      { value: 'sanctions', label: 'sanctions', count: 1 },
    ]);
  });

  it('lists tags by name, numbers in order, whatever their counts', async () => {
    const db = await freshDb();
    await saveItem(db, saveInput('One.', 'https://x.test/1', { tags: ['t10', 'Beta'] }));
    await saveItem(db, saveInput('Two.', 'https://x.test/2', { tags: ['t10', 't2'] }));
    await saveItem(db, saveInput('Three.', 'https://x.test/3', { tags: ['t10', 'alpha'] }));
    const all = await queryItems(db, {});
    expect(all.facets.tags.map((f) => f.label)).toEqual(['alpha', 'Beta', 't2', 't10']);
    expect(all.facets.tags.find((f) => f.label === 't10')?.count).toBe(3);
  });

  it('sorts and pages', async () => {
    const db = await freshDb();
    await fill(db);
    const pub = await matchingItems(db, {}, 'published-desc');
    expect(pub.map((i) => i.publishedAt)).toEqual(['2024-05-01', '2023-02-01', '2022-11-11', null]);
    const asc = await matchingItems(db, {}, 'published-asc');
    expect(asc.map((i) => i.publishedAt)).toEqual(['2022-11-11', '2023-02-01', '2024-05-01', null]);
    expect((await matchingItems(db, {}, 'person')).map((i) => i.personName)).toEqual([
      'Dmytro Kuleba',
      'Dmytro Kuleba',
      'Recep Tayyip Erdoğan',
      null,
    ]);
    const page = await queryItems(db, { sort: 'saved-asc', limit: 2, offset: 1 });
    expect(page.items.map((i) => i.quote.exact)).toEqual([
      'We need more air defence.',
      'Talks stalled, officials said.',
    ]);
    expect(page.total).toBe(4);
  });
});
