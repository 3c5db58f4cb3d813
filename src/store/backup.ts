/**
 * Full backup and restore of the whole database with dexie-export-import (its JSON format, so
 * Dexie tools can read our backups). Restore checks the whole file BEFORE touching anything: a
 * corrupt, foreign or newer file changes nothing. Because dexie-export-import clears tables
 * outside its import transaction, restore keeps an in-memory snapshot and puts it back if the
 * import fails (e.g. the disk fills up half-way).
 */
import './self-shim.ts';
import { exportDB, importInto } from 'dexie-export-import';
import { forgetCounts } from './count-cache.ts';
import { fillDerived } from './derived.ts';
import { ensureKeysCurrent } from './rekey.ts';
import { StoreError, toStoreError } from './errors.ts';
import { CURRENT_VERSION, type OnRecordDb } from './schema.ts';

export const BACKUP_MIME = 'application/json';

export interface BackupSummary {
  databaseVersion: number;
  /** Rows per table in the backup. */
  tables: Record<string, number>;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Minimal row checks per table: enough to refuse a file that is not ours. */
const ROW_CHECKS: Readonly<Record<string, (r: Json) => boolean>> = {
  articles: (r) => typeof r.url === 'string' && typeof r.title === 'string',
  people: (r) =>
    typeof r.name === 'string' &&
    Array.isArray(r.aliases) &&
    Array.isArray(r.keys) &&
    Array.isArray(r.roles),
  appearances: (r) => typeof r.personId === 'number' && typeof r.articleId === 'number',
  statements: (r) =>
    typeof r.fingerprint === 'string' &&
    typeof r.articleId === 'number' &&
    typeof r.content === 'string',
  savedItems: (r) =>
    typeof r.fingerprint === 'string' &&
    typeof r.url === 'string' &&
    isObj(r.quote) &&
    typeof r.quote.exact === 'string',
  settings: (r) => typeof r.key === 'string',
};

function fail(message: string): never {
  throw new StoreError('invalid', `Not an On Record backup: ${message}`);
}

/** Checks a backup's text and says what is in it; throws StoreError('invalid') otherwise. */
export function inspectBackup(text: string): BackupSummary {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    fail('the file is not valid JSON.');
  }
  if (!isObj(file) || file.formatName !== 'dexie' || file.formatVersion !== 1 || !isObj(file.data))
    fail('not a Dexie export.');
  const data = file.data;
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    fail('no database version.');
  if (version > CURRENT_VERSION)
    fail(`it was written by a newer version (schema ${version}); update On Record first.`);
  if (!Array.isArray(data.data) || !Array.isArray(data.tables)) fail('no tables.');
  const tables: Record<string, number> = {};
  for (const t of data.data) {
    if (!isObj(t) || typeof t.tableName !== 'string' || !Array.isArray(t.rows))
      fail('a table is malformed.');
    const check = ROW_CHECKS[t.tableName];
    if (!check) fail(`unknown table "${t.tableName.slice(0, 40)}".`);
    if (t.inbound !== true) fail(`table ${t.tableName} has the wrong key layout.`);
    t.rows.forEach((row: unknown, i: number) => {
      if (!isObj(row) || !check(row)) fail(`row ${i + 1} of ${t.tableName} is not valid.`);
    });
    tables[t.tableName] = t.rows.length;
  }
  if (!('savedItems' in tables) && !('people' in tables))
    fail('it holds neither a collection nor people.');
  return { databaseVersion: version, tables };
}

/** The whole database as dexie-export-import JSON text. */
export async function exportBackup(db: OnRecordDb): Promise<string> {
  try {
    const blob = await exportDB(db, { prettyJson: false });
    return await blob.text();
  } catch (err) {
    throw toStoreError(err);
  }
}

async function importText(db: OnRecordDb, text: string): Promise<void> {
  // The import clears tables first (no Dexie hooks fire for a clear): cached counts are void.
  forgetCounts(db);
  await importInto(db, new Blob([text], { type: BACKUP_MIME }), {
    clearTablesBeforeImport: true,
    acceptVersionDiff: true,
    acceptNameDiff: true,
    acceptMissingTables: false,
  });
}

/** Replaces the whole database with the backup in `text` (see the module comment). */
export async function restoreBackup(db: OnRecordDb, text: string): Promise<BackupSummary> {
  const summary = inspectBackup(text);
  const snapshot = await exportBackup(db);
  try {
    await importText(db, text);
    await db.transaction('rw', [db.people, db.articles, db.statements], () =>
      fillDerived(db, true),
    );
    await ensureKeysCurrent(db);
  } catch (err) {
    try {
      await importText(db, snapshot);
    } catch {
      // Nothing more we can do; the original error is the one to report.
    }
    throw toStoreError(err);
  }
  return summary;
}
