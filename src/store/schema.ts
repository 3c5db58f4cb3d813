/**
 * The Dexie database and its versions. Every schema change is a new `version(n)` with an
 * `upgrade` that brings old rows up to date; `migration.test.ts` opens a database written by each
 * earlier version. Never edit an old version's stores: add a new one.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type {
  AppearanceRecord,
  ArticleRecord,
  PersonRecord,
  SavedItemRecord,
  SettingRecord,
  StatementRecord,
} from './types.ts';
import { fillDerived } from './derived.ts';
import { ensureKeysCurrent } from './rekey.ts';

export const DB_NAME = 'on-record';

/** Version 1: the first shipped schema (kept verbatim so old databases upgrade from it). */
export const SCHEMA_V1 = {
  articles: '++id, &url',
  people: '++id, *keys, mergedInto',
  appearances: '++id, &[personId+articleId], articleId',
  statements: '++id, &fingerprint, personId, articleId, publishedAt',
  savedItems: '++id, &fingerprint, url, personId, savedAt, deletedAt, *tags',
  settings: '&key',
} as const;

/**
 * Version 2: prefix search over people (`*words`), and a never-null sort date on statements so a
 * person's latest statements come straight from the `[personId+sortDate]` index (fast at 100k).
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  people: '++id, *keys, mergedInto, *words',
  statements: '++id, &fingerprint, personId, articleId, publishedAt, [personId+sortDate]',
  savedItems: '++id, &fingerprint, url, personId, savedAt, deletedAt, *tags, publishedAt',
} as const;

export const CURRENT_VERSION = 2;

export class OnRecordDb extends Dexie {
  declare articles: Table<ArticleRecord, number>;
  declare people: Table<PersonRecord, number>;
  declare appearances: Table<AppearanceRecord, number>;
  declare statements: Table<StatementRecord, number>;
  declare savedItems: Table<SavedItemRecord, number>;
  declare settings: Table<SettingRecord, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    // 'strict': Chromium flushes each commit to disk before reporting success, so a save the
    // user saw acknowledged survives a crash or power loss (the default, 'relaxed', may not).
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        fillDerived({
          people: tx.table<PersonRecord, number>('people'),
          articles: tx.table<ArticleRecord, number>('articles'),
          statements: tx.table<StatementRecord, number>('statements'),
        }),
      );
  }
}

/**
 * Opens the database (in Node tests pass fake-indexeddb's `indexedDB` and `IDBKeyRange`) and
 * brings identity-derived keys up to date (see rekey.ts).
 */
export async function openDb(name: string = DB_NAME, options?: DexieOptions): Promise<OnRecordDb> {
  const db = new OnRecordDb(name, options);
  await db.open();
  await ensureKeysCurrent(db);
  return db;
}
