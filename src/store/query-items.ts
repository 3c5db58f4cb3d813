/**
 * Finding saved items for the library: text search over quote, note, person, outlet and title;
 * filters; sort; counts per person/outlet/tag/sourcing kind for the filter menus. A personal
 * collection is thousands of items, so one indexed narrowing plus an in-memory pass is enough.
 */
import type { ItemSort } from './item-values.ts';
import type { SavedItem } from './saved-items.ts';
import type { OnRecordDb } from './schema.ts';
import type { SavedItemRecord } from './types.ts';
import { foldText } from './words.ts';

export { ITEM_SORTS, type ItemSort } from './item-values.ts';

export interface ItemFilter {
  text?: string;
  personId?: number;
  /** Matches the article's publisher or the credited outlet. */
  outlet?: string;
  tag?: string;
  sourceKind?: SavedItemRecord['sourceKind'];
  url?: string;
  /** Publication date range, inclusive, compared as ISO prefixes ("2024", "2024-03-01"). */
  from?: string;
  to?: string;
}

export interface ItemQuery extends ItemFilter {
  sort?: ItemSort;
  limit?: number;
  offset?: number;
}

export interface Facet<K> {
  value: K;
  label: string;
  count: number;
}

export interface ItemPage {
  items: SavedItem[];
  /** Items matching the filter (before limit/offset). */
  total: number;
  /** Items in the collection (not deleted), whatever the filter. */
  allCount: number;
  facets: {
    people: Array<Facet<number>>;
    outlets: Array<Facet<string>>;
    tags: Array<Facet<string>>;
    sourceKinds: Array<Facet<string>>;
  };
}

function haystack(i: SavedItemRecord): string {
  return foldText(
    [
      i.quote.exact,
      i.note,
      i.personName,
      i.sourceText,
      i.outlet,
      i.outletCredit,
      i.title,
      i.personTitle,
      ...i.tags,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

function matches(i: SavedItemRecord, f: ItemFilter, words: readonly string[]): boolean {
  if (i.deletedAt !== null) return false;
  if (f.personId !== undefined && i.personId !== f.personId) return false;
  if (f.outlet !== undefined && i.outlet !== f.outlet && i.outletCredit !== f.outlet) return false;
  if (f.tag !== undefined && !i.tags.includes(f.tag)) return false;
  if (f.sourceKind !== undefined && i.sourceKind !== f.sourceKind) return false;
  if (f.url !== undefined && i.url !== f.url) return false;
  if (!inRange(i.publishedAt, f.from, f.to)) return false;
  if (words.length) {
    const h = haystack(i);
    if (!words.every((w) => h.includes(w))) return false;
  }
  return true;
}

const byString = (a: string | null, b: string | null): number =>
  (a ?? '\uffff').localeCompare(b ?? '\uffff');

function comparator(sort: ItemSort): (a: SavedItem, b: SavedItem) => number {
  switch (sort) {
    case 'saved-asc':
      return (a, b) => a.savedAt.localeCompare(b.savedAt) || a.id - b.id;
    case 'published-desc':
      return (a, b) => byString(b.publishedAt ?? '', a.publishedAt ?? '') || b.id - a.id;
    case 'published-asc':
      return (a, b) => byString(a.publishedAt, b.publishedAt) || a.id - b.id;
    case 'person':
      return (a, b) => byString(a.personName, b.personName) || b.savedAt.localeCompare(a.savedAt);
    case 'outlet':
      return (a, b) => byString(a.outlet, b.outlet) || b.savedAt.localeCompare(a.savedAt);
    default:
      return (a, b) => b.savedAt.localeCompare(a.savedAt) || b.id - a.id;
  }
}

/** Names in reading order, numbers by value ("t2" before "t10"), case aside. */
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Counted values, most frequent first, or (`order: 'name'`) by name. */
function facet<K extends string | number>(
  items: readonly SavedItem[],
  pick: (i: SavedItem) => Array<[K, string]>,
  order: 'count' | 'name' = 'count',
): Array<Facet<K>> {
  const counts = new Map<K, Facet<K>>();
  for (const i of items) {
    for (const [value, label] of pick(i)) {
      const f = counts.get(value);
      if (f) f.count++;
      else counts.set(value, { value, label, count: 1 });
    }
  }
  const list = [...counts.values()];
  if (order === 'name') return list.sort((a, b) => byName.compare(a.label, b.label));
  return list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Every non-deleted item matching `filter`, sorted (used by export "what the filter shows"). */
export async function matchingItems(
  db: OnRecordDb,
  filter: ItemFilter,
  sort: ItemSort = 'saved-desc',
): Promise<SavedItem[]> {
  const words = foldText((filter.text ?? '').slice(0, 200))
    .split(/\s+/)
    .filter(Boolean);
  const base =
    filter.personId !== undefined
      ? db.savedItems.where('personId').equals(filter.personId)
      : filter.tag !== undefined
        ? db.savedItems.where('tags').equals(filter.tag)
        : filter.url !== undefined
          ? db.savedItems.where('url').equals(filter.url)
          : db.savedItems.toCollection();
  const rows = await base.filter((i) => matches(i, filter, words)).toArray();
  return (rows.filter((i) => i.id !== undefined) as SavedItem[]).sort(comparator(sort));
}

export async function queryItems(db: OnRecordDb, query: ItemQuery = {}): Promise<ItemPage> {
  const limit = Math.max(0, Math.min(1000, Math.floor(query.limit ?? 100)));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  return db.transaction('r', db.savedItems, async () => {
    const all = await matchingItems(db, query, query.sort);
    const allCount = await db.savedItems.filter((i) => i.deletedAt === null).count();
    return {
      items: all.slice(offset, offset + limit),
      total: all.length,
      allCount,
      facets: {
        people: facet(all, (i) =>
          i.personId === null ? [] : [[i.personId, i.personName ?? `#${i.personId}`]],
        ),
        outlets: facet(all, (i) =>
          [...new Set([i.outlet, i.outletCredit].filter((o): o is string => !!o))].map((o) => [
            o,
            o,
          ]),
        ),
        // Tags by name, as a reader looks one up in the filter.
        tags: facet(all, (i) => i.tags.map((t) => [t, t]), 'name'),
        sourceKinds: facet(all, (i) => [[i.sourceKind, i.sourceKind]]),
      },
    };
  });
}
