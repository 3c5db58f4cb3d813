import { describe, expect, it } from 'vitest';
import { recordAnchorResults } from './anchors.ts';
import {
  deleteItem,
  getItem,
  purgeDeleted,
  saveItem,
  undoDelete,
  updateItem,
} from './saved-items.ts';
import { freshDb, saveInput } from './test-support.ts';

const quotaError = (): Error =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('saveItem', () => {
  it('keeps every field, with W3C selectors, and saving the same quote again returns the existing item', async () => {
    const db = await freshDb();
    const first = await saveItem(
      db,
      saveInput('We will not retreat.', 'https://x.test/a', {
        personName: 'Jane Roe',
        tags: [' war ', 'War', 'nato'],
      }),
    );
    expect(first.duplicate).toBe(false);
    expect(first.item).toMatchObject({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'We will not retreat.',
        prefix: 'before ',
        suffix: ' after',
      },
      position: { type: 'TextPositionSelector', start: 7, end: 27 },
      personName: 'Jane Roe',
      tags: ['war', 'nato'],
      note: '',
      anchorStatus: 'unchecked',
      deletedAt: null,
    });
    const again = await saveItem(
      db,
      saveInput('We  will not retreat. ', 'https://x.test/a', {
        position: { start: 90, end: 111 },
      }),
    );
    expect(again).toMatchObject({ duplicate: true, item: { id: first.item.id } });
    expect(await db.savedItems.count()).toBe(1);
    // Same words on another page are another item.
    await saveItem(db, saveInput('We will not retreat.', 'https://x.test/b'));
    expect(await db.savedItems.count()).toBe(2);
  });

  it('loses nothing when five saves run at once, and dedups five identical saves', async () => {
    const db = await freshDb();
    const five = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => saveItem(db, saveInput(`Quote number ${n}.`))),
    );
    expect(new Set(five.map((r) => r.item.id)).size).toBe(5);
    const same = await Promise.all(
      [1, 2, 3, 4, 5].map(() => saveItem(db, saveInput('The same quote.'))),
    );
    expect(new Set(same.map((r) => r.item.id)).size).toBe(1);
    expect(same.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db.savedItems.count()).toBe(6);
  });

  it('surfaces a quota error as StoreError("quota") and leaves no half-written item', async () => {
    const db = await freshDb();
    await saveItem(db, saveInput('Already there.'));
    const hook = (): void => {
      throw quotaError();
    };
    db.savedItems.hook('creating', hook);
    await expect(saveItem(db, saveInput('Does not fit.'))).rejects.toMatchObject({
      name: 'StoreError',
      code: 'quota',
    });
    db.savedItems.hook('creating').unsubscribe(hook);
    expect((await db.savedItems.toArray()).map((i) => i.quote.exact)).toEqual(['Already there.']);
    // After space is freed, saving works again.
    expect((await saveItem(db, saveInput('Does not fit.'))).duplicate).toBe(false);
  });

  it('rejects empty quotes and bad positions', async () => {
    const db = await freshDb();
    await expect(saveItem(db, saveInput('   '))).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      saveItem(db, saveInput('x', 'https://x.test/a', { position: { start: 5, end: 2 } })),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(saveItem(db, saveInput('x', ''))).rejects.toMatchObject({ code: 'invalid' });
    await expect(saveItem(db, saveInput('x', 'javascript:alert(1)'))).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await db.savedItems.count()).toBe(0);
  });
});

describe('updateItem / deleteItem / undoDelete', () => {
  it('edits note and tags, soft-deletes, undoes, and re-saving a deleted quote restores it', async () => {
    const db = await freshDb();
    const { item } = await saveItem(db, saveInput('Edit me.'));
    const edited = await updateItem(db, item.id, {
      note: 'Check with the transcript.',
      tags: ['a', 'b', 'A'],
    });
    expect(edited).toMatchObject({ note: 'Check with the transcript.', tags: ['a', 'b'] });
    expect((await updateItem(db, item.id, { tags: [] })).note).toBe('Check with the transcript.');
    const deleted = await deleteItem(db, item.id);
    expect(deleted.deletedAt).not.toBeNull();
    await expect(getItem(db, item.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(updateItem(db, item.id, { note: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await undoDelete(db, item.id)).deletedAt).toBeNull();
    await deleteItem(db, item.id);
    const back = await saveItem(db, saveInput('Edit me.'));
    expect(back).toMatchObject({
      duplicate: false,
      item: { id: item.id, deletedAt: null, note: 'Check with the transcript.' },
    });
    await expect(deleteItem(db, 999)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a quota error during an edit leaves the item as it was', async () => {
    const db = await freshDb();
    const { item } = await saveItem(db, saveInput('Keep me.'));
    const hook = (): void => {
      throw quotaError();
    };
    db.savedItems.hook('updating', hook);
    await expect(updateItem(db, item.id, { note: 'lost' })).rejects.toMatchObject({
      code: 'quota',
    });
    db.savedItems.hook('updating').unsubscribe(hook);
    expect((await getItem(db, item.id)).note).toBe('');
  });

  it('purges items deleted before a date', async () => {
    const db = await freshDb();
    const { item } = await saveItem(db, saveInput('Old.'));
    await saveItem(db, saveInput('Kept.'));
    await deleteItem(db, item.id);
    expect(await purgeDeleted(db, '9999-01-01')).toBe(1);
    expect(await db.savedItems.count()).toBe(1);
  });
});

describe('recordAnchorResults', () => {
  it('stores found/changed/missing for items of that page only', async () => {
    const db = await freshDb();
    const a = (await saveItem(db, saveInput('One.'))).item;
    const b = (await saveItem(db, saveInput('Two.'))).item;
    const other = (await saveItem(db, saveInput('Elsewhere.', 'https://x.test/other'))).item;
    const n = await recordAnchorResults(db, 'https://x.test/a', [
      { itemId: a.id, status: 'found' },
      { itemId: b.id, status: 'changed', currentText: 'Twoo.' },
      { itemId: other.id, status: 'missing' },
    ]);
    expect(n).toBe(2);
    expect(await getItem(db, a.id)).toMatchObject({ anchorStatus: 'found', currentText: null });
    expect(await getItem(db, b.id)).toMatchObject({
      anchorStatus: 'changed',
      currentText: 'Twoo.',
    });
    expect((await getItem(db, b.id)).checkedAt).not.toBeNull();
    expect(await getItem(db, other.id)).toMatchObject({ anchorStatus: 'unchecked' });
    expect(await recordAnchorResults(db, 'https://x.test/a', [])).toBe(0);
  });
});
