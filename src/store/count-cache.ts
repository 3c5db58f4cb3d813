/**
 * Memoised per-person counts. IndexedDB has no O(1) count: counting a person's statements walks
 * every matching index entry, 25–50 ms for someone quoted thousands of times, and hovercards ask
 * for the same people again and again. So counts are kept per database and thrown away whenever
 * a statement or appearance is written, changed or deleted (Dexie table hooks bump a generation).
 *
 * Why a read can't cache stale numbers: the hook runs inside the writing transaction, and a
 * read transaction created after it waits for that write to commit (IndexedDB orders
 * overlapping transactions), so a count computed after the bump sees the new rows. A count
 * computed before the bump is stored under the old generation and never served.
 */
import type { OnRecordDb } from './schema.ts';

interface Cache<T> {
  generation: number;
  entries: Map<number, { generation: number; value: T }>;
}

const caches = new WeakMap<OnRecordDb, Cache<unknown>>();

/** Most people a cache keeps; beyond it the oldest entries go (insertion order). */
const MAX_ENTRIES = 5000;

function cacheFor<T>(db: OnRecordDb): Cache<T> {
  let cache = caches.get(db) as Cache<T> | undefined;
  if (!cache) {
    const fresh: Cache<T> = { generation: 0, entries: new Map() };
    const bump = (): void => {
      fresh.generation++;
    };
    for (const table of [db.statements, db.appearances, db.people]) {
      table.hook('creating', bump);
      table.hook('updating', bump);
      table.hook('deleting', bump);
    }
    caches.set(db, fresh as Cache<unknown>);
    cache = fresh;
  }
  return cache;
}

/** Drops every cached count of `db` (for writes that bypass hooks, such as `Table.clear()`). */
export function forgetCounts(db: OnRecordDb): void {
  const cache = caches.get(db);
  if (cache) {
    cache.generation++;
    cache.entries.clear();
  }
}

/** `compute(personId)`, or its cached result when nothing was written since. */
export async function cachedCount<T>(
  db: OnRecordDb,
  personId: number,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = cacheFor<T>(db);
  const hit = cache.entries.get(personId);
  if (hit && hit.generation === cache.generation) return hit.value;
  const generation = cache.generation;
  const value = await compute();
  if (cache.entries.size >= MAX_ENTRIES) {
    const oldest = cache.entries.keys().next();
    if (!oldest.done) cache.entries.delete(oldest.value);
  }
  cache.entries.set(personId, { generation, value });
  return value;
}
