/**
 * Saving into the collection, editing, deleting with undo. Each call is one transaction: a
 * quota error (or any failure) leaves no half-written item and surfaces as `StoreError('quota')`.
 * The same quote on the same page is saved once (the unique `fingerprint` index guarantees it
 * even when five tabs save at the same moment).
 */
import { LIMITS, bound, boundOrNull } from './bounds.ts';
import { nowIso } from './clock.ts';
import { StoreError, guard } from './errors.ts';
import { fingerprint } from './hash.ts';
import type { OnRecordDb } from './schema.ts';
import type { SavedItemRecord } from './types.ts';

/** What a caller supplies to save a quote (the store adds ids, times, status, fingerprint). */
export interface SaveItemInput {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  url: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  personId: number | null;
  personName: string | null;
  personTitle: string | null;
  sourceText: string | null;
  sourceKind: SavedItemRecord['sourceKind'];
  cue: string | null;
  direct: boolean | null;
  outletCredit: string | null;
  note?: string;
  tags?: string[];
}

export type SavedItem = SavedItemRecord & { id: number };

export interface SaveResult {
  item: SavedItem;
  /** True when this quote was already in the collection (nothing new was written). */
  duplicate: boolean;
}

/** The dedup key: the page and the quote with its spacing normalised. */
export function itemFingerprint(url: string, exact: string): string {
  return fingerprint('saved', url, exact.replace(/\s+/g, ' ').trim());
}

/** True for an absolute http(s) URL of sane length (never `javascript:` or `data:`). */
export function isWebUrl(url: string): boolean {
  if (!url || url.length > LIMITS.url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Trims, bounds and de-duplicates tags (case-insensitively, first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = bound(raw.replace(/\s+/g, ' ').trim(), LIMITS.tag);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
    if (out.length >= LIMITS.tags) break;
  }
  return out;
}

/** Builds the record for `input` (exported for import, which adds records the same way). */
export function toRecord(input: SaveItemInput, now: string): SavedItemRecord {
  const exact = bound(input.quote.exact, LIMITS.quote);
  if (!exact.trim()) throw new StoreError('invalid', 'There is no text to save.');
  if (!isWebUrl(input.url)) throw new StoreError('invalid', 'Only http(s) pages can be saved.');
  const { start, end } = input.position;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new StoreError('invalid', 'The quote position is not valid.');
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: bound(input.quote.prefix, LIMITS.context),
      suffix: bound(input.quote.suffix, LIMITS.context),
    },
    position: { type: 'TextPositionSelector', start, end },
    url: input.url,
    title: bound(input.title, LIMITS.title),
    outlet: boundOrNull(input.outlet, LIMITS.outlet),
    publishedAt: input.publishedAt,
    savedAt: now,
    personId: input.personId,
    personName: boundOrNull(input.personName, LIMITS.name),
    personTitle: boundOrNull(input.personTitle, LIMITS.role),
    sourceText: boundOrNull(input.sourceText, LIMITS.name),
    sourceKind: input.sourceKind,
    cue: boundOrNull(input.cue, LIMITS.cue),
    direct: input.direct,
    outletCredit: boundOrNull(input.outletCredit, LIMITS.outlet),
    note: bound(input.note ?? '', LIMITS.note),
    tags: cleanTags(input.tags ?? []),
    anchorStatus: 'unchecked',
    currentText: null,
    checkedAt: null,
    fingerprint: itemFingerprint(input.url, exact),
    deletedAt: null,
    updatedAt: now,
  };
}

function withId(item: SavedItemRecord | undefined): SavedItem | undefined {
  return item && item.id !== undefined ? (item as SavedItem) : undefined;
}

/** Saves a quote; saving it again returns the existing item (restoring it if it was deleted). */
export async function saveItem(db: OnRecordDb, input: SaveItemInput): Promise<SaveResult> {
  const record = toRecord(input, nowIso());
  const attempt = (): Promise<SaveResult> =>
    db.transaction('rw', db.savedItems, async () => {
      const existing = withId(
        await db.savedItems.where('fingerprint').equals(record.fingerprint).first(),
      );
      if (existing) {
        if (existing.deletedAt === null) return { item: existing, duplicate: true };
        const restored = { ...existing, deletedAt: null, updatedAt: record.updatedAt };
        await db.savedItems.put(restored);
        return { item: restored, duplicate: false };
      }
      const id = await db.savedItems.add(record);
      return { item: { ...record, id }, duplicate: false };
    });
  return guard(async () => {
    try {
      return await attempt();
    } catch (err) {
      // Another context added the same quote between our read and write: return theirs.
      if (
        typeof err === 'object' &&
        err !== null &&
        'name' in err &&
        err.name === 'ConstraintError'
      )
        return attempt();
      throw err;
    }
  });
}

async function mustGet(db: OnRecordDb, id: number, allowDeleted = false): Promise<SavedItem> {
  const item = withId(await db.savedItems.get(id));
  if (!item || (!allowDeleted && item.deletedAt !== null))
    throw new StoreError('not-found', `No saved item ${id}.`);
  return item;
}

export async function getItem(db: OnRecordDb, id: number): Promise<SavedItem> {
  return guard(() => mustGet(db, id));
}

/** Edits the note and/or tags of an item. */
export async function updateItem(
  db: OnRecordDb,
  id: number,
  changes: { note?: string; tags?: string[] },
): Promise<SavedItem> {
  return guard(() =>
    db.transaction('rw', db.savedItems, async () => {
      const item = await mustGet(db, id);
      const next: SavedItem = {
        ...item,
        note: changes.note === undefined ? item.note : bound(changes.note, LIMITS.note),
        tags: changes.tags === undefined ? item.tags : cleanTags(changes.tags),
        updatedAt: nowIso(),
      };
      await db.savedItems.put(next);
      return next;
    }),
  );
}

/** Soft-deletes an item; `undoDelete` brings it back. */
export async function deleteItem(db: OnRecordDb, id: number): Promise<SavedItem> {
  return guard(() =>
    db.transaction('rw', db.savedItems, async () => {
      const item = await mustGet(db, id);
      const next = { ...item, deletedAt: nowIso(), updatedAt: nowIso() };
      await db.savedItems.put(next);
      return next;
    }),
  );
}

export async function undoDelete(db: OnRecordDb, id: number): Promise<SavedItem> {
  return guard(() =>
    db.transaction('rw', db.savedItems, async () => {
      const item = await mustGet(db, id, true);
      const next = { ...item, deletedAt: null, updatedAt: nowIso() };
      await db.savedItems.put(next);
      return next;
    }),
  );
}

/** Removes for good the items deleted before `before` (ISO). Returns how many. */
export async function purgeDeleted(db: OnRecordDb, before: string): Promise<number> {
  return guard(() => db.savedItems.where('deletedAt').below(before).delete());
}
