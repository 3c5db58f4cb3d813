import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { nameKeys } from '../identity/index.ts';
import { KEYS_SETTING, ensureKeysCurrent, keysSignature } from './rekey.ts';
import { OnRecordDb, openDb } from './schema.ts';

describe('ensureKeysCurrent', () => {
  it('recomputes stale keys once, then only when the algorithm changes', async () => {
    const factory = new IDBFactory();
    const raw = new OnRecordDb('rekey', { indexedDB: factory, IDBKeyRange });
    await raw.open();
    await raw.people.add({
      name: 'Ann Lee',
      aliases: ['Ann Lee', 'Anne Lee'],
      keys: ['stale'],
      words: [],
      roles: [],
      userEdited: false,
      mergedInto: null,
      createdAt: '',
      updatedAt: '',
    });
    raw.close();
    const db = await openDb('rekey', { indexedDB: factory, IDBKeyRange });
    expect((await db.people.get(1))?.keys).toEqual([
      ...new Set([...nameKeys('Ann Lee'), ...nameKeys('Anne Lee')]),
    ]);
    expect((await db.settings.get(KEYS_SETTING))?.value).toBe(keysSignature());
    expect(await ensureKeysCurrent(db)).toBe(false);
    await db.settings.put({ key: KEYS_SETTING, value: 'older' });
    expect(await ensureKeysCurrent(db)).toBe(true);
  });
});
