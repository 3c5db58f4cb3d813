/**
 * Roles the store holds for people an article names without one: "who succeeded Jens
 * Stoltenberg at the head of the alliance" gives Stoltenberg no title, but two articles read
 * earlier called him NATO Secretary General. The reader should see him highlighted as the
 * official he is, and the card should say where that role was read.
 */
import type { OnRecordDb } from './schema.ts';
import type { RoleRecord } from './types.ts';

/** A role read in another article, with that article's title, outlet, host and date. */
export interface EarlierRole {
  title: string;
  organization: string | null;
  country: string | null;
  /** The other article's publication date (or first visit). */
  date: string;
  articleTitle: string | null;
  outlet: string | null;
  /** Host the other article was read on ("www.reuters.com"), or null. */
  host: string | null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/**
 * The role to show: the latest read in another article dated no later than this one (an office
 * held after the article was written is not what it refers to), else the earliest one.
 */
function pickRole(
  roles: readonly RoleRecord[],
  exceptArticle: number | null,
  asOf: string | null,
): RoleRecord | null {
  const others = roles.filter((r) => r.articleId !== exceptArticle && r.title.trim() !== '');
  if (others.length === 0) return null;
  const sorted = [...others].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!asOf) return sorted[sorted.length - 1] ?? null;
  const before = sorted.filter((r) => r.date.slice(0, 10) <= asOf.slice(0, 10));
  return before[before.length - 1] ?? null;
}

/**
 * For each entry, the role the store holds for that person from another article, when the
 * article itself gives none (`untitled`); null otherwise. Read-only.
 */
export async function earlierRoles(
  db: OnRecordDb,
  people: ReadonlyArray<{ personId: number | null; untitled: boolean }>,
  article: { id: number | null; publishedAt: string | null },
): Promise<Array<EarlierRole | null>> {
  return db.transaction('r', [db.people, db.articles], async () => {
    const out: Array<EarlierRole | null> = [];
    for (const p of people) {
      if (!p.untitled || p.personId === null) {
        out.push(null);
        continue;
      }
      let person = await db.people.get(p.personId);
      // A person merged by the user into another: that one holds the roles.
      for (let hops = 0; person?.mergedInto && hops < 5; hops++)
        person = await db.people.get(person.mergedInto);
      const role = person ? pickRole(person.roles, article.id, article.publishedAt) : null;
      if (!role) {
        out.push(null);
        continue;
      }
      const source = await db.articles.get(role.articleId);
      out.push({
        title: role.title,
        organization: role.organization,
        country: role.country,
        date: role.date,
        articleTitle: source?.title ?? null,
        outlet: source?.outlet ?? null,
        host: source ? hostOf(source.url) : null,
      });
    }
    return out;
  });
}
