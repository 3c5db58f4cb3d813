/**
 * Adding items read from an export file (already validated by `src/export`): one transaction,
 * so a full disk adds nothing; duplicates (by fingerprint) are reported, not added; a deleted
 * twin is brought back; the speaker is linked to a stored person by name, or a person is created
 * so filters and timelines work in a fresh profile.
 */
import { nameKeys } from '../identity/index.ts';
import { nowIso } from './clock.ts';
import { guard } from './errors.ts';
import { candidatesFor } from './people-lookup.ts';
import { itemFingerprint } from './saved-items.ts';
import type { OnRecordDb } from './schema.ts';
import type { PersonRecord, SavedItemRecord } from './types.ts';
import { personWords } from './words.ts';

export interface ImportSkip {
  /** Position of the item in the file (0-based). */
  index: number;
  reason: string;
  /** The start of the quote, to help the user find it. */
  quote: string | null;
}

export interface ImportReport {
  added: number;
  skipped: ImportSkip[];
  /** Items in the file. */
  total: number;
}

/** An item from a file, without id/personId (those are local to the profile that exported). */
export type ImportedItem = Omit<SavedItemRecord, 'id' | 'personId' | 'fingerprint'>;

async function personFor(db: OnRecordDb, item: ImportedItem, now: string): Promise<number | null> {
  const name = item.personName;
  if (!name) return null;
  const lower = name.toLowerCase();
  const known = (await candidatesFor(db, name)).find((p) =>
    [p.name, ...p.aliases].some((n) => n.toLowerCase() === lower),
  );
  if (known) return known.id;
  if (nameKeys(name).length === 0) return null;
  const person: PersonRecord = {
    name,
    aliases: [name],
    keys: nameKeys(name),
    words: personWords(name, [name]),
    roles: item.personTitle
      ? [
          {
            title: item.personTitle,
            organization: null,
            country: null,
            date: item.publishedAt ?? item.savedAt,
            articleId: 0,
          },
        ]
      : [],
    userEdited: false,
    mergedInto: null,
    createdAt: now,
    updatedAt: now,
  };
  return db.people.add(person);
}

/** Adds `items` (with per-item `invalid` skips already decided by the caller). */
export async function addImportedItems(
  db: OnRecordDb,
  items: ReadonlyArray<{ index: number; item: ImportedItem }>,
  invalid: readonly ImportSkip[],
  total: number,
): Promise<ImportReport> {
  return guard(() =>
    db.transaction('rw', [db.savedItems, db.people], async () => {
      const now = nowIso();
      const skipped = [...invalid];
      const seen = new Set<string>();
      let added = 0;
      for (const { index, item } of items) {
        const fingerprint = itemFingerprint(item.url, item.quote.exact);
        const quote = item.quote.exact.slice(0, 80);
        if (seen.has(fingerprint)) {
          skipped.push({ index, reason: 'The same quote appears earlier in the file.', quote });
          continue;
        }
        seen.add(fingerprint);
        const existing = await db.savedItems.where('fingerprint').equals(fingerprint).first();
        if (existing && existing.deletedAt === null) {
          skipped.push({ index, reason: 'Already in the collection.', quote });
          continue;
        }
        const personId = await personFor(db, item, now);
        const record: SavedItemRecord = { ...item, personId, fingerprint, deletedAt: null };
        if (existing?.id !== undefined) await db.savedItems.put({ ...record, id: existing.id });
        else await db.savedItems.add(record);
        added++;
      }
      skipped.sort((a, b) => a.index - b.index);
      return { added, skipped, total };
    }),
  );
}
