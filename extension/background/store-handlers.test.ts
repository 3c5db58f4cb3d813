import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../src/identity/index.ts';
import {
  validateCollectionRequest,
  type CollectionRequest,
} from '../../src/messaging/collection.ts';
import { freshDb, saveInput } from '../../src/store/test-support.ts';
import type { SenderContext } from '../../src/messaging/router.ts';
import { createStoreDispatch, createStoreHandlers } from './store-handlers.ts';

const NOW = '2024-04-01T10:00:00.000Z';
const page: SenderContext = {
  kind: 'page',
  tabId: null,
  frameId: null,
  url: 'chrome-extension://x/library.html',
  incognito: false,
};

function request(raw: unknown): CollectionRequest {
  const r = validateCollectionRequest(raw);
  if (!r) throw new Error('not a collection request');
  return r;
}

describe('store handlers', () => {
  it('save → query → update → export → delete → undo, through validated messages', async () => {
    const db = await freshDb();
    const dispatch = createStoreDispatch(async () => db, { now: () => NOW });
    const saved = await dispatch(
      request({
        type: 'collection/save',
        item: saveInput('We hold the line.', 'https://x.test/a', { tags: ['front'] }),
      }),
      page,
    );
    expect(saved).toMatchObject({
      ok: true,
      value: { duplicate: false, item: { quote: { exact: 'We hold the line.' }, tags: ['front'] } },
    });
    const itemId = saved.ok ? (saved.value as { itemId: number }).itemId : -1;
    const again = await dispatch(
      request({ type: 'collection/save', item: saveInput('We hold the line.') }),
      page,
    );
    expect(again).toMatchObject({ ok: true, value: { itemId, duplicate: true } });
    const q = await dispatch(request({ type: 'collection/query', query: { text: 'hold' } }));
    expect(q).toMatchObject({ ok: true, value: { total: 1, allCount: 1 } });
    // Internal fields stay in the worker.
    expect(JSON.stringify(q)).not.toContain('fingerprint');
    await dispatch(request({ type: 'collection/update', itemId, note: 'A note' }));
    const exp = await dispatch(
      request({ type: 'collection/export', format: 'csv', filter: { tag: 'front' } }),
    );
    expect(exp).toMatchObject({
      ok: true,
      value: { filename: 'on-record-2024-04-01.csv', count: 1 },
    });
    expect(exp.ok && (exp.value as { text: string }).text).toContain('A note');
    await dispatch(request({ type: 'collection/delete', itemId }));
    expect(await dispatch(request({ type: 'collection/get', itemId }))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch(request({ type: 'collection/undo-delete', itemId }))).toMatchObject({
      ok: true,
      value: { deletedAt: null },
    });
    const forPage = await dispatch(
      request({ type: 'collection/for-page', url: 'https://x.test/a' }),
    );
    expect(forPage).toMatchObject({ ok: true, value: { items: [{ id: itemId }] } });
    const marked = await dispatch(
      request({
        type: 'collection/mark-anchors',
        url: 'https://x.test/a',
        results: [{ itemId, status: 'changed', currentText: 'We held.' }],
      }),
    );
    expect(marked).toMatchObject({ ok: true, value: { updated: 1 } });
  });

  it('answers and marks, for a content script, only its own page: never another site named as canonical', async () => {
    const db = await freshDb();
    const dispatch = createStoreDispatch(async () => db);
    const victim = 'https://a.example/victim.html';
    const saved = await dispatch(request({ type: 'collection/save', item: saveInput('We hold the line.', victim) }), page);
    const itemId = saved.ok ? (saved.value as { itemId: number }).itemId : -1;
    const hostile: SenderContext = { kind: 'content', tabId: 3, frameId: 0, url: 'https://b.example.net/page.html', incognito: false };
    expect(await dispatch(request({ type: 'collection/for-page', url: victim }), hostile)).toMatchObject({ ok: true, value: { items: [] } });
    const marked = await dispatch(
      request({ type: 'collection/mark-anchors', url: victim, results: [{ itemId, status: 'missing', currentText: null }] }),
      hostile,
    );
    expect(marked).toMatchObject({ ok: true, value: { updated: 0 } });
    const forged = await dispatch(
      request({ type: 'collection/save', item: { ...saveInput('The alliance will leave.', victim), outlet: 'Reuters', publishedAt: '2199-12-31' } }),
      hostile,
    );
    expect(forged).toMatchObject({ ok: true, value: { item: { url: 'https://b.example.net/page.html', outlet: 'b.example.net', publishedAt: null } } });
    // The victim's own page (same site) still sees and marks its item.
    const own: SenderContext = { ...hostile, url: 'https://www.a.example/victim.html' };
    expect(await dispatch(request({ type: 'collection/for-page', url: victim }), own)).toMatchObject({ ok: true, value: { items: [{ id: itemId, anchorStatus: 'unchecked' }] } });
  });

  it('maps store errors to contract codes', async () => {
    const db = await freshDb();
    const dispatch = createStoreDispatch(async () => db);
    expect(await dispatch(request({ type: 'collection/import', text: 'not json' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await dispatch(request({ type: 'collection/timeline', personId: 9 }))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    db.savedItems.hook('creating', () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    expect(
      await dispatch(request({ type: 'collection/save', item: saveInput('x') })),
    ).toMatchObject({ ok: false, error: { code: 'quota' } });
  });

  it('refuses saves the options forbid (e.g. private windows without the opt-in)', async () => {
    const db = await freshDb();
    const handlers = createStoreHandlers(async () => db, { maySave: (s) => !s?.incognito });
    const req = request({ type: 'collection/save', item: saveInput('Private.') });
    if (req.type !== 'collection/save') throw new Error('type');
    await expect(
      handlers['collection/save'](req, { ...page, kind: 'content', incognito: true }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.savedItems.count()).toBe(0);
  });

  it('imports, merges/renames people and exposes the timeline', async () => {
    const db = await freshDb();
    const dispatch = createStoreDispatch(async () => db, { now: () => NOW });
    const a = await db.people.add({
      name: 'Ann Lee',
      aliases: ['Ann Lee'],
      keys: nameKeys('Ann Lee'),
      words: ['ann', 'lee'],
      roles: [],
      userEdited: false,
      mergedInto: null,
      createdAt: '',
      updatedAt: '',
    });
    const b = await db.people.add({
      name: 'Anne Lee',
      aliases: ['Anne Lee'],
      keys: nameKeys('Anne Lee'),
      words: ['anne', 'lee'],
      roles: [],
      userEdited: false,
      mergedInto: null,
      createdAt: '',
      updatedAt: '',
    });
    await dispatch(
      request({
        type: 'collection/save',
        item: saveInput('Quote.', 'https://x.test/a', { personId: b, personName: 'Anne Lee' }),
      }),
    );
    expect(
      await dispatch(request({ type: 'collection/people-merge', keepId: a, mergeId: b })),
    ).toMatchObject({ ok: true, value: { id: a, aliases: ['Ann Lee', 'Anne Lee'] } });
    expect(
      await dispatch(
        request({ type: 'collection/people-rename', personId: a, name: 'Ann B. Lee' }),
      ),
    ).toMatchObject({ ok: true, value: { name: 'Ann B. Lee' } });
    const t = await dispatch(request({ type: 'collection/timeline', personId: b }));
    expect(t).toMatchObject({
      ok: true,
      value: { person: { id: a }, entries: [{ kind: 'saved', quote: 'Quote.' }] },
    });
    const file = await dispatch(
      request({ type: 'collection/export', format: 'json', filter: null }),
    );
    const fresh = await freshDb();
    const into = createStoreDispatch(async () => fresh);
    const text = file.ok ? (file.value as { text: string }).text : '';
    expect(await into(request({ type: 'collection/import', text }))).toMatchObject({
      ok: true,
      value: { added: 1, skipped: [], total: 1 },
    });
  });
});
