/**
 * A person's timeline: what they were seen saying (statements from analysed articles) and what
 * the researcher saved from them, on one line ordered by the article's publication date. A
 * statement that was also saved appears once, marked saved.
 */
import { livePerson } from './people-lookup.ts';
import { personRange, withArticles } from './person-card.ts';
import type { OnRecordDb } from './schema.ts';

export interface TimelineEntry {
  kind: 'saved' | 'seen';
  /** Publication date of the article (or when it was first seen / saved, if unknown). */
  date: string;
  publishedAt: string | null;
  quote: string;
  cue: string | null;
  direct: boolean | null;
  outlet: string | null;
  outletCredit: string | null;
  articleTitle: string;
  url: string;
  itemId: number | null;
  statementId: number | null;
  note: string | null;
}

export interface Timeline {
  personId: number;
  name: string;
  entries: TimelineEntry[];
  /** True when older statements were left out (more than `limit`). */
  truncated: boolean;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Oldest first. `limit` bounds the seen statements read (newest kept). */
export async function personTimeline(
  db: OnRecordDb,
  personId: number,
  limit = 1000,
): Promise<Timeline | null> {
  return db.transaction('r', [db.people, db.statements, db.articles, db.savedItems], async () => {
    const person = await livePerson(db, personId);
    if (!person) return null;
    const max = Math.max(1, Math.min(5000, Math.floor(limit)));
    const rows = await personRange(db, person.id)
      .reverse()
      .limit(max + 1)
      .toArray();
    const seen = await withArticles(db, rows.slice(0, max));
    const saved = await db.savedItems
      .where('personId')
      .equals(person.id)
      .filter((i) => i.deletedAt === null)
      .toArray();
    const entries: TimelineEntry[] = saved.map((i) => ({
      kind: 'saved',
      date: i.publishedAt ?? i.savedAt,
      publishedAt: i.publishedAt,
      quote: i.quote.exact,
      cue: i.cue,
      direct: i.direct,
      outlet: i.outlet,
      outletCredit: i.outletCredit,
      articleTitle: i.title,
      url: i.url,
      itemId: i.id ?? null,
      statementId: null,
      note: i.note,
    }));
    for (const s of seen) {
      const content = squash(s.quote);
      const twin = entries.find(
        (e) =>
          e.kind === 'saved' &&
          e.url === s.url &&
          (squash(e.quote).includes(content) || content.includes(squash(e.quote))),
      );
      if (twin) {
        twin.statementId = s.id;
        continue;
      }
      const sortDate = rows.find((r) => r.id === s.id)?.sortDate ?? '';
      entries.push({
        kind: 'seen',
        date: s.publishedAt ?? sortDate,
        publishedAt: s.publishedAt,
        quote: s.quote,
        cue: s.cue,
        direct: s.direct,
        outlet: s.outlet,
        outletCredit: s.outletCredit,
        articleTitle: s.articleTitle,
        url: s.url,
        itemId: null,
        statementId: s.id,
        note: null,
      });
    }
    entries.sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'seen' ? -1 : 1),
    );
    return { personId: person.id, name: person.name, entries, truncated: rows.length > max };
  });
}
