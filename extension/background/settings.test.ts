import { describe, expect, it } from 'vitest';
import { createFakePlatform } from '../../src/platform/fake.ts';
import { createSettingsStore, parseSettings, SETTINGS_KEY, siteKey, siteSettings, withSite } from './settings.ts';

describe('settings', () => {
  it('parses whatever is stored defensively', () => {
    expect(parseSettings(undefined)).toEqual({ paused: false, storeInPrivate: false, disabledSites: [] });
    expect(parseSettings({ paused: 'yes', disabledSites: ['b.example', 7, 'a.example', 'a.example'] })).toEqual({
      paused: false,
      storeInPrivate: false,
      disabledSites: ['a.example', 'b.example'],
    });
  });

  it('switches a site off and on, ignoring www.', () => {
    const off = withSite(parseSettings({}), 'www.News.example', false);
    expect(off.disabledSites).toEqual(['news.example']);
    expect(siteKey('WWW.news.example')).toBe('news.example');
    expect(siteSettings(off, 'news.example')).toMatchObject({ siteEnabled: false, active: false });
    expect(siteSettings(off, 'other.example')).toMatchObject({ siteEnabled: true, active: true });
    expect(withSite(off, 'news.example', true).disabledSites).toEqual([]);
  });

  it('pause wins over a site that is on', () => {
    expect(siteSettings({ paused: true, storeInPrivate: false, disabledSites: [] }, 'a.example')).toMatchObject({
      siteEnabled: true,
      paused: true,
      active: false,
    });
  });

  it('persists in storage.local and re-reads after another context changed it', async () => {
    const platform = createFakePlatform();
    const store = createSettingsStore(platform);
    expect((await store.get()).paused).toBe(false);
    await store.set({ paused: true, storeInPrivate: false, disabledSites: [] });
    expect(platform.store.get(SETTINGS_KEY)).toMatchObject({ paused: true });
    await platform.storage.set({ [SETTINGS_KEY]: { paused: false, storeInPrivate: true, disabledSites: [] } });
    expect(await store.get()).toMatchObject({ paused: false, storeInPrivate: true });
  });
});
