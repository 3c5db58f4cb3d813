/**
 * The user's switches: global pause, per-site off, and whether private windows may be stored.
 * Kept in `storage.local` (small, synchronous-feeling, survives the worker being stopped) under
 * one key; the worker caches it and re-reads when any context changes it.
 */
import type { GlobalSettings, SiteSettings } from '../../src/messaging/contract.ts';
import type { Platform } from '../../src/platform/types.ts';

export const SETTINGS_KEY = 'onrecord.settings';
const MAX_SITES = 5000;

export const DEFAULT_SETTINGS: GlobalSettings = { paused: false, storeInPrivate: false, disabledSites: [] };

/** Reads whatever is stored defensively: storage is ours, but older versions may differ. */
export function parseSettings(value: unknown): GlobalSettings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_SETTINGS };
  const v = value as Partial<Record<keyof GlobalSettings, unknown>>;
  const sites = Array.isArray(v.disabledSites)
    ? v.disabledSites.filter((s): s is string => typeof s === 'string' && s.length <= 255)
    : [];
  return {
    paused: v.paused === true,
    storeInPrivate: v.storeInPrivate === true,
    disabledSites: [...new Set(sites)].sort().slice(0, MAX_SITES),
  };
}

/** Normalises a host for the per-site switch: lower-case, without a leading "www.". */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export function siteSettings(settings: GlobalSettings, host: string): SiteSettings {
  const siteEnabled = !settings.disabledSites.includes(siteKey(host));
  return {
    host,
    siteEnabled,
    paused: settings.paused,
    active: siteEnabled && !settings.paused,
    storeInPrivate: settings.storeInPrivate,
  };
}

export function withSite(settings: GlobalSettings, host: string, enabled: boolean): GlobalSettings {
  const key = siteKey(host);
  const rest = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: enabled ? rest : [...rest, key].sort() };
}

export interface SettingsStore {
  get(): Promise<GlobalSettings>;
  set(next: GlobalSettings): Promise<GlobalSettings>;
}

export function createSettingsStore(platform: Platform): SettingsStore {
  let cache: Promise<GlobalSettings> | null = null;
  platform.storage.onChanged((changes) => {
    if (SETTINGS_KEY in changes) cache = null;
  });
  return {
    get() {
      cache ??= platform.storage.get([SETTINGS_KEY]).then((r) => parseSettings(r[SETTINGS_KEY]));
      return cache;
    },
    async set(next) {
      const clean = parseSettings(next);
      await platform.storage.set({ [SETTINGS_KEY]: clean });
      cache = Promise.resolve(clean);
      return clean;
    },
  };
}
