/**
 * The toolbar popup: this page's officials and claims (with save), the stored people
 * (searchable), the per-site switch and the global pause. All data comes through `PopupApi`.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type ErrorInfo, type PageStateView, type SiteSettings } from '../../messaging/contract.ts';
import type { SaveState } from './claims-list.tsx';
import { Header } from './header.tsx';
import { PageView } from './page-view.tsx';
import { PeopleView } from './people-view.tsx';
import { SettingsView } from './settings-view.tsx';
import type { PopupApi } from './popup-api.ts';

type Tab = 'page' | 'people' | 'settings';

const POLL_MS = 400;
const POLL_MAX = 25;
/** Officials and claims asked for at first, and added by each "Show more". */
const PAGE_SIZE = LIMITS.pageList;

export function PopupApp({ api }: { api: PopupApi }) {
  const [tab, setTab] = useState<Tab>('page');
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [page, setPage] = useState<PageStateView | null>(null);
  const [pageError, setPageError] = useState<ErrorInfo | null>(null);
  const [saves, setSaves] = useState<ReadonlyMap<number, SaveState>>(new Map());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const limit = useRef(PAGE_SIZE);

  const loadPage = useCallback(async () => {
    // The content script may still be reading a long article: poll while it says "working".
    for (let i = 0; i < POLL_MAX; i++) {
      const r = await api.pageState(limit.current);
      setPage(r.ok ? r.value : null);
      setPageError(r.ok ? null : r.error);
      if (!r.ok || r.value.status !== 'working') return;
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  }, [api]);

  const reloadSite = useCallback(() => {
    void api.siteSettings().then((r) => setSite(r.ok ? r.value : null));
  }, [api]);

  useEffect(() => {
    reloadSite();
    void loadPage();
  }, [reloadSite, loadPage]);

  const change = async (run: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await run();
      await loadPage();
    } finally {
      setBusy(false);
    }
  };

  // Switches move at once (optimistic) and settle to what the worker answers.
  const onSiteEnabled = (enabled: boolean) => {
    const before = site;
    if (site) setSite({ ...site, siteEnabled: enabled, active: enabled && !site.paused });
    return change(async () => {
      const r = await api.setSiteEnabled(enabled);
      setSite(r.ok ? r.value : before);
      if (!r.ok) setNotice(r.error.message);
    });
  };

  const onPaused = (paused: boolean) => {
    const before = site;
    if (site) setSite({ ...site, paused, active: site.siteEnabled && !paused });
    return change(async () => {
      const r = await api.setPaused(paused);
      if (!r.ok) {
        setSite(before);
        setNotice(r.error.message);
      }
    });
  };

  const onSave = async (index: number) => {
    setSaves((m) => new Map(m).set(index, 'saving'));
    const r = await api.saveClaim(index);
    setSaves((m) => new Map(m).set(index, r.ok ? 'saved' : 'error'));
    setNotice(r.ok ? (r.value.duplicate ? 'Already in your collection.' : 'Saved to your collection.') : r.error.message);
  };

  return (
    <div class={`popup ${site?.paused ? 'is-paused' : ''}`}>
      <Header host={api.host} site={site} busy={busy} onSiteEnabled={onSiteEnabled} onPaused={onPaused} />
      {site?.paused ? (
        <div class="banner" role="status">
          Paused everywhere: nothing is highlighted or stored.
        </div>
      ) : null}
      <nav class="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'page'} onClick={() => setTab('page')}>
          This page
        </button>
        <button type="button" role="tab" aria-selected={tab === 'people'} onClick={() => setTab('people')}>
          People
        </button>
        <button type="button" role="tab" aria-selected={tab === 'settings'} onClick={() => setTab('settings')}>
          Settings
        </button>
      </nav>
      <main class="body">
        {tab === 'page' ? (
          <PageView
            state={page}
            error={pageError}
            saves={saves}
            onSave={(i) => void onSave(i)}
            onMore={() => {
              limit.current += PAGE_SIZE;
              void loadPage();
            }}
          />
        ) : tab === 'people' ? (
          <PeopleView api={api} />
        ) : (
          <SettingsView
            api={api}
            onChanged={() => {
              reloadSite();
              void loadPage();
            }}
          />
        )}
      </main>
      <footer class="footer">
        <span class="notice" role="status">
          {notice ?? ''}
        </span>
        <button type="button" class="link" onClick={() => void api.openLibrary()}>
          Open library →
        </button>
      </footer>
    </div>
  );
}
