import { describe, expect, it } from 'vitest';
import { createWorkerRouter, type SenderInfo } from '../../src/messaging/router.ts';
import { createFakePlatform, FAKE_ID, FAKE_ORIGIN } from '../../src/platform/fake.ts';
import { ArticleBuilder, freshDb } from '../../src/store/test-support.ts';
import { createCoreHandlers } from './core-handlers.ts';
import { createSettingsStore } from './settings.ts';

const TEXT = 'NATO Secretary General Jens Stoltenberg said allies would act. Anna Berg spoke too.';

function analysis() {
  const b = new ArticleBuilder(TEXT);
  const p = b.person('Jens Stoltenberg', 'NATO Secretary General');
  b.person('Anna Berg');
  b.claim('Jens Stoltenberg', 'said', 'allies would act', p);
  return b.analysis();
}

const page = (url: string) => ({
  url,
  canonicalUrl: null,
  title: 'Allies act',
  outlet: 'The News',
  publishedAt: '2023-07-11',
  textLength: TEXT.length,
  textHash: 'h1',
});

const content = (url: string, incognito = false): SenderInfo => ({ id: FAKE_ID, url, tab: { id: 7, incognito } });
const popup: SenderInfo = { id: FAKE_ID, url: `${FAKE_ORIGIN}popup.html` };

async function setUp() {
  const platform = createFakePlatform();
  const db = await freshDb();
  const settings = createSettingsStore(platform);
  const route = createWorkerRouter(createCoreHandlers({ platform, getDb: async () => db, settings }), {
    extensionId: FAKE_ID,
    extensionOrigin: FAKE_ORIGIN,
  });
  return { platform, db, route };
}

