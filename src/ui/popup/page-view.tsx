/** "This page": what the tab's content script found, or why there is nothing. */
import type { ErrorInfo, PageStateView } from '../../messaging/contract.ts';
import { ClaimsList, type SaveState } from './claims-list.tsx';
import { safeText, shortDate } from '../shared/safe-text.ts';
import { OfficialsList } from './officials-list.tsx';

export interface PageViewProps {
  state: PageStateView | null;
  error: ErrorInfo | null;
  saves: ReadonlyMap<number, SaveState>;
  onSave: (index: number) => void;
  /** Asks for the next page of officials and claims. */
  onMore: () => void;
}

const STATUS_TEXT: Record<Exclude<PageStateView['status'], 'article'>, string> = {
  working: 'Reading the article…',
  'not-article': 'No news article recognised on this page.',
  off: 'On Record is off for this site.',
  paused: 'On Record is paused everywhere.',
};

/** Why this page is not in the store, in the reader's words. */
export function storeErrorText(e: { code: string; message: string }): string {
  if (e.code === 'quota') {
    return "Not stored: the browser's storage for On Record is full. Delete saved items or free disk space; what is stored is unchanged.";
  }
  if (e.code === 'unavailable') return 'Not stored: On Record could not reach its database. Reload the page to try again.';
  return `Not stored: ${safeText(e.message, 200) || 'the database refused it'}.`;
}

export function PageView({ state, error, saves, onSave, onMore }: PageViewProps) {
  if (error) {
    return (
      <p class="empty" data-testid="page-status">
        {error.code === 'unavailable'
          ? 'On Record does not run on this page.'
          : `Could not read this page: ${error.message}`}
      </p>
    );
  }
  if (!state) return <p class="empty">Loading…</p>;
  if (state.status !== 'article') {
    return (
      <p class="empty" data-testid="page-status">
        {STATUS_TEXT[state.status]}
      </p>
    );
  }
  const meta = [state.page?.outlet, shortDate(state.page?.publishedAt ?? null)].filter(Boolean);
  return (
    <div class="page-view">
      {state.storeError ? (
        <p class="store-error" role="alert" data-testid="store-error">
          {storeErrorText(state.storeError)}
        </p>
      ) : null}
      {state.page ? (
        <div class="page-meta">
          <p class="page-title" dir="auto" title={state.page.title}>
            {state.page.title}
          </p>
          {meta.length ? <p class="page-sub">{meta.join(' · ')}</p> : null}
        </div>
      ) : null}
      <OfficialsList
        officials={state.officials}
        total={state.counts.officials}
        others={state.counts.others}
        onMore={onMore}
      />
      <ClaimsList
        claims={state.claims}
        total={state.counts.claims}
        saves={saves}
        onSave={onSave}
        onMore={onMore}
      />
    </div>
  );
}
