/**
 * The library page: the researcher's collection in a full tab. Search and filters on top, the
 * list of saved items (edit, delete with undo), a person's timeline, and export/import/backup.
 * All data comes through `LibraryApi`; the status line is an ARIA live region.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ItemPageView, ItemQueryView } from '../../messaging/collection.ts';
import { safeText } from '../shared/safe-text.ts';
import { Filters } from './filters.tsx';
import { ItemCard } from './item-card.tsx';
import { errorText, type LibraryApi } from './library-api.ts';
import { plural } from './labels.ts';
import { PersonPanel } from './person-panel.tsx';
import { requestPersistence, type PersistState } from './persist.ts';
import { TransferPanel } from './transfer-panel.tsx';

const PAGE = 50;
const DEBOUNCE_MS = 200;

export interface LibraryAppProps {
  api: LibraryApi;
  /** Injected in tests; defaults to navigator.storage.persist(). */
  persist?: () => Promise<PersistState>;
  download?: (filename: string, mime: string, text: string) => void;
}

export function LibraryApp({ api, persist = requestPersistence, download }: LibraryAppProps) {
  const [query, setQuery] = useState<ItemQueryView>({});
  const [page, setPage] = useState<ItemPageView | null>(null);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<{ id: number; quote: string } | null>(null);
  const [personId, setPersonId] = useState<number | null>(null);
  const [persistState, setPersistState] = useState<PersistState | null>(null);
  const [reload, setReload] = useState(0);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void persist().then(setPersistState);
  }, [persist]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () =>
        void api
          .request({ type: 'collection/query', query: { ...query, limit: PAGE } })
          .then((r) => {
            if (!live) return;
            if (r.ok) setPage(r.value);
            else setStatus(errorText(r));
          }),
      query.text ? DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, reload]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  const remove = async (id: number, quote: string): Promise<void> => {
    const r = await api.request({ type: 'collection/delete', itemId: id });
    if (!r.ok) return setStatus(errorText(r));
    setUndo({ id, quote });
    setStatus('Item deleted.');
    refresh();
    setTimeout(() => undoButton.current?.focus(), 0);
  };

  const undoDelete = async (): Promise<void> => {
    if (!undo) return;
    const r = await api.request({ type: 'collection/undo-delete', itemId: undo.id });
    setUndo(null);
    setStatus(r.ok ? 'Item restored.' : errorText(r));
    refresh();
  };

  const { limit: _l, offset, sort, ...filter } = query;
  const filtered = Object.keys(filter).length > 0;
  const shown = page?.items.length ?? 0;
  const from = offset ?? 0;

  return (
    <div class="library">
      <header class="top">
        <h1>On Record — Collection</h1>
        <p class="muted" aria-live="polite">
          {page
            ? filtered
              ? `${plural(page.total, 'item')} match, of ${page.allCount}`
              : plural(page.allCount, 'saved item')
            : 'Loading…'}
        </p>
      </header>
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
        {undo ? (
          <>
            {' '}
            <button
              type="button"
              ref={undoButton}
              onClick={() => void undoDelete()}
              data-testid="undo"
            >
              Undo delete of “{safeText(undo.quote, 40)}”
            </button>
          </>
        ) : null}
      </p>
      {personId !== null ? (
        <PersonPanel
          api={api}
          personId={personId}
          onClose={() => setPersonId(null)}
          onStatus={setStatus}
          onPerson={setPersonId}
        />
      ) : (
        <main>
          <Filters query={query} facets={page?.facets ?? null} onChange={setQuery} />
          {page && page.items.length === 0 ? (
            <p class="empty">
              {page.allCount === 0
                ? 'Nothing saved yet. Save a claim from a news article’s hovercard, the popup, or by selecting text and choosing “Save to On Record”.'
                : 'No saved item matches these filters.'}
            </p>
          ) : null}
          <div class="items" aria-label="Saved items">
            {page?.items.map((item) => (
              <ItemCard
                key={item.id}
                item={item}
                onPerson={setPersonId}
                onDelete={() => void remove(item.id, item.quote.exact)}
                onEdit={async (note, tags) => {
                  const r = await api.request({
                    type: 'collection/update',
                    itemId: item.id,
                    note,
                    tags,
                  });
                  setStatus(r.ok ? 'Saved your changes.' : errorText(r));
                  if (r.ok) refresh();
                }}
              />
            ))}
          </div>
          {page && page.total > PAGE ? (
            <nav class="pager" aria-label="Pages">
              <button
                type="button"
                disabled={from === 0}
                onClick={() => setQuery({ ...query, offset: Math.max(0, from - PAGE) })}
              >
                Previous
              </button>
              <span>
                {from + 1}–{from + shown} of {page.total}
              </span>
              <button
                type="button"
                disabled={from + PAGE >= page.total}
                onClick={() => setQuery({ ...query, offset: from + PAGE })}
              >
                Next
              </button>
            </nav>
          ) : null}
          <TransferPanel
            api={api}
            filter={filter}
            sort={sort}
            filtered={filtered}
            persist={persistState}
            onStatus={setStatus}
            onChanged={refresh}
            {...(download ? { download } : {})}
          />
        </main>
      )}
    </div>
  );
}
