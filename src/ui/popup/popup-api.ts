/**
 * Everything the popup does, as plain async functions over the typed clients. The components
 * call only this, so a test (or a screenshot harness) can hand them a fake; `extension/popup`
 * builds the real one from the platform.
 */
import type { TabClient, WorkerClient } from '../../messaging/client.ts';
import type {
  GlobalSettings,
  PageStateView,
  PersonSummary,
  Result,
  SavedRef,
  SiteSettings,
} from '../../messaging/contract.ts';

export interface PopupApi {
  /** The host of the tab the popup is about ('' when it is not a web page). */
  readonly host: string;
  /** This page's state, with at most `limit` officials and claims (default `LIMITS.pageList`). */
  pageState(limit?: number): Promise<Result<PageStateView>>;
  siteSettings(): Promise<Result<SiteSettings>>;
  setSiteEnabled(enabled: boolean): Promise<Result<SiteSettings>>;
  setPaused(paused: boolean): Promise<Result<GlobalSettings>>;
  settings(): Promise<Result<GlobalSettings>>;
  setStoreInPrivate(store: boolean): Promise<Result<GlobalSettings>>;
  /** Switches a site back on (from the settings list) and returns the global settings. */
  enableSite(host: string): Promise<Result<GlobalSettings>>;
  searchPeople(query: string): Promise<Result<PersonSummary[]>>;
  saveClaim(claimIndex: number): Promise<Result<SavedRef>>;
  openLibrary(): Promise<void>;
}

export interface PopupTarget {
  tabId: number | null;
  url: string | null;
}

export function hostOf(url: string | null): string {
  if (!url || !/^https?:/i.test(url)) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const NO_TAB: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'This is not a web page.' },
};

export function createPopupApi(deps: {
  worker: WorkerClient;
  tabs: TabClient;
  target: PopupTarget;
  openUrl: (path: string) => Promise<void>;
}): PopupApi {
  const { worker, tabs, target } = deps;
  const host = hostOf(target.url);
  return {
    host,
    pageState: (limit) =>
      target.tabId === null || !host
        ? Promise.resolve(NO_TAB)
        : tabs.request(target.tabId, { type: 'page/get-state', ...(limit ? { limit } : {}) }),
    siteSettings: () =>
      host ? worker.request({ type: 'settings/get-for-site', host }) : Promise.resolve(NO_TAB),
    setSiteEnabled: (enabled) =>
      host ? worker.request({ type: 'settings/set-site', host, enabled }) : Promise.resolve(NO_TAB),
    setPaused: (paused) => worker.request({ type: 'settings/set-global', paused }),
    settings: () => worker.request({ type: 'settings/get' }),
    setStoreInPrivate: (storeInPrivate) => worker.request({ type: 'settings/set-global', storeInPrivate }),
    enableSite: async (site) => {
      const r = await worker.request({ type: 'settings/set-site', host: site, enabled: true });
      return r.ok ? worker.request({ type: 'settings/get' }) : r;
    },
    searchPeople: (query) => worker.request({ type: 'people/search', query, limit: 50 }),
    saveClaim: (claimIndex) =>
      target.tabId === null
        ? Promise.resolve(NO_TAB)
        : tabs.request(target.tabId, { type: 'collection/save-claim', claimIndex }),
    openLibrary: () => deps.openUrl('library.html'),
  };
}
