import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest.ts';
import { mergePeople, renamePerson, splitPerson } from './people-edit.ts';
import { getPersonCard } from './person-card.ts';
import { searchPeople } from './people-search.ts';
import { ArticleBuilder, freshDb, page } from './test-support.ts';
import type { OnRecordDb } from './schema.ts';

async function said(
  db: OnRecordDb,
  url: string,
  date: string,
  name: string,
  quote: string,
  title: string | null = null,
) {
  const a = new ArticleBuilder(`${title ?? ''} ${name} said ${quote}`);
  a.claim(name, 'said', quote, a.person(name, title));
  return ingestArticle(db, page(url, date), a.analysis());
}

describe('mergePeople', () => {
  it('moves statements and appearances, keeps a tombstone, and new articles follow the merge', async () => {
    const db = await freshDb();
    const a = await said(
      db,
      'https://x.test/1',
      '2023-01-01',
      'Volodymyr Zelenskyy',
      '"One."',
      'President',
    );
    const b = await said(db, 'https://x.test/2', '2023-02-01', 'Wolodymyr Selenskyj', '"Two."');
    const keep = a.personIds[0] ?? -1;
    const gone = b.personIds[0] ?? -1;
    expect(keep).not.toBe(gone);
    const merged = await mergePeople(db, keep, gone);
    expect(merged.aliases).toEqual(['Volodymyr Zelenskyy', 'Wolodymyr Selenskyj']);
    expect(merged.statementCount).toBe(2);
    expect(merged.userEdited).toBe(true);
    expect((await db.people.get(gone))?.mergedInto).toBe(keep);
    expect(await db.appearances.where('personId').equals(gone).count()).toBe(0);
    // A new article spelling it the merged way lands on the kept person.
    const c = await said(db, 'https://x.test/3', '2023-03-01', 'Wolodymyr Selenskyj', '"Three."');
    expect(c.personIds[0]).toBe(keep);
    expect((await getPersonCard(db, gone))?.person.id).toBe(keep);
    // Revisiting the merged person's old article keeps it on the kept person too.
    const again = await said(db, 'https://x.test/2', '2023-02-01', 'Wolodymyr Selenskyj', '"Two."');
    expect(again.personIds[0]).toBe(keep);
    expect(await db.statements.count()).toBe(3);
  });

  it('adds up two appearances in one article', async () => {
    const db = await freshDb();
    const a = new ArticleBuilder('Joe Biden and Joseph Biden said "x".');
    a.person('Joe Biden');
    a.claim('Joseph Biden', 'said', '"x"', a.person('Joseph Biden'));
    const r = await ingestArticle(db, page('https://x.test/1', '2020-01-01'), a.analysis());
    const [x, y] = r.personIds;
    if (x !== y && x != null && y != null) {
      await mergePeople(db, x, y);
      const apps = await db.appearances.toArray();
      expect(apps).toHaveLength(1);
      expect(apps[0]?.mentionCount).toBe(2);
    }
  });

  it('refuses to merge a person with themselves or with a missing person', async () => {
    const db = await freshDb();
    const a = await said(db, 'https://x.test/1', '2023-01-01', 'Ann Lee', '"One."');
    const id = a.personIds[0] ?? -1;
    await expect(mergePeople(db, id, id)).rejects.toMatchObject({ code: 'invalid' });
    await expect(mergePeople(db, id, 404)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('splitPerson', () => {
  it('undoes a wrong merge and the split survives a revisit of the moved article', async () => {
    const db = await freshDb();
    const a = await said(
      db,
      'https://x.test/1',
      '2023-01-01',
      'Hillary Clinton',
      '"A."',
      'Secretary of State',
    );
    const b = await said(
      db,
      'https://x.test/2',
      '2023-02-01',
      'Bill Clinton',
      '"B."',
      'Former President',
    );
    const hillary = a.personIds[0] ?? -1;
    await mergePeople(db, hillary, b.personIds[0] ?? -1);
    const { kept, created } = await splitPerson(db, hillary, ['Bill Clinton']);
    expect(kept.aliases).toEqual(['Hillary Clinton']);
    expect(kept.roles).toEqual(['Secretary of State (2023)']);
    expect(created.name).toBe('Bill Clinton');
    expect(created.roles).toEqual(['Former President (2023)']);
    expect((await getPersonCard(db, created.id))?.statements.map((s) => s.quote)).toEqual(['"B."']);
    expect((await getPersonCard(db, hillary))?.statements.map((s) => s.quote)).toEqual(['"A."']);
    const again = await said(
      db,
      'https://x.test/2',
      '2023-02-01',
      'Bill Clinton',
      '"B."',
      'Former President',
    );
    expect(again.personIds[0]).toBe(created.id);
    expect(await db.statements.where('personId').equals(hillary).count()).toBe(1);
  });

  it('rejects a split that moves nothing or everything', async () => {
    const db = await freshDb();
    const a = await said(db, 'https://x.test/1', '2023-01-01', 'Ann Lee', '"One."');
    const id = a.personIds[0] ?? -1;
    await expect(splitPerson(db, id, ['Someone Else'])).rejects.toMatchObject({ code: 'invalid' });
    await expect(splitPerson(db, id, ['Ann Lee'])).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('renamePerson', () => {
  it('renames, keeps the name when new articles arrive, and makes the new name searchable', async () => {
    const db = await freshDb();
    const a = await said(db, 'https://x.test/1', '2023-01-01', 'Recep Erdogan', '"One."');
    const id = a.personIds[0] ?? -1;
    const renamed = await renamePerson(db, id, '  Recep   Tayyip Erdoğan ');
    expect(renamed.name).toBe('Recep Tayyip Erdoğan');
    await said(db, 'https://x.test/2', '2023-02-01', 'Recep Erdogan', '"Two."');
    expect((await db.people.get(id))?.name).toBe('Recep Tayyip Erdoğan');
    expect((await searchPeople(db, 'tayy'))[0]?.id).toBe(id);
    await expect(renamePerson(db, id, '   ')).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('searchPeople', () => {
  it('finds by folded word prefixes, hides tombstones, and lists recent people for an empty query', async () => {
    const db = await freshDb();
    await said(db, 'https://x.test/1', '2023-01-01', 'Recep Erdoğan', '"One."');
    await said(db, 'https://x.test/2', '2023-01-01', 'Ursula von der Leyen', '"Two."');
    const c = await said(db, 'https://x.test/3', '2023-01-01', 'Mark Rutte', '"Three."');
    expect((await searchPeople(db, 'erdog')).map((p) => p.name)).toEqual(['Recep Erdoğan']);
    expect((await searchPeople(db, 'LEY urs')).map((p) => p.name)).toEqual([
      'Ursula von der Leyen',
    ]);
    expect(await searchPeople(db, 'nobody')).toEqual([]);
    const all = await searchPeople(db, '', 2);
    expect(all.map((p) => p.name)).toEqual(['Mark Rutte', 'Ursula von der Leyen']);
    expect(all[0]?.statementCount).toBe(1);
    const d = await said(db, 'https://x.test/4', '2023-01-01', 'Dick Schoof', '"Four."');
    await mergePeople(db, c.personIds[0] ?? -1, d.personIds[0] ?? -1);
    // The merged name now finds the person it was merged into, never the tombstone.
    expect((await searchPeople(db, 'schoof')).map((p) => p.name)).toEqual(['Mark Rutte']);
  });
});
