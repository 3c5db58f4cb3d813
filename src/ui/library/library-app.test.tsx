// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollectionRequest, ItemPageView, SavedItemView } from '../../messaging/collection.ts';
import type { Result } from '../../messaging/contract.ts';
import type { LibraryApi } from './library-api.ts';
import { LibraryApp } from './library-app.tsx';

const EVIL = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

function item(over: Partial<SavedItemView> = {}): SavedItemView {
  return {
    id: 1,
    quote: { exact: 'We will not retreat.', prefix: '', suffix: '' },
    position: { start: 0, end: 20 },
    url: 'https://news.example/a',
    title: 'Talks collapse',
    outlet: 'Example News',
    publishedAt: '2024-03-01',
    personId: 7,
    personName: 'Jane Roe',
    personTitle: 'Foreign Minister',
    sourceText: 'Roe',
    sourceKind: 'named-person',
    cue: 'said',
    direct: true,
    outletCredit: null,
    note: 'check',
    tags: ['war'],
    savedAt: '2024-03-05T00:00:00.000Z',
    anchorStatus: 'unchecked',
    currentText: null,
    checkedAt: null,
    deletedAt: null,
    updatedAt: '2024-03-05T00:00:00.000Z',
    ...over,
  };
}

function pageOf(items: SavedItemView[]): ItemPageView {
  return {
    items,
    total: items.length,
    allCount: items.length,
    facets: {
      people: [{ value: 7, label: 'Jane Roe', count: 1 }],
      outlets: [],
      tags: [],
      sourceKinds: [],
    },
  };
}

function fakeApi(
  items: SavedItemView[],
  replies: Partial<Record<CollectionRequest['type'], unknown>> = {},
) {
  const sent: CollectionRequest[] = [];
  const api: LibraryApi = {
    request: (async (req: CollectionRequest) => {
      sent.push(req);
      if (req.type === 'collection/query') return { ok: true, value: pageOf(items) };
      const value = replies[req.type];
      if (value && typeof value === 'object' && 'ok' in value) return value;
      return { ok: true, value: value ?? item() };
    }) as LibraryApi['request'],
    searchPeople: async () => ({ ok: true, value: [] }) as Result<never[]>,
  };
  return { api, sent };
}

let root: HTMLElement;
async function mount(api: LibraryApi, download = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<LibraryApp api={api} persist={async () => 'persistent'} download={download} />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('.item, .empty')).not.toBeNull());
  return download;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('LibraryApp', () => {
  it('renders hostile page text as bounded, inert text and only http(s) links', async () => {
    const { api } = fakeApi([
      item({
        quote: { exact: EVIL + 'x'.repeat(1_000_000), prefix: '', suffix: '' },
        title: EVIL,
        url: 'javascript:alert(1)',
        personName: EVIL,
      }),
    ]);
    await mount(api);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.querySelector('.quote')?.textContent?.length).toBeLessThanOrEqual(1501);
    expect(root.textContent).toContain('<img src=x');
    expect(root.querySelector('[data-testid="persist"]')?.textContent).toContain('persistent');
  });

  it('searches with the typed text', async () => {
    const { api, sent } = fakeApi([item()]);
    await mount(api);
    const search = root.querySelector<HTMLInputElement>('[data-testid="search"]');
    await act(async () => {
      if (!search) throw new Error('no search box');
      search.value = 'retreat';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() =>
      expect(sent.some((r) => r.type === 'collection/query' && r.query.text === 'retreat')).toBe(
        true,
      ),
    );
  });

  it('deletes with undo, focusing the undo button', async () => {
    const { api, sent } = fakeApi([item()]);
    await mount(api);
    const del = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Delete');
    await act(async () => del?.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="undo"]')).not.toBeNull());
    expect(sent.some((r) => r.type === 'collection/delete' && r.itemId === 1)).toBe(true);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(root.querySelector('[data-testid="undo"]')),
    );
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="undo"]')?.click());
    await vi.waitFor(() =>
      expect(sent.some((r) => r.type === 'collection/undo-delete' && r.itemId === 1)).toBe(true),
    );
    expect(root.querySelector('[data-testid="status"]')?.textContent).toContain('restored');
  });

  it('shows a changed quote with the old and the new text', async () => {
    const { api } = fakeApi([item({ anchorStatus: 'changed', currentText: 'We may retreat.' })]);
    await mount(api);
    const text = root.querySelector('.anchor-changed')?.textContent ?? '';
    expect(text).toContain('Changed on the page since you saved it');
    expect(text).toContain('We will not retreat.');
    expect(text).toContain('We may retreat.');
  });

  it('exports to a download and shows the import report', async () => {
    const { api, sent } = fakeApi([item()], {
      'collection/export': {
        filename: 'on-record-2024-04-01.ris',
        mime: 'application/x-research-info-systems',
        text: 'TY  - NEWS',
        count: 1,
      },
      'collection/import': {
        added: 1,
        skipped: [{ index: 1, reason: 'Already in the collection.', quote: 'Old quote' }],
        total: 2,
      },
    });
    const download = await mount(api);
    const exportAll = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Export all',
    );
    await act(async () => exportAll?.click());
    await vi.waitFor(() =>
      expect(download).toHaveBeenCalledWith(
        'on-record-2024-04-01.ris',
        'application/x-research-info-systems',
        'TY  - NEWS',
      ),
    );
    expect(sent.find((r) => r.type === 'collection/export')).toMatchObject({
      format: 'csv',
      filter: null,
    });
    const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', {
      value: [new File(['{"format":"on-record-collection"}'], 'c.json')],
    });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="import-report"]')?.textContent).toContain(
        'Imported 1 item of 2; skipped 1.',
      ),
    );
    expect(root.querySelector('[data-testid="import-report"]')?.textContent).toContain(
      'Already in the collection.',
    );
  });

  it('opens a person’s timeline and closes it with Escape', async () => {
    const timeline = {
      person: {
        id: 7,
        name: 'Jane Roe',
        aliases: ['Jane Roe'],
        roles: [],
        roleHistory: [
          { title: 'Foreign Minister', organization: null, country: null, date: '2024-01-01' },
        ],
        userEdited: false,
        statementCount: 2,
        articleCount: 2,
        lastSeen: '2024-03-01',
      },
      entries: [
        {
          kind: 'seen',
          date: '2023-01-01',
          publishedAt: '2023-01-01',
          quote: 'Earlier words.',
          cue: 'said',
          direct: true,
          outlet: 'X',
          outletCredit: null,
          articleTitle: 'Old',
          url: 'https://x.example/old',
          itemId: null,
          statementId: 3,
          note: null,
        },
      ],
      truncated: false,
    };
    const { api } = fakeApi([item()], { 'collection/timeline': timeline });
    await mount(api);
    const who = root.querySelector<HTMLButtonElement>('button[aria-label="Timeline of Jane Roe"]');
    await act(async () => who?.click());
    await vi.waitFor(() =>
      expect(root.querySelector('.timeline')?.textContent).toContain('Earlier words.'),
    );
    expect(root.querySelector('.roles')?.textContent).toContain('Foreign Minister');
    await act(async () => {
      root
        .querySelector('.person-panel')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('.person-panel')).toBeNull());
  });
});
