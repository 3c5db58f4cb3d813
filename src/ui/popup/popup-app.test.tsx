// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { GlobalSettings, PageStateView, PersonSummary, SiteSettings } from '../../messaging/contract.ts';
import type { PopupApi } from './popup-api.ts';
import { PopupApp } from './popup-app.tsx';

const EVIL = '<img src=x onerror="alert(1)">\u202Eevil';

const state: PageStateView = {
  status: 'article',
  page: {
    url: 'https://news.example/a',
    canonicalUrl: null,
    title: 'Allies act',
    outlet: 'Daily Planet',
    publishedAt: '2025-06-25T11:00:00Z',
    textLength: 100,
    textHash: 'h',
  },
  officials: [
    { index: 0, personId: 1, name: 'Mark Rutte', title: 'NATO Secretary General', mentionCount: 3, statementCount: 1 },
    { index: 1, personId: null, name: EVIL, title: EVIL, mentionCount: 1, statementCount: 0 },
  ],
  claims: [
    {
      index: 0,
      sourceText: 'He',
      sourceName: 'Mark Rutte',
      sourceKind: 'named-person',
      personId: 1,
      cue: 'told reporters',
      content: `This is a big step. ${'x'.repeat(5000)}`,
      direct: true,
      outlet: 'Reuters',
      saved: false,
    },
  ],
  counts: { officials: 2, others: 1, claims: 1 },
};

/** A page with 250 claims, sent `limit` at a time as the content script does. */
function longPage(limit: number): PageStateView {
  const claims = Array.from({ length: Math.min(limit, 250) }, (_, index) => ({
    ...state.claims[0]!,
    index,
    content: `Claim number ${index}`,
    direct: false,
  }));
  return { ...state, claims, counts: { ...state.counts, claims: 250 } };
}

const site: SiteSettings = { host: 'news.example', siteEnabled: true, paused: false, active: true, storeInPrivate: false };
const person: PersonSummary = {
  id: 1,
  name: 'Jens Stoltenberg',
  aliases: ['Jens Stoltenberg'],
  roles: ['NATO Secretary General (2023)'],
  roleHistory: [],
  userEdited: false,
  statementCount: 4,
  articleCount: 2,
  lastSeen: '2024-02-17',
};

function fakeApi(calls: string[], page: (limit: number) => PageStateView = () => state): PopupApi {
  let global: GlobalSettings = { paused: false, storeInPrivate: false, disabledSites: ['off.example'] };
  return {
    host: 'news.example',
    pageState: async (limit = 100) => {
      calls.push(`page:${limit}`);
      return { ok: true, value: page(limit) };
    },
    siteSettings: async () => ({ ok: true, value: site }),
    setSiteEnabled: async (enabled) => {
      calls.push(`site:${enabled}`);
      return { ok: true, value: { ...site, siteEnabled: enabled, active: enabled } };
    },
    setPaused: async (paused) => {
      calls.push(`pause:${paused}`);
      return { ok: true, value: { paused, storeInPrivate: false, disabledSites: [] } };
    },
    settings: async () => ({ ok: true, value: global }),
    setStoreInPrivate: async (store) => {
      calls.push(`private:${store}`);
      global = { ...global, storeInPrivate: store };
      return { ok: true, value: global };
    },
    enableSite: async (host) => {
      calls.push(`enable:${host}`);
      global = { ...global, disabledSites: global.disabledSites.filter((h) => h !== host) };
      return { ok: true, value: global };
    },
    searchPeople: async (q) => {
      calls.push(`search:${q}`);
      return { ok: true, value: [person] };
    },
    saveClaim: async (i) => {
      calls.push(`save:${i}`);
      return { ok: true, value: { itemId: 9, duplicate: false } };
    },
    openLibrary: async () => {
      calls.push('library');
    },
  };
}

const tick = () => act(() => new Promise((ok) => setTimeout(ok, 0)));

async function mount(calls: string[], page?: (limit: number) => PageStateView): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.appendChild(root);
  await act(() => render(<PopupApp api={fakeApi(calls, page)} />, root));
  await tick();
  await tick();
  return root;
}

