/**
 * Import of our own JSON export. The file as a whole is checked first: anything that is not an
 * On Record collection (corrupt JSON, another tool's file, a newer format) is refused with a
 * reason and changes nothing. Then each item is checked; bad items and duplicates are skipped
 * with a reason, the rest are added in one transaction.
 */
import { StoreError, type OnRecordDb } from '../store/index.ts';
import {
  addImportedItems,
  type ImportReport,
  type ImportSkip,
  type ImportedItem,
} from '../store/import-items.ts';
import { COLLECTION_FORMAT, COLLECTION_VERSION } from './json.ts';
import { ItemError, validateItem } from './validate-item.ts';

export type { ImportReport, ImportSkip } from '../store/import-items.ts';

/** Upper bounds for one file: a personal collection is far below them. */
export const IMPORT_LIMITS = { chars: 64 * 1024 * 1024, items: 100_000 } as const;

export interface ParsedCollection {
  items: Array<{ index: number; item: ImportedItem }>;
  invalid: ImportSkip[];
  total: number;
}

function refuse(message: string): never {
  throw new StoreError('invalid', message);
}

/** Parses and checks a collection file without touching the store. */
export function parseCollection(text: string): ParsedCollection {
  if (text.length > IMPORT_LIMITS.chars)
    refuse('The file is too large to be an On Record collection.');
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    refuse('The file is not valid JSON (it may be damaged or incomplete). Nothing was imported.');
  }
  if (
    typeof file !== 'object' ||
    file === null ||
    Array.isArray(file) ||
    !('format' in file) ||
    file.format !== COLLECTION_FORMAT
  ) {
    refuse(
      'This is not an On Record collection export (use "Restore backup" for full backups). Nothing was imported.',
    );
  }
  const version = 'version' in file ? file.version : undefined;
  if (typeof version !== 'number' || version > COLLECTION_VERSION) {
    refuse('This collection was exported by a newer version of On Record. Nothing was imported.');
  }
  const rawItems = 'items' in file ? file.items : undefined;
  if (!Array.isArray(rawItems)) refuse('The file has no list of items. Nothing was imported.');
  if (rawItems.length > IMPORT_LIMITS.items)
    refuse(`The file has more than ${IMPORT_LIMITS.items} items.`);
  const items: ParsedCollection['items'] = [];
  const invalid: ImportSkip[] = [];
  rawItems.forEach((raw: unknown, index) => {
    try {
      items.push({ index, item: validateItem(raw) });
    } catch (err) {
      if (!(err instanceof ItemError)) throw err;
      const quote =
        typeof raw === 'object' && raw !== null && 'quote' in raw ? quoteStart(raw.quote) : null;
      invalid.push({ index, reason: err.message, quote });
    }
  });
  return { items, invalid, total: rawItems.length };
}

function quoteStart(q: unknown): string | null {
  if (typeof q !== 'object' || q === null || !('exact' in q) || typeof q.exact !== 'string')
    return null;
  return q.exact.slice(0, 80);
}

/** Imports a collection file into the store and reports what was added and skipped, and why. */
export async function importCollection(db: OnRecordDb, text: string): Promise<ImportReport> {
  const parsed = parseCollection(text);
  return addImportedItems(db, parsed.items, parsed.invalid, parsed.total);
}
