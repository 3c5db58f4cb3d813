/**
 * The store's public API: open the database, then call repository functions with it. Every
 * function takes the Dexie instance first, uses no browser API besides IndexedDB, and runs on
 * fake-indexeddb in tests. Failures are `StoreError`s with a `code`.
 */
export { DB_NAME, CURRENT_VERSION, OnRecordDb, openDb } from './schema.ts';
export { StoreError, isQuotaError, toStoreError, type StoreErrorCode } from './errors.ts';
export { ingestArticle, type IngestResult, type PageInfo } from './ingest.ts';
export {
  getPersonCard,
  type CardOptions,
  type CardStatement,
  type PersonCard,
} from './person-card.ts';
export { getPageState, type PagePerson, type PageState } from './page-state.ts';
export { earlierRoles, type EarlierRole } from './earlier-roles.ts';
export { getPerson, searchPeople } from './people-search.ts';
export { mergePeople, renamePerson, splitPerson } from './people-edit.ts';
export type { PersonSummary } from './person-summary.ts';
export {
  saveItem,
  getItem,
  updateItem,
  deleteItem,
  undoDelete,
  purgeDeleted,
  itemFingerprint,
  type SaveItemInput,
  type SaveResult,
  type SavedItem,
} from './saved-items.ts';
export {
  queryItems,
  matchingItems,
  ITEM_SORTS,
  type ItemFilter,
  type ItemQuery,
  type ItemPage,
  type ItemSort,
  type Facet,
} from './query-items.ts';
export { personTimeline, type Timeline, type TimelineEntry } from './timeline.ts';
export { recordAnchorResults, type AnchorResult } from './anchors.ts';
export type * from './types.ts';
export {
  exportBackup,
  inspectBackup,
  restoreBackup,
  BACKUP_MIME,
  type BackupSummary,
} from './backup.ts';
