// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { exportBackup, inspectBackup, restoreBackup } from './backup.ts';
import { ingestArticle } from './ingest.ts';
import { mergePeople } from './people-edit.ts';
import { getPersonCard } from './person-card.ts';
import { saveItem, updateItem } from './saved-items.ts';
import { ArticleBuilder, freshDb, page, saveInput } from './test-support.ts';
import type { OnRecordDb } from './schema.ts';

async function filled(): Promise<OnRecordDb> {
  const db = await freshDb();
  const a = new ArticleBuilder(
    'Volodymyr Zelenskyy said "We hold." Volodymyr Zelensky added "Still."',
  );
  a.claim(
    'Volodymyr Zelenskyy',
    'said',
    '"We hold."',
    a.person('Volodymyr Zelenskyy', 'President'),
  );
  a.claim('Volodymyr Zelensky', 'added', '"Still."', a.person('Volodymyr Zelensky'));
  const r = await ingestArticle(db, page('https://x.test/1', '2024-01-01'), a.analysis());
  const [keep, gone] = r.personIds;
  if (keep != null && gone != null && keep !== gone) await mergePeople(db, keep, gone);
  const { item } = await saveItem(
    db,
    saveInput('We hold.', 'https://x.test/1', { personId: keep ?? null }),
  );
  await updateItem(db, item.id, { note: 'n', tags: ['t'] });
  await db.settings.put({ key: 'paused', value: false });
  return db;
}

const dump = async (db: OnRecordDb) => ({
  articles: await db.articles.toArray(),
  people: await db.people.toArray(),
  appearances: await db.appearances.toArray(),
  statements: await db.statements.toArray(),
  savedItems: await db.savedItems.toArray(),
  settings: await db.settings.toArray(),
});

describe('backup and restore', () => {
  it('restores the whole database, user decisions included, into a fresh profile', async () => {
    const db = await filled();
    const text = await exportBackup(db);
    expect(inspectBackup(text).tables).toMatchObject({ savedItems: 1, statements: 2 });
    const fresh = await freshDb();
    await saveItem(fresh, saveInput('Something that the restore replaces.'));
    const summary = await restoreBackup(fresh, text);
    expect(summary.databaseVersion).toBe(2);
    expect(await dump(fresh)).toEqual(await dump(db));
    const keep = (await fresh.people.filter((p) => p.mergedInto === null).first())?.id ?? -1;
    expect((await getPersonCard(fresh, keep))?.person.statementCount).toBe(2);
  });

  it('refuses corrupt, foreign and newer files and changes nothing', async () => {
    const db = await filled();
    const before = await dump(db);
    const good = JSON.parse(await exportBackup(db)) as {
      data: { databaseVersion: number; data: Array<{ tableName: string; rows: unknown[] }> };
    };
    const newer = structuredClone(good);
    newer.data.databaseVersion = 99;
    const foreign = structuredClone(good);
    foreign.data.data.push({ tableName: 'passwords', rows: [] });
    const badRow = structuredClone(good);
    badRow.data.data.find((t) => t.tableName === 'savedItems')?.rows.push({ nope: 1 });
    // A value dexie-export-import would revive as a Date: never one On Record writes.
    const typed = structuredClone(good);
    const saved = typed.data.data.find((t) => t.tableName === 'savedItems')?.rows[0] as Record<string, unknown> | undefined;
    if (saved) saved.$types = { savedAt: 'date' };
    const twice = structuredClone(good);
    const people = twice.data.data.find((t) => t.tableName === 'people');
    if (people) twice.data.data.push(people);
    for (const text of [
      JSON.stringify(typed),
      JSON.stringify(twice),
      '{"truncated": ',
      '[]',
      '{"formatName":"other"}',
      JSON.stringify(newer),
      JSON.stringify(foreign),
      JSON.stringify(badRow),
    ]) {
      await expect(restoreBackup(db, text)).rejects.toMatchObject({ code: 'invalid' });
    }
    expect(await dump(db)).toEqual(before);
  });

  it('puts the old data back when the import fails half-way (one transaction: nothing half-written)', async () => {
    const db = await filled();
    const before = await dump(db);
    const other = await freshDb();
    await saveItem(other, saveInput('From the other profile.'));
    const text = await exportBackup(other);
    let armed = true;
    const hook = (): void => {
      if (armed) {
        armed = false;
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      }
    };
    db.savedItems.hook('creating', hook);
    await expect(restoreBackup(db, text)).rejects.toMatchObject({ code: 'quota' });
    db.savedItems.hook('creating').unsubscribe(hook);
    expect(await dump(db)).toEqual(before);
  });
});
