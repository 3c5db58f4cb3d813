/**
 * The person half of ingesting an article: decide who each of the article's people is (identity
 * decides; the store only supplies candidates), then record the name variant, the title with the
 * article's date, and one appearance row per person per article.
 */
import type { Person } from '../core/types.ts';
import {
  nameKeys,
  resolvePerson,
  type ArticleContext,
  type ArticlePerson,
} from '../identity/index.ts';
import { LIMITS, bound, boundOrNull } from './bounds.ts';
import { candidatesFor, livePerson, toKnownPerson, type LivePerson } from './people-lookup.ts';
import type { OnRecordDb } from './schema.ts';
import type { AppearanceRecord, ArticleRecord, PersonRecord, RoleRecord } from './types.ts';
import { personWords } from './words.ts';

export interface PersonOutcome {
  personId: number | null;
  outcome: 'created' | 'matched' | 'revisit' | 'unlinked';
}

export function toArticlePerson(p: Person): ArticlePerson {
  return {
    name: bound(p.name, LIMITS.name),
    title: boundOrNull(p.title, LIMITS.role),
    organization: boundOrNull(p.organization, LIMITS.role),
    country: boundOrNull(p.country, LIMITS.role),
  };
}

function wordCount(name: string): number {
  return name.split(/\s+/).filter(Boolean).length;
}

/** The fuller of two forms of a name: more words, then more characters. */
function fuller(a: string, b: string): string {
  const d = wordCount(b) - wordCount(a);
  return d > 0 || (d === 0 && b.length > a.length) ? b : a;
}

function sameRole(a: RoleRecord, b: Omit<RoleRecord, 'articleId'>): boolean {
  return (
    a.title.toLowerCase() === b.title.toLowerCase() &&
    a.organization === b.organization &&
    a.country === b.country &&
    a.date.slice(0, 4) === b.date.slice(0, 4)
  );
}

/** Adds a title held at `date` unless the same title is already known for that year. */
export function addRole(roles: RoleRecord[], role: RoleRecord): RoleRecord[] {
  const same = roles.findIndex((r) => sameRole(r, role));
  if (same >= 0) {
    const old = roles[same];
    if (!old || old.date <= role.date) return roles;
    return roles.map((r, i) => (i === same ? role : r));
  }
  const next = [...roles, role];
  return next.length > LIMITS.roles ? next.slice(next.length - LIMITS.roles) : next;
}

/** Adds a surface name to a stored person, keeping keys/words/display name in step. */
export function withName(p: PersonRecord, name: string): PersonRecord {
  const aliases = p.aliases.includes(name)
    ? p.aliases
    : [...p.aliases, name].slice(-LIMITS.aliases);
  return {
    ...p,
    name: p.userEdited ? p.name : fuller(p.name, name),
    aliases,
    keys: [...new Set([...p.keys, ...nameKeys(name)])],
    words: personWords(p.name, aliases),
  };
}

function newPerson(ap: ArticlePerson, now: string): PersonRecord {
  return {
    name: ap.name,
    aliases: [ap.name],
    keys: nameKeys(ap.name),
    words: personWords(ap.name, [ap.name]),
    roles: [],
    userEdited: false,
    mergedInto: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Who `ap` is: the person this article already linked, a stored match, a new person, or nobody. */
async function decide(
  db: OnRecordDb,
  ap: ArticlePerson,
  ctx: ArticleContext,
  earlier: readonly AppearanceRecord[],
): Promise<{ person: LivePerson | null; outcome: PersonOutcome['outcome'] }> {
  const seen = earlier.find((a) => a.nameInArticle === ap.name);
  if (seen) {
    const live = await livePerson(db, seen.personId);
    if (live) return { person: live, outcome: 'revisit' };
  }
  const candidates = await candidatesFor(db, ap.name);
  const r = resolvePerson(ap, ctx, candidates.map(toKnownPerson));
  if (r.kind === 'unlinked') return { person: null, outcome: 'unlinked' };
  if (r.kind === 'match') {
    const live = candidates.find((c) => c.id === r.personId) ?? (await livePerson(db, r.personId));
    if (live) return { person: live, outcome: 'matched' };
  }
  return { person: null, outcome: 'created' };
}

/**
 * Resolves and records one of the article's people; returns the stored person id (null when
 * identity leaves a bare surname unlinked). Must run inside the ingest transaction.
 */
export async function recordPerson(
  db: OnRecordDb,
  person: Person,
  ctx: ArticleContext,
  article: ArticleRecord & { id: number },
  earlier: readonly AppearanceRecord[],
  touched: Map<number, number>,
  now: string,
): Promise<PersonOutcome> {
  const ap = toArticlePerson(person);
  const { person: found, outcome } = await decide(db, ap, ctx, earlier);
  if (outcome === 'unlinked') return { personId: null, outcome };
  let record: PersonRecord = found ?? newPerson(ap, now);
  record = withName(record, ap.name);
  if (ap.title) {
    const date = article.publishedAt ?? article.firstSeenAt;
    const role = {
      title: ap.title,
      organization: ap.organization,
      country: ap.country,
      date,
      articleId: article.id,
    };
    record = { ...record, roles: addRole(record.roles, role) };
  }
  record.updatedAt = now;
  const personId = await db.people.put(record);
  // Two of the article's people may be one stored person ("Joe Biden" and "Biden"): add up.
  const mentions = (touched.get(personId) ?? 0) + person.mentions.length;
  touched.set(personId, mentions);
  await recordAppearance(db, personId, article.id, ap, mentions);
  return { personId, outcome };
}

async function recordAppearance(
  db: OnRecordDb,
  personId: number,
  articleId: number,
  ap: ArticlePerson,
  mentionCount: number,
): Promise<void> {
  const existing = await db.appearances
    .where('[personId+articleId]')
    .equals([personId, articleId])
    .first();
  const row: AppearanceRecord = {
    ...(existing ?? {}),
    personId,
    articleId,
    nameInArticle:
      existing && wordCount(existing.nameInArticle) > wordCount(ap.name)
        ? existing.nameInArticle
        : ap.name,
    title: ap.title ?? existing?.title ?? null,
    mentionCount,
  };
  await db.appearances.put(row);
}
