/**
 * The user's decisions about people: merge two, split a wrong merge, rename. The user is the
 * final authority, so each edit sets `userEdited`, and a merged person is kept as a tombstone
 * (`mergedInto`) whose name keys keep leading future articles to the person it became.
 */
import { nameKeys } from '../identity/index.ts';
import { LIMITS, bound } from './bounds.ts';
import { nowIso } from './clock.ts';
import { StoreError, guard } from './errors.ts';
import { addRole } from './ingest-people.ts';
import { livePerson, type LivePerson } from './people-lookup.ts';
import { summaryOf, type PersonSummary } from './person-summary.ts';
import type { OnRecordDb } from './schema.ts';
import type { PersonRecord, RoleRecord } from './types.ts';
import { personWords } from './words.ts';

async function mustLive(db: OnRecordDb, id: number): Promise<LivePerson> {
  const p = await livePerson(db, id);
  if (!p || p.id !== id)
    throw new StoreError('not-found', `No person ${id} (or it was merged into another).`);
  return p;
}

async function summary(db: OnRecordDb, id: number): Promise<PersonSummary> {
  return summaryOf(db, await mustLive(db, id));
}

function keysOf(names: readonly string[]): string[] {
  return [...new Set(names.flatMap(nameKeys))];
}

/** Moves everything of `mergeId` onto `keepId`; `mergeId` becomes a tombstone. */
export async function mergePeople(
  db: OnRecordDb,
  keepId: number,
  mergeId: number,
): Promise<PersonSummary> {
  if (keepId === mergeId) throw new StoreError('invalid', 'Cannot merge a person into themselves.');
  return guard(() =>
    db.transaction('rw', [db.people, db.appearances, db.statements, db.savedItems], async () => {
      const now = nowIso();
      const keep = await mustLive(db, keepId);
      const gone = await mustLive(db, mergeId);
      const aliases = [...new Set([...keep.aliases, ...gone.aliases])].slice(-LIMITS.aliases);
      let roles: RoleRecord[] = keep.roles;
      for (const r of gone.roles) roles = addRole(roles, r);
      await db.people.put({
        ...keep,
        aliases,
        keys: [...new Set([...keep.keys, ...gone.keys])],
        words: personWords(keep.name, aliases),
        roles,
        userEdited: true,
        updatedAt: now,
      });
      await db.people.put({ ...gone, mergedInto: keepId, userEdited: true, updatedAt: now });
      await db.people.where('mergedInto').equals(mergeId).modify({ mergedInto: keepId });
      for (const app of await db.appearances
        .where('[personId+articleId]')
        .between([mergeId, 0], [mergeId, Infinity])
        .toArray()) {
        const twin = await db.appearances
          .where('[personId+articleId]')
          .equals([keepId, app.articleId])
          .first();
        if (twin && twin.id !== undefined && app.id !== undefined) {
          await db.appearances.update(twin.id, {
            mentionCount: twin.mentionCount + app.mentionCount,
          });
          await db.appearances.delete(app.id);
        } else if (app.id !== undefined) {
          await db.appearances.update(app.id, { personId: keepId });
        }
      }
      await db.statements.where('personId').equals(mergeId).modify({ personId: keepId });
      await db.savedItems.where('personId').equals(mergeId).modify({ personId: keepId });
      return summary(db, keepId);
    }),
  );
}

/**
 * Splits the articles where `personId` was written as one of `aliases` off into a new person
 * (with those aliases, the titles and statements of those articles, and the saved items made
 * under those names). Returns both people.
 */
export async function splitPerson(
  db: OnRecordDb,
  personId: number,
  aliases: readonly string[],
): Promise<{ kept: PersonSummary; created: PersonSummary }> {
  return guard(() =>
    db.transaction('rw', [db.people, db.appearances, db.statements, db.savedItems], async () => {
      const now = nowIso();
      const p = await mustLive(db, personId);
      const moving = new Set(aliases.filter((a) => p.aliases.includes(a)));
      const staying = p.aliases.filter((a) => !moving.has(a));
      if (moving.size === 0)
        throw new StoreError('invalid', 'None of those names belong to this person.');
      if (staying.length === 0)
        throw new StoreError('invalid', 'A split must leave at least one name behind.');
      const apps = await db.appearances
        .where('[personId+articleId]')
        .between([personId, 0], [personId, Infinity])
        .toArray();
      const movedArticles = new Set(
        apps.filter((a) => moving.has(a.nameInArticle)).map((a) => a.articleId),
      );
      const movedNames = [...moving];
      const name = movedNames.reduce((a, b) =>
        b.split(/\s+/).length > a.split(/\s+/).length ? b : a,
      );
      const created: PersonRecord = {
        name,
        aliases: movedNames,
        keys: keysOf(movedNames),
        words: personWords(name, movedNames),
        roles: p.roles.filter((r) => movedArticles.has(r.articleId)),
        userEdited: true,
        mergedInto: null,
        createdAt: now,
        updatedAt: now,
      };
      const newId = await db.people.add(created);
      const keptName = moving.has(p.name)
        ? staying.reduce((a, b) => (b.length > a.length ? b : a))
        : p.name;
      await db.people.put({
        ...p,
        name: keptName,
        aliases: staying,
        keys: keysOf([keptName, ...staying]),
        words: personWords(keptName, staying),
        roles: p.roles.filter((r) => !movedArticles.has(r.articleId)),
        userEdited: true,
        updatedAt: now,
      });
      await db.people
        .where('mergedInto')
        .equals(personId)
        .filter((t) => moving.has(t.name))
        .modify({ mergedInto: newId });
      await db.appearances
        .where('[personId+articleId]')
        .between([personId, 0], [personId, Infinity])
        .filter((a) => movedArticles.has(a.articleId))
        .modify({ personId: newId });
      await db.statements
        .where('personId')
        .equals(personId)
        .filter((s) => movedArticles.has(s.articleId))
        .modify({ personId: newId });
      await db.savedItems
        .where('personId')
        .equals(personId)
        .filter((i) => i.personName !== null && moving.has(i.personName))
        .modify({ personId: newId });
      return { kept: await summary(db, personId), created: await summary(db, newId) };
    }),
  );
}

/** Renames a person; the new name becomes an alias, and new articles never rename them back. */
export async function renamePerson(
  db: OnRecordDb,
  personId: number,
  name: string,
): Promise<PersonSummary> {
  const clean = bound(name.replace(/\s+/g, ' ').trim(), LIMITS.name);
  if (!clean) throw new StoreError('invalid', 'A name cannot be empty.');
  return guard(() =>
    db.transaction('rw', [db.people, db.statements, db.appearances], async () => {
      const p = await mustLive(db, personId);
      const aliases = p.aliases.includes(clean)
        ? p.aliases
        : [...p.aliases, clean].slice(-LIMITS.aliases);
      await db.people.put({
        ...p,
        name: clean,
        aliases,
        keys: [...new Set([...p.keys, ...nameKeys(clean)])],
        words: personWords(clean, aliases),
        userEdited: true,
        updatedAt: nowIso(),
      });
      return summary(db, personId);
    }),
  );
}