describe('core handlers', () => {
  it('shows a failed store on the badge, with the reason, and answers the error', async () => {
    const { platform, db, route } = await setUp();
    db.articles.hook('creating', () => {
      throw Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' });
    });
    const url = 'https://news.example/a';
    const r = await route({ type: 'page/analyzed', page: page(url), analysis: analysis() }, content(url));
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } });
    await new Promise((ok) => setTimeout(ok, 0));
    expect(platform.log.badges.get(7)).toBe('!');
  });

  it('content/start runs the content script in the sender\'s own tab and frame, and only there', async () => {
    const { platform, route } = await setUp();
    const url = 'https://news.example/a';
    const r = await route({ type: 'content/start' }, { ...content(url), frameId: 0 });
    expect(r).toEqual({ ok: true, value: null });
    expect(platform.log.injected).toEqual([{ tabId: 7, frameId: 0, files: ['content.js'] }]);
    // Our own pages have no page to start in; nothing is injected for them.
    const fromPopup = await route({ type: 'content/start' }, popup);
    expect(fromPopup).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(platform.log.injected).toHaveLength(1);
  });

  it('stores an analysed article, answers person ids and sets the badge', async () => {
    const { platform, db, route } = await setUp();
    const url = 'https://news.example/a';
    const r = await route({ type: 'page/analyzed', page: page(url), analysis: analysis() }, content(url));
    expect(r).toMatchObject({ ok: true, value: { stored: true } });
    const ids = r.ok ? (r.value as { people: Array<{ personId: number | null }> }).people : [];
    expect(ids).toHaveLength(2);
    expect(ids[0]?.personId).toEqual(expect.any(Number));
    expect(await db.articles.count()).toBe(1);
    expect(platform.log.badges.get(7)).toBe('1');

    const card = await route({ type: 'people/card', personId: ids[0]?.personId, excludeUrl: null }, content(url));
    expect(card).toMatchObject({ ok: true, value: { person: { name: 'Jens Stoltenberg', statementCount: 1 } } });
    const none = await route({ type: 'people/card', personId: 999, excludeUrl: null }, content(url));
    expect(none).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers the role read earlier for a person this article names without one, and counts them in the badge', async () => {
    const { platform, route } = await setUp();
    await route({ type: 'page/analyzed', page: page('https://news.example/a'), analysis: analysis() }, content('https://news.example/a'));
    const text = 'Mark Rutte succeeded Jens Stoltenberg at the head of the alliance.';
    const b = new ArticleBuilder(text);
    b.person('Mark Rutte');
    b.person('Jens Stoltenberg');
    const later = { ...page('https://news.example/b'), title: 'Rutte takes over', publishedAt: '2025-06-25', textLength: text.length };
    const r = await route({ type: 'page/analyzed', page: later, analysis: b.analysis() }, content('https://news.example/b'));
    const people = r.ok ? (r.value as { people: Array<{ personId: number | null; earlierRole: unknown }> }).people : [];
    expect(people[0]?.earlierRole).toBeNull();
    expect(people[1]?.earlierRole).toMatchObject({
      title: 'NATO Secretary General',
      articleTitle: 'Allies act',
      outlet: 'The News',
      host: 'news.example',
      date: '2023-07-11',
    });
    expect(platform.log.badges.get(7)).toBe('1');
  });

  it('stores nothing from a private window unless opted in, but still recognises known people', async () => {
    const { db, route } = await setUp();
    await route({ type: 'page/analyzed', page: page('https://news.example/a'), analysis: analysis() }, content('https://news.example/a'));
    const priv = 'https://news.example/private';
    const r = await route({ type: 'page/analyzed', page: page(priv), analysis: analysis() }, content(priv, true));
    expect(r).toMatchObject({ ok: true, value: { stored: false } });
    expect(r.ok && (r.value as { people: Array<{ personId: number | null }> }).people[0]?.personId).toEqual(expect.any(Number));
    expect(await db.articles.count()).toBe(1);

    await route({ type: 'settings/set-global', storeInPrivate: true }, popup);
    const again = await route({ type: 'page/analyzed', page: page(priv), analysis: analysis() }, content(priv, true));
    expect(again).toMatchObject({ ok: true, value: { stored: true } });
    expect(await db.articles.count()).toBe(2);
  });

  it('does nothing while paused or on a site switched off, and tells open tabs at once', async () => {
    const { platform, db, route } = await setUp();
    platform.answerTab = async () => ({ ok: true, value: null });
    platform.tabs.list.push({ id: 7, url: 'https://news.example/a', incognito: false });
    const url = 'https://news.example/a';

    await route({ type: 'settings/set-site', host: 'news.example', enabled: false }, popup);
    expect(platform.log.tabMessages.at(-1)).toEqual({
      tabId: 7,
      message: { type: 'settings/changed', settings: expect.objectContaining({ siteEnabled: false, active: false }) },
    });
    const off = await route({ type: 'page/analyzed', page: page(url), analysis: analysis() }, content(url));
    expect(off).toMatchObject({ ok: true, value: { stored: false, people: [{ personId: null, earlierRole: null }, { personId: null, earlierRole: null }] } });

    await route({ type: 'settings/set-site', host: 'news.example', enabled: true }, popup);
    await route({ type: 'settings/set-global', paused: true }, popup);
    expect(platform.log.badges.get('global')).toBe('off');
    const paused = await route({ type: 'page/analyzed', page: page(url), analysis: analysis() }, content(url));
    expect(paused).toMatchObject({ ok: true, value: { stored: false } });
    expect(await db.articles.count()).toBe(0);

    const site = await route({ type: 'settings/get-for-site', host: 'ignored.example' }, content(url));
    expect(site).toMatchObject({ ok: true, value: { host: 'news.example', paused: true, active: false } });
  });

  it('searches stored people for pages only', async () => {
    const { route } = await setUp();
    const url = 'https://news.example/a';
    await route({ type: 'page/analyzed', page: page(url), analysis: analysis() }, content(url));
    const found = await route({ type: 'people/search', query: 'stolt' }, popup);
    expect(found).toMatchObject({ ok: true, value: [{ name: 'Jens Stoltenberg' }] });
    expect(await route({ type: 'people/search', query: 'stolt' }, content(url))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
