/**
 * Settings: the global pause, whether pages read in private windows may be stored (off by
 * default), and the sites switched off, each of which can be switched back on here.
 */
import { useEffect, useState } from 'preact/hooks';
import type { GlobalSettings } from '../../messaging/contract.ts';
import type { PopupApi } from './popup-api.ts';

export function SettingsView({ api, onChanged }: { api: PopupApi; onChanged: () => void }) {
  const [settings, setSettings] = useState<GlobalSettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.settings().then((r) => (r.ok ? setSettings(r.value) : setError(r.error.message)));
  }, [api]);

  const apply = async (run: () => ReturnType<PopupApi['settings']>): Promise<void> => {
    const r = await run();
    if (r.ok) setSettings(r.value);
    else setError(r.error.message);
    onChanged();
  };

  if (!settings) return <p class="empty">{error ?? 'Loading…'}</p>;
  return (
    <section class="section settings" aria-label="Settings">
      <label class="check">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => void apply(() => api.setPaused(e.currentTarget.checked))}
        />
        <span>
          <strong>Pause everywhere</strong>
          <small>Nothing is highlighted or stored until you resume.</small>
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid="store-private"
          checked={settings.storeInPrivate}
          onChange={(e) => void apply(() => api.setStoreInPrivate(e.currentTarget.checked))}
        />
        <span>
          <strong>Remember articles read in private windows</strong>
          <small>Off: private windows show highlights and what you read before, but store nothing.</small>
        </span>
      </label>
      <h2>
        Switched off on <span class="count">{settings.disabledSites.length}</span>
      </h2>
      {settings.disabledSites.length === 0 ? (
        <p class="note">No sites. Use the “This site” switch to turn On Record off for a site.</p>
      ) : (
        <ul class="list" data-testid="disabled-sites">
          {settings.disabledSites.map((host) => (
            <li class="row" key={host}>
              <span class="name" dir="auto">
                {host}
              </span>
              <button
                type="button"
                class="save"
                onClick={() => void apply(() => api.enableSite(host))}
              >
                Turn on
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? <p class="error">{error}</p> : null}
    </section>
  );
}
