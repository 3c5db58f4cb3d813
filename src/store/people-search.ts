/**
 * Finding stored people by typed text: every typed word must be the start of one of the
 * person's name words (ASCII-folded, so "erdog" finds "Erdoğan"). Uses the `*words` index for
 * the first word; an empty query lists the most recently added people.
 */
import { liveOf, livePerson, type LivePerson } from './people-lookup.ts';
import { summaryOf, type PersonSummary } from './person-summary.ts';
import type { OnRecordDb } from './schema.ts';
import { foldWords } from './words.ts';

function matchesAll(p: LivePerson, words: readonly string[]): boolean {
  const own = p.words ?? [];
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

export async function searchPeople(
  db: OnRecordDb,
  query: string,
  limit = 20,
): Promise<PersonSummary[]> {
  const max = Math.max(1, Math.min(200, Math.floor(limit)));
  const words = foldWords(query.slice(0, 200)).slice(0, 8);
  return db.transaction('r', [db.people, db.statements, db.appearances], async () => {
    let found: LivePerson[];
    const first = words[0];
    if (first === undefined) {
      const rows = await db.people
        .orderBy(':id')
        .reverse()
        .filter((p) => p.mergedInto === null)
        .limit(max)
        .toArray();
      found = await liveOf(db, rows);
    } else {
      const rows = await db.people
        .where('words')
        .startsWith(first)
        .distinct()
        .limit(max * 20)
        .toArray();
      found = (await liveOf(db, rows)).filter((p) => matchesAll(p, words)).slice(0, max);
      found.sort((a, b) => a.name.localeCompare(b.name));
    }
    return Promise.all(found.map((p) => summaryOf(db, p)));
  });
}

/** One person's summary (merged ids are followed), or null when there is no such person. */
export async function getPerson(db: OnRecordDb, personId: number): Promise<PersonSummary | null> {
  return db.transaction('r', [db.people, db.statements, db.appearances], async () => {
    const p = await livePerson(db, personId);
    return p ? summaryOf(db, p) : null;
  });
}