describe('PopupApp', () => {
  it('shows the page’s officials and claims, bounded and inert', async () => {
    const root = await mount([]);
    expect(root.querySelector('[data-testid="officials"]')?.textContent).toContain('Mark Rutte');
    expect(root.querySelector('[data-testid="officials"]')?.textContent).toContain('3 mentions');
    expect(root.textContent).toContain('1 other person named without a title');
    const claim = root.querySelector('[data-testid="claims"] li');
    // The source is named by the person it is ("He" → Mark Rutte), the words as written on hover.
    expect(claim?.querySelector('.source')?.textContent).toBe('Mark Rutte');
    expect(claim?.querySelector('.source')?.getAttribute('title')).toBe('He');
    expect(claim?.textContent).toContain('Reuters');
    expect(claim?.querySelector('.content')?.textContent?.length).toBeLessThan(300);
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(root.querySelector('.page-sub')?.textContent).toBe('Daily Planet · 25 Jun 2025');
  });

  it('says when the page could not be stored, and why', async () => {
    const root = await mount([], () => ({ ...state, storeError: { code: 'quota', message: 'QuotaExceededError' } }));
    expect(root.querySelector('[data-testid="store-error"]')?.textContent).toContain('storage for On Record is full');
    expect(root.querySelector('[data-testid="store-error"]')?.getAttribute('role')).toBe('alert');
    // The page's officials and claims are still listed.
    expect(root.querySelector('[data-testid="officials"]')?.textContent).toContain('Mark Rutte');
    const other = await mount([], () => ({ ...state, storeError: { code: 'internal', message: '<b>blocked</b> by another tab' } }));
    expect(other.querySelector('[data-testid="store-error"]')?.textContent).toBe('Not stored: <b>blocked</b> by another tab.');
    const fine = await mount([]);
    expect(fine.querySelector('[data-testid="store-error"]')).toBeNull();
  });

  it('shows a long page’s claims a page at a time, with the total', async () => {
    const calls: string[] = [];
    const root = await mount(calls, longPage);
    const items = () => root.querySelectorAll('[data-testid="claims"] li').length;
    expect(calls).toContain('page:100');
    expect(items()).toBe(100);
    expect(root.querySelector('#claims-h .count')?.textContent).toBe('250');
    const more = () => root.querySelector('[data-testid="more-claims"]') as HTMLButtonElement | null;
    expect(more()?.textContent).toBe('Show more claims (100 of 250)');
    await act(() => more()!.click());
    await tick();
    expect(calls).toContain('page:200');
    expect(items()).toBe(200);
    await act(() => more()!.click());
    await tick();
    expect(items()).toBe(250);
    expect(more()).toBeNull();
  });

  it('saves a claim, switches the site and pauses through the api', async () => {
    const calls: string[] = [];
    const root = await mount(calls);
    await act(() => (root.querySelector('.save') as HTMLButtonElement).click());
    await tick();
    expect(calls).toContain('save:0');
    expect(root.querySelector('.save')?.textContent).toContain('Saved');
    expect(root.querySelector('.notice')?.textContent).toBe('Saved to your collection.');

    await act(() => (root.querySelector('[data-testid="site-switch"]') as HTMLInputElement).click());
    await tick();
    expect(calls).toContain('site:false');
    await act(() => (root.querySelector('[data-testid="pause-button"]') as HTMLButtonElement).click());
    await tick();
    expect(calls).toContain('pause:true');
    expect(root.querySelector('.banner')?.textContent).toContain('Paused everywhere');
  });

  it('lists and searches stored people', async () => {
    const calls: string[] = [];
    const root = await mount(calls);
    const peopleTab = [...root.querySelectorAll('[role="tab"]')].find((b) => b.textContent === 'People') as HTMLButtonElement;
    await act(() => peopleTab.click());
    await tick();
    expect(calls).toContain('search:');
    expect(root.querySelector('[data-testid="people"]')?.textContent).toContain('Jens Stoltenberg');
    expect(root.querySelector('[data-testid="people"]')?.textContent).toContain('NATO Secretary General (2023)');
    expect(root.querySelector('[data-testid="people"]')?.textContent).toContain('2 articles');
  });
});

describe('SettingsView (in the popup)', () => {
  it('opts in to private windows and switches a site back on', async () => {
    const calls: string[] = [];
    const root = await mount(calls);
    const tab = [...root.querySelectorAll('[role="tab"]')].find((b) => b.textContent === 'Settings') as HTMLButtonElement;
    await act(() => tab.click());
    await tick();
    const priv = root.querySelector('[data-testid="store-private"]') as HTMLInputElement;
    expect(priv.checked).toBe(false);
    await act(() => priv.click());
    await tick();
    expect(calls).toContain('private:true');
    expect(root.querySelector('[data-testid="disabled-sites"]')?.textContent).toContain('off.example');
    await act(() => (root.querySelector('[data-testid="disabled-sites"] button') as HTMLButtonElement).click());
    await tick();
    expect(calls).toContain('enable:off.example');
    expect(root.querySelector('[data-testid="disabled-sites"]')).toBeNull();
  });
});
