/**
 * Read-only person resolution, for pages we must not store (a private window without the
 * opt-in): the hovercard can still show what a known person said before, but nothing about this
 * visit is written. Same decision as ingest (identity's `resolvePerson` over stored candidates).
 */
import type { Analysis } from '../../src/core/types.ts';
import { resolvePerson, type ArticleContext } from '../../src/identity/index.ts';
import { toArticlePerson } from '../../src/store/ingest-people.ts';
import { candidatesFor, toKnownPerson } from '../../src/store/people-lookup.ts';
import type { OnRecordDb } from '../../src/store/index.ts';

export async function lookupPeople(
  db: OnRecordDb,
  analysis: Analysis,
  publishedAt: string | null,
): Promise<Array<number | null>> {
  const ctx: ArticleContext = { publishedAt, people: analysis.people.map(toArticlePerson) };
  return db.transaction('r', [db.people], async () => {
    const ids: Array<number | null> = [];
    for (const person of ctx.people) {
      const candidates = await candidatesFor(db, person.name);
      const r = resolvePerson(person, ctx, candidates.map(toKnownPerson));
      ids.push(r.kind === 'match' ? r.personId : null);
    }
    return ids;
  });
}
