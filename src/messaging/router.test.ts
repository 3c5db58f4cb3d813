import { describe, expect, it } from 'vitest';
import { MessageError } from './errors.ts';
import { classifySender, createTabRouter, createWorkerRouter, workerPolicy } from './router.ts';

const self = { extensionId: 'me', extensionOrigin: 'chrome-extension://me/' };
const popup = { id: 'me', url: 'chrome-extension://me/popup.html' };
const content = { id: 'me', url: 'https://news.example/a', tab: { id: 7, incognito: false } };

describe('classifySender', () => {
  it('tells our pages from our content scripts and refuses strangers', () => {
    expect(classifySender(popup, self)?.kind).toBe('page');
    expect(classifySender(content, self)).toMatchObject({ kind: 'content', tabId: 7, incognito: false });
    expect(classifySender({ ...content, id: 'other' }, self)).toBeNull();
    expect(classifySender({ id: 'me', url: 'https://x.example/' }, self)).toBeNull();
    expect(classifySender({ url: 'chrome-extension://me/popup.html' }, self)).toBeNull();
  });
});

describe('workerPolicy', () => {
  it('keeps content scripts to what they need', () => {
    expect(workerPolicy('page/analyzed')).toBe('content');
    expect(workerPolicy('people/card')).toBe('any');
    expect(workerPolicy('settings/set-global')).toBe('page');
  });
});

describe('createWorkerRouter', () => {
  const route = createWorkerRouter(
    {
      'settings/get': () => ({ paused: false, storeInPrivate: false, disabledSites: [] }),
      'settings/get-for-site': (req, sender) => ({
        host: sender.kind === 'content' ? 'from-sender' : req.host,
        siteEnabled: true,
        paused: false,
        active: true,
        storeInPrivate: false,
      }),
      'people/card': () => {
        throw new MessageError('not-found', 'no such person');
      },
      'people/search': () => {
        throw Object.assign(new Error('disk full'), { code: 'quota' });
      },
    },
    self,
  );

  it('answers with a Result', async () => {
    expect(await route({ type: 'settings/get' }, popup)).toEqual({
      ok: true,
      value: { paused: false, storeInPrivate: false, disabledSites: [] },
    });
    expect(await route({ type: 'settings/get-for-site', host: 'a.example' }, content)).toMatchObject({
      ok: true,
      value: { host: 'from-sender' },
    });
  });

  it('refuses foreign senders before looking at the message', async () => {
    expect(await route({ type: 'settings/get' }, { id: 'evil' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses page-only messages from content scripts', async () => {
    expect(await route({ type: 'settings/get' }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route({ type: 'page/analyzed' }, popup)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  it('maps invalid, unknown, unhandled and failing messages to error codes', async () => {
    const codes = await Promise.all(
      [
        { type: 'people/card', personId: 'x' },
        { type: 'people/card', personId: 1, excludeUrl: null },
        { type: 'people/search', query: 'a' },
        { type: 'settings/set-global' },
        { type: 'no/such' },
        42,
      ].map(async (m) => {
        const r = await route(m, popup);
        return r.ok ? 'ok' : r.error.code;
      }),
    );
    expect(codes).toEqual([
      'invalid-message',
      'not-found',
      'quota',
      'unknown-type',
      'unknown-type',
      'invalid-message',
    ]);
  });
});

describe('createTabRouter', () => {
  const route = createTabRouter({ 'page/get-state': () => ({ status: 'not-article', page: null, officials: [], claims: [], counts: { officials: 0, others: 0, claims: 0 } }) }, self);

  it('only listens to the extension', async () => {
    expect(await route({ type: 'page/get-state' }, { id: 'me' })).toMatchObject({ ok: true });
    expect(await route({ type: 'page/get-state' }, popup)).toMatchObject({ ok: true });
    expect(await route({ type: 'page/get-state' }, { id: 'me', url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route({ type: 'page/get-state' }, { id: 'other' })).toMatchObject({ ok: false });
  });
});
