/**
 * Reading people the way identity needs them: candidates for a name (by the `keys` index), with
 * user merges followed (a merged row is a tombstone pointing at the person it became).
 */
import { nameKeys, type KnownPerson } from '../identity/index.ts';
import type { OnRecordDb } from './schema.ts';
import type { PersonRecord } from './types.ts';

/** A stored person that is not a tombstone (has an id, `mergedInto` is null). */
export type LivePerson = PersonRecord & { id: number };

const MAX_MERGE_HOPS = 16;

/** Follows `mergedInto` from `id` to the live person, or null when the chain is broken. */
export async function livePerson(db: OnRecordDb, id: number): Promise<LivePerson | null> {
  let current = await db.people.get(id);
  for (let hops = 0; current && current.mergedInto !== null && hops < MAX_MERGE_HOPS; hops++) {
    current = await db.people.get(current.mergedInto);
  }
  if (!current || current.id === undefined || current.mergedInto !== null) return null;
  return current as LivePerson;
}

/** Live people for a list of rows, tombstones replaced by their targets, without duplicates. */
export async function liveOf(db: OnRecordDb, rows: readonly PersonRecord[]): Promise<LivePerson[]> {
  const out = new Map<number, LivePerson>();
  for (const row of rows) {
    if (row.id === undefined) continue;
    const live = row.mergedInto === null ? (row as LivePerson) : await livePerson(db, row.id);
    if (live) out.set(live.id, live);
  }
  return [...out.values()];
}

/** Stored people who might be `name`, as identity's `KnownPerson`s. */
export async function candidatesFor(db: OnRecordDb, name: string): Promise<LivePerson[]> {
  const keys = nameKeys(name);
  if (keys.length === 0) return [];
  const rows = await db.people.where('keys').anyOf(keys).distinct().toArray();
  return liveOf(db, rows);
}

export function toKnownPerson(p: LivePerson): KnownPerson {
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    roles: p.roles.map((r) => ({
      title: r.title,
      organization: r.organization,
      country: r.country,
      date: r.date,
    })),
    userEdited: p.userEdited,
  };
}
