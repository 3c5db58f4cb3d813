/**
 * Full backup and restore of the whole database, in dexie-export-import's JSON format (written by
 * that library, so Dexie tools can read our backups). Restore checks the whole file BEFORE
 * touching anything: a corrupt, foreign or newer file changes nothing. It then replaces every
 * table in ONE read-write transaction (clear, add the rows, rebuild derived fields and name keys):
 * if anything fails half-way (the disk fills up, the browser dies) IndexedDB rolls the whole
 * transaction back and the old database is still there. dexie-export-import's own import clears
 * tables outside its import transaction, so it is not used for restoring.
 */
import './self-shim.ts';
import { exportDB } from 'dexie-export-import';
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

/**
 * A backup row as stored: dexie-export-import notes in "$types" how to revive values JSON cannot
 * hold. Ours are plain JSON; the only note it writes for them is "arrayNonindexKeys" (plain
 * arrays), which is dropped. Any other (a date, a blob) is not ours: null.
 */
function plainRow(row: Json): Json | null {
  if (!('$types' in row)) return row;
  const types = row.$types;
  if (!isObj(types) || !Object.values(types).every((v) => v === 'arrayNonindexKeys')) return null;
  const { $types: _, ...rest } = row;
  return rest;
}

function fail(message: string): never {
  throw new StoreError('invalid', `Not an On Record backup: ${message}`);
}

interface ParsedBackup {
  summary: BackupSummary;
  tables: Array<{ tableName: string; rows: Json[] }>;
}

/** Checks a backup's text and says what is in it; throws StoreError('invalid') otherwise. */
export function inspectBackup(text: string): BackupSummary {
  return parseBackup(text).summary;
}

function parseBackup(text: string): ParsedBackup {
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
  const parsed: ParsedBackup['tables'] = [];
  for (const t of data.data) {
    if (!isObj(t) || typeof t.tableName !== 'string' || !Array.isArray(t.rows))
      fail('a table is malformed.');
    const check = ROW_CHECKS[t.tableName];
    if (!check) fail(`unknown table "${t.tableName.slice(0, 40)}".`);
    if (t.inbound !== true) fail(`table ${t.tableName} has the wrong key layout.`);
    const rows = t.rows.map((row: unknown, i: number) => {
      if (!isObj(row) || !check(row)) fail(`row ${i + 1} of ${t.tableName} is not valid.`);
      return plainRow(row) ?? fail(`row ${i + 1} of ${t.tableName} holds values On Record never writes.`);
    });
    if (t.tableName in tables) fail(`table ${t.tableName} appears twice.`);
    tables[t.tableName] = rows.length;
    parsed.push({ tableName: t.tableName, rows });
  }
  if (!('savedItems' in tables) && !('people' in tables))
    fail('it holds neither a collection nor people.');
  return { summary: { databaseVersion: version, tables }, tables: parsed };
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

/** Replaces the whole database with the backup in `text` (see the module comment). */
export async function restoreBackup(db: OnRecordDb, text: string): Promise<BackupSummary> {
  const { summary, tables } = parseBackup(text);
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      for (const t of tables) await db.table(t.tableName).bulkAdd(t.rows);
      await fillDerived(db, true);
      await ensureKeysCurrent(db);
    });
  } catch (err) {
    throw toStoreError(err);
  } finally {
    // Tables were cleared and refilled (or the old rows are back): cached counts are void.
    forgetCounts(db);
  }
  return summary;
}
