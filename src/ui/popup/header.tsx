/** The popup's header: name, the site, the per-site switch and the global pause. */
import type { SiteSettings } from '../../messaging/contract.ts';

export interface HeaderProps {
  host: string;
  site: SiteSettings | null;
  busy: boolean;
  onSiteEnabled: (enabled: boolean) => void;
  onPaused: (paused: boolean) => void;
}

export function Header({ host, site, busy, onSiteEnabled, onPaused }: HeaderProps) {
  const paused = site?.paused ?? false;
  return (
    <header class="header">
      <div class="brand">
        <img class="brand-icon" src="/icons/icon-32.png" alt="" width={24} height={24} />
        <div class="brand-text">
          <h1>On Record</h1>
          {host ? (
            <span class="host" dir="auto" title={host}>
              {host}
            </span>
          ) : null}
        </div>
      </div>
      <div class="header-controls">
        {host && site ? (
          <label class="switch" title={`Run On Record on ${host}`}>
            <input
              type="checkbox"
              role="switch"
              checked={site.siteEnabled}
              disabled={busy}
              aria-label="On for this site"
              data-testid="site-switch"
              onChange={(e) => onSiteEnabled(e.currentTarget.checked)}
            />
            <span class="switch-track" aria-hidden="true" />
            <span class="switch-label">This site</span>
          </label>
        ) : null}
        <button
          type="button"
          class={`pause ${paused ? 'is-paused' : ''}`}
          aria-pressed={paused}
          disabled={busy || site === null}
          data-testid="pause-button"
          title={paused ? 'Resume On Record everywhere' : 'Pause On Record everywhere'}
          onClick={() => onPaused(!paused)}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
      </div>
    </header>
  );
}
