/**
 * The worker's handlers for the collection messages (src/messaging/collection.ts): each calls
 * the store's repository functions (or the export module) and maps rows to views. Handlers
 * receive validated requests; failures are thrown (StoreError / MessageError) and the router
 * turns them into `Result` errors (`quota`, `not-found`, `invalid-message`…).
 *
 * background.ts merges `createStoreHandlers(getDb)` into its handler map;
 * `createStoreDispatch` is the same as one `(request) => Result` function.
 */
import { exportItems, importCollection } from '../../src/export/index.ts';
import type {
  CollectionReplies,
  CollectionRequest,
  CollectionType,
} from '../../src/messaging/collection.ts';
import { err, ok, type Result } from '../../src/messaging/contract.ts';
import { MessageError, toErrorInfo } from '../../src/messaging/errors.ts';
import type { SenderContext } from '../../src/messaging/router.ts';
import {
  BACKUP_MIME,
  deleteItem,
  exportBackup,
  getItem,
  getPerson,
  matchingItems,
  mergePeople,
  personTimeline,
  queryItems,
  recordAnchorResults,
  renamePerson,
  restoreBackup,
  saveItem,
  splitPerson,
  undoDelete,
  updateItem,
  type OnRecordDb,
} from '../../src/store/index.ts';
import { ownPageUrl } from './page-urls.ts';
import { trustedSave } from './provenance.ts';
import { itemView, pageView, timelineView } from './store-views.ts';

type RequestOf<T extends CollectionType> = Extract<CollectionRequest, { type: T }>;

/** One handler per collection message type. */
export type StoreHandlers = {
  [T in CollectionType]: (
    request: RequestOf<T>,
    sender?: SenderContext,
  ) => Promise<CollectionReplies[T]>;
};

export interface StoreHandlerOptions {
  /**
   * Whether `sender` may write to the collection now (wire the private-window rule here: a
   * content script in a private window without the opt-in gets `forbidden`). Default: yes.
   */
  maySave?: (sender: SenderContext | undefined) => boolean | Promise<boolean>;
  /** The clock for export file names/dates (tests pin it). */
  now?: () => string;
}

const today = (iso: string): string => iso.slice(0, 10);

/** The page a request is about: for a content script, always its own (see provenance.ts). */
const pageUrl = (url: string, sender: SenderContext | undefined): string =>
  sender?.kind === 'content' ? ownPageUrl(url, sender.url) : url;

export function createStoreHandlers(
  getDb: () => Promise<OnRecordDb>,
  options: StoreHandlerOptions = {},
): StoreHandlers {
  const now = options.now ?? ((): string => new Date().toISOString());
  const person = async (db: OnRecordDb, id: number) => {
    const p = await getPerson(db, id);
    if (!p) throw new MessageError('not-found', `No person ${id}.`);
    return p;
  };
  return {
    'collection/save': async (req, sender) => {
      if (options.maySave && !(await options.maySave(sender))) {
        throw new MessageError(
          'forbidden',
          'Saving is off in private windows (see On Record settings).',
        );
      }
      const db = await getDb();
      // A content script's save is about its own page, and says of it only what the worker checked.
      const input = sender?.kind === 'content' ? await trustedSave(db, req.item, sender.url) : req.item;
      const { item, duplicate } = await saveItem(db, input);
      return { itemId: item.id, duplicate, item: itemView(item) };
    },
    'collection/query': async (req) => pageView(await queryItems(await getDb(), req.query)),
    'collection/get': async (req) => itemView(await getItem(await getDb(), req.itemId)),
    'collection/update': async (req) => {
      const changes = {
        ...(req.note === undefined ? {} : { note: req.note }),
        ...(req.tags === undefined ? {} : { tags: req.tags }),
      };
      return itemView(await updateItem(await getDb(), req.itemId, changes));
    },
    'collection/delete': async (req) => itemView(await deleteItem(await getDb(), req.itemId)),
    'collection/undo-delete': async (req) => itemView(await undoDelete(await getDb(), req.itemId)),
    // From a content script, only about the page it runs in (its own URL or a same-site canonical).
    'collection/for-page': async (req, sender) => ({
      items: (await matchingItems(await getDb(), { url: pageUrl(req.url, sender) })).map(itemView),
    }),
    'collection/mark-anchors': async (req, sender) => ({
      updated: await recordAnchorResults(await getDb(), pageUrl(req.url, sender), req.results),
    }),
    'collection/export': async (req) => {
      const items = await matchingItems(await getDb(), req.filter ?? {}, req.sort);
      return exportItems(req.format, items, now());
    },
    'collection/import': async (req) => importCollection(await getDb(), req.text),
    'collection/timeline': async (req) => {
      const db = await getDb();
      const t = await personTimeline(db, req.personId, req.limit);
      if (!t) throw new MessageError('not-found', `No person ${req.personId}.`);
      return timelineView(t, await person(db, t.personId));
    },
    'collection/people-merge': async (req) => mergePeople(await getDb(), req.keepId, req.mergeId),
    'collection/people-split': async (req) => splitPerson(await getDb(), req.personId, req.aliases),
    'collection/people-rename': async (req) => renamePerson(await getDb(), req.personId, req.name),
    'collection/backup': async () => ({
      filename: `on-record-backup-${today(now())}.json`,
      mime: BACKUP_MIME,
      text: await exportBackup(await getDb()),
    }),
    'collection/restore': async (req) => restoreBackup(await getDb(), req.text),
  };
}

/** The handlers as one function returning a `Result` (never throws). */
export function createStoreDispatch(
  getDb: () => Promise<OnRecordDb>,
  options: StoreHandlerOptions = {},
): (request: CollectionRequest, sender?: SenderContext) => Promise<Result<unknown>> {
  const handlers = createStoreHandlers(getDb, options);
  return async (request, sender) => {
    const handler = handlers[request.type] as
      ((r: CollectionRequest, s?: SenderContext) => Promise<unknown>) | undefined;
    if (!handler) return err('unknown-type', `no handler for ${request.type}`);
    try {
      return ok(await handler(request, sender));
    } catch (e) {
      return { ok: false, error: toErrorInfo(e) };
    }
  };
}
