/**
 * Memoised per-person counts. IndexedDB has no O(1) count: counting a person's statements walks
 * every matching index entry, 25–50 ms for someone quoted thousands of times, and hovercards and
 * the popup's people list ask for the same people again and again. So counts are kept per
 * database and thrown away when something they depend on is written.
 *
 * What is thrown away is per person: a statement or appearance written, changed or deleted
 * bumps the generation of its person (both persons when a row moves from one to another, as a
 * merge or split does), so reading one article only recounts the people in it. The counts read
 * no people rows, so writes there don't matter. Writes that bypass hooks (`Table.clear()`) call
 * `forgetCounts`, which bumps everyone.
 *
 * Why a read can't cache stale numbers: the hooks run inside the writing transaction, and a
 * read transaction created after it waits for that write to commit (IndexedDB orders
 * overlapping transactions), so a count computed after the bump sees the new rows. A count
 * computed before the bump is stored under the old generation and never served.
 */
import type { OnRecordDb } from './schema.ts';

interface Entry<T> {
  all: number;
  mine: number;
  value: T;
}

interface Cache<T> {
  /** Generation of everyone: bumped by writes that may touch any person. */
  all: number;
  /** Generation per person id, for the people whose rows were written. */
  people: Map<number, number>;
  entries: Map<number, Entry<T>>;
}

const caches = new WeakMap<OnRecordDb, Cache<unknown>>();

/** Most people a cache keeps counts (and generations) for; beyond it the oldest go. */
const MAX_ENTRIES = 5000;
const MAX_GENERATIONS = 50000;

interface PersonRow {
  personId?: number | null;
}

function bumpPerson(cache: Cache<unknown>, personId: unknown): void {
  if (typeof personId !== 'number') {
    // A row without a person can't change anyone's count, but an odd row must not go unseen.
    if (personId !== null && personId !== undefined) cache.all++;
    return;
  }
  if (cache.people.size >= MAX_GENERATIONS && !cache.people.has(personId)) {
    cache.people.clear();
    cache.all++;
  }
  cache.people.set(personId, (cache.people.get(personId) ?? 0) + 1);
}

function cacheFor<T>(db: OnRecordDb): Cache<T> {
  let cache = caches.get(db) as Cache<T> | undefined;
  if (!cache) {
    const fresh: Cache<unknown> = { all: 0, people: new Map(), entries: new Map() };
    for (const table of [db.statements, db.appearances]) {
      table.hook('creating', (_key, row: PersonRow) => bumpPerson(fresh, row.personId));
      table.hook('updating', (mods: Partial<PersonRow>, _key, row: PersonRow) => {
        bumpPerson(fresh, row.personId);
        if ('personId' in mods) bumpPerson(fresh, mods.personId);
      });
      table.hook('deleting', (_key, row: PersonRow) => bumpPerson(fresh, row.personId));
    }
    caches.set(db, fresh);
    cache = fresh as Cache<T>;
  }
  return cache;
}

/** Drops every cached count of `db` (for writes that bypass hooks, such as `Table.clear()`). */
export function forgetCounts(db: OnRecordDb): void {
  const cache = caches.get(db);
  if (cache) {
    cache.all++;
    cache.entries.clear();
  }
}

/** `compute(personId)`, or its cached result when nothing of that person was written since. */
export async function cachedCount<T>(
  db: OnRecordDb,
  personId: number,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = cacheFor<T>(db);
  const mine = (): number => cache.people.get(personId) ?? 0;
  const hit = cache.entries.get(personId);
  if (hit && hit.all === cache.all && hit.mine === mine()) return hit.value;
  const all = cache.all;
  const before = mine();
  const value = await compute();
  if (cache.entries.size >= MAX_ENTRIES && !cache.entries.has(personId)) {
    const oldest = cache.entries.keys().next();
    if (!oldest.done) cache.entries.delete(oldest.value);
  }
  cache.entries.set(personId, { all, mine: before, value });
  return value;
}
