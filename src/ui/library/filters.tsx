/** Search box, filters and sort for the library list. Every control is a labelled native input. */
import type {
  ItemPageView,
  ItemQueryView,
  ItemSortView,
  ItemSourceKind,
} from '../../messaging/collection.ts';
import { ITEM_SORT_VIEWS, ITEM_SOURCE_KINDS } from '../../messaging/collection-views.ts';
import { safeText } from '../shared/safe-text.ts';
import { SORT_LABELS, SOURCE_KIND_LABELS } from './labels.ts';

export interface FiltersProps {
  query: ItemQueryView;
  facets: ItemPageView['facets'] | null;
  onChange: (next: ItemQueryView) => void;
}

function without<K extends keyof ItemQueryView>(
  q: ItemQueryView,
  key: K,
  value: ItemQueryView[K] | undefined,
): ItemQueryView {
  const next: ItemQueryView = { ...q };
  delete next.offset;
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

export function Filters({ query, facets, onChange }: FiltersProps) {
  const set = <K extends keyof ItemQueryView>(key: K, value: ItemQueryView[K] | undefined): void =>
    onChange(without(query, key, value));
  const people = facets?.people ?? [];
  const outlets = facets?.outlets ?? [];
  const tags = facets?.tags ?? [];
  const hasFilter = ['text', 'personId', 'outlet', 'tag', 'sourceKind', 'from', 'to'].some(
    (k) => query[k as keyof ItemQueryView] !== undefined,
  );
  return (
    <form
      class="filters"
      role="search"
      aria-label="Find saved items"
      onSubmit={(e) => e.preventDefault()}
    >
      <label class="field field-wide">
        <span>Search quotes, notes, people, outlets</span>
        <input
          type="search"
          value={query.text ?? ''}
          maxLength={200}
          onInput={(e) => set('text', e.currentTarget.value)}
          data-testid="search"
        />
      </label>
      <label class="field">
        <span>Person</span>
        <select
          value={query.personId === undefined ? '' : String(query.personId)}
          onChange={(e) =>
            set('personId', e.currentTarget.value ? Number(e.currentTarget.value) : undefined)
          }
        >
          <option value="">All people</option>
          {people.map((p) => (
            <option value={String(p.value)} key={p.value}>
              {safeText(p.label, 60)} ({p.count})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Outlet</span>
        <select
          value={query.outlet ?? ''}
          onChange={(e) => set('outlet', e.currentTarget.value || undefined)}
        >
          <option value="">All outlets</option>
          {outlets.map((o) => (
            <option value={o.value} key={o.value}>
              {safeText(o.label, 60)} ({o.count})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Tag</span>
        <select
          value={query.tag ?? ''}
          onChange={(e) => set('tag', e.currentTarget.value || undefined)}
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option value={t.value} key={t.value}>
              {safeText(t.label, 60)} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Sourcing</span>
        <select
          value={query.sourceKind ?? ''}
          onChange={(e) =>
            set('sourceKind', (e.currentTarget.value || undefined) as ItemSourceKind | undefined)
          }
        >
          <option value="">Any sourcing</option>
          {ITEM_SOURCE_KINDS.map((k) => (
            <option value={k} key={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Published from</span>
        <input
          type="date"
          value={query.from ?? ''}
          onChange={(e) => set('from', e.currentTarget.value || undefined)}
        />
      </label>
      <label class="field">
        <span>Published to</span>
        <input
          type="date"
          value={query.to ?? ''}
          onChange={(e) => set('to', e.currentTarget.value || undefined)}
        />
      </label>
      <label class="field">
        <span>Sort</span>
        <select
          value={query.sort ?? 'saved-desc'}
          onChange={(e) => set('sort', e.currentTarget.value as ItemSortView)}
        >
          {ITEM_SORT_VIEWS.map((s) => (
            <option value={s} key={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {hasFilter ? (
        <button
          type="button"
          class="button-quiet"
          onClick={() => onChange({ ...(query.sort ? { sort: query.sort } : {}) })}
        >
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
