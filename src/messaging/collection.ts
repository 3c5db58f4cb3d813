/**
 * The collection's messages (owned by the store engineer; joined into the contract by
 * `collection-bridge.ts`): saving, finding, editing, exporting/importing, re-anchoring, the
 * user's decisions about people, backup/restore. All tags start with `collection/` so the
 * contract routes them here. Replies are looked up in `CollectionReplies`.
 *
 * Who may send: content scripts only `collection/save`, `collection/for-page` and
 * `collection/mark-anchors` (contract's CONTENT_COLLECTION_TYPES); everything else is for our
 * pages (popup, library).
 */
import { LIMITS } from '../store/bounds.ts';
import { arr, bool, int, obj, oneOf, str, tagOf, ValidationError, type Obj } from './guards.ts';
import {
  EXPORT_FORMAT_VIEWS,
  ITEM_SORT_VIEWS,
  ITEM_SOURCE_KINDS,
  type AnchorResultView,
  type ExportFileView,
  type ExportFormatView,
  type FileView,
  type ImportReportView,
  type ItemFilterView,
  type ItemPageView,
  type ItemQueryView,
  type ItemSortView,
  type PersonDetailView,
  type RestoreReportView,
  type SaveItemView,
  type SaveReply,
  type SavedItemView,
  type TimelineView,
} from './collection-views.ts';

export type * from './collection-views.ts';

/** Size limits for collection messages (page text is hostile; files are big but bounded). */
export const COLLECTION_LIMITS = {
  url: LIMITS.url,
  text: 1000,
  quote: LIMITS.quote,
  context: LIMITS.context,
  note: LIMITS.note,
  tag: LIMITS.tag,
  tags: LIMITS.tags,
  aliases: LIMITS.aliases,
  anchors: 1000,
  /** An import/restore file's text: within the 64 MiB a runtime message can carry. */
  file: 60 * 1024 * 1024,
  date: 40,
  query: 200,
} as const;

export type CollectionRequest =
  | { type: 'collection/save'; item: SaveItemView }
  | { type: 'collection/query'; query: ItemQueryView }
  | { type: 'collection/get'; itemId: number }
  | { type: 'collection/update'; itemId: number; note?: string; tags?: string[] }
  | { type: 'collection/delete'; itemId: number }
  | { type: 'collection/undo-delete'; itemId: number }
  | { type: 'collection/for-page'; url: string }
  | { type: 'collection/mark-anchors'; url: string; results: AnchorResultView[] }
  | {
      type: 'collection/export';
      format: ExportFormatView;
      filter: ItemFilterView | null;
      sort?: ItemSortView;
    }
  | { type: 'collection/import'; text: string }
  | { type: 'collection/timeline'; personId: number; limit?: number }
  | { type: 'collection/people-merge'; keepId: number; mergeId: number }
  | { type: 'collection/people-split'; personId: number; aliases: string[] }
  | { type: 'collection/people-rename'; personId: number; name: string }
  | { type: 'collection/backup' }
  | { type: 'collection/restore'; text: string };

export interface CollectionReplies {
  'collection/save': SaveReply;
  'collection/query': ItemPageView;
  'collection/get': SavedItemView;
  'collection/update': SavedItemView;
  'collection/delete': SavedItemView;
  'collection/undo-delete': SavedItemView;
  'collection/for-page': { items: SavedItemView[] };
  'collection/mark-anchors': { updated: number };
  'collection/export': ExportFileView;
  'collection/import': ImportReportView;
  'collection/timeline': TimelineView;
  'collection/people-merge': PersonDetailView;
  'collection/people-split': { kept: PersonDetailView; created: PersonDetailView };
  'collection/people-rename': PersonDetailView;
  'collection/backup': FileView;
  'collection/restore': RestoreReportView;
}

export type CollectionType = CollectionRequest['type'];
export const COLLECTION_TYPES: readonly CollectionType[] = [
  'collection/save',
  'collection/query',
  'collection/get',
  'collection/update',
  'collection/delete',
  'collection/undo-delete',
  'collection/for-page',
  'collection/mark-anchors',
  'collection/export',
  'collection/import',
  'collection/timeline',
  'collection/people-merge',
  'collection/people-split',
  'collection/people-rename',
  'collection/backup',
  'collection/restore',
];

const L = COLLECTION_LIMITS;

function optStr(o: Obj, key: string, path: string, max: number): string | null {
  return o[key] === null || o[key] === undefined ? null : str(o[key], `${path}.${key}`, max);
}

function optBool(o: Obj, key: string, path: string): boolean | null {
  return o[key] === null || o[key] === undefined ? null : bool(o[key], `${path}.${key}`);
}

function optInt(o: Obj, key: string, path: string, max?: number): number | null {
  return o[key] === null || o[key] === undefined ? null : int(o[key], `${path}.${key}`, max);
}

function webUrl(value: unknown, path: string): string {
  const url = str(value, path, L.url);
  if (!/^https?:\/\//i.test(url)) throw new ValidationError(path, 'expected an http(s) URL');
  return url;
}

function tags(value: unknown, path: string): string[] {
  return arr(value, path, L.tags, (t, p) => str(t, p, L.tag));
}

function saveItem(value: unknown, path: string): SaveItemView {
  const o = obj(value, path);
  const q = obj(o.quote, `${path}.quote`);
  const pos = obj(o.position, `${path}.position`);
  const item: SaveItemView = {
    quote: {
      exact: str(q.exact, `${path}.quote.exact`, L.quote),
      prefix: str(q.prefix, `${path}.quote.prefix`, L.context),
      suffix: str(q.suffix, `${path}.quote.suffix`, L.context),
    },
    position: {
      start: int(pos.start, `${path}.position.start`),
      end: int(pos.end, `${path}.position.end`),
    },
    url: webUrl(o.url, `${path}.url`),
    title: str(o.title, `${path}.title`, L.text),
    outlet: optStr(o, 'outlet', path, L.text),
    publishedAt: optStr(o, 'publishedAt', path, L.date),
    personId: optInt(o, 'personId', path),
    personName: optStr(o, 'personName', path, L.text),
    personTitle: optStr(o, 'personTitle', path, L.text),
    sourceText: optStr(o, 'sourceText', path, L.text),
    sourceKind: oneOf(o.sourceKind, `${path}.sourceKind`, ITEM_SOURCE_KINDS),
    cue: optStr(o, 'cue', path, L.text),
    direct: optBool(o, 'direct', path),
    outletCredit: optStr(o, 'outletCredit', path, L.text),
  };
  if (o.note !== undefined) item.note = str(o.note, `${path}.note`, L.note);
  if (o.tags !== undefined) item.tags = tags(o.tags, `${path}.tags`);
  return item;
}

function filter(value: unknown, path: string): ItemFilterView {
  const o = obj(value, path);
  const f: ItemFilterView = {};
  const s = (key: 'text' | 'outlet' | 'tag' | 'from' | 'to', max: number): void => {
    if (o[key] !== undefined && o[key] !== null) f[key] = str(o[key], `${path}.${key}`, max);
  };
  s('text', L.query);
  s('outlet', L.text);
  s('tag', L.tag);
  s('from', L.date);
  s('to', L.date);
  if (o.url !== undefined && o.url !== null) f.url = webUrl(o.url, `${path}.url`);
  if (o.personId !== undefined && o.personId !== null)
    f.personId = int(o.personId, `${path}.personId`);
  if (o.sourceKind !== undefined && o.sourceKind !== null)
    f.sourceKind = oneOf(o.sourceKind, `${path}.sourceKind`, ITEM_SOURCE_KINDS);
  return f;
}

function query(value: unknown, path: string): ItemQueryView {
  const o = obj(value, path);
  const q: ItemQueryView = filter(o, path);
  if (o.sort !== undefined) q.sort = oneOf(o.sort, `${path}.sort`, ITEM_SORT_VIEWS);
  if (o.limit !== undefined) q.limit = int(o.limit, `${path}.limit`, 1000);
  if (o.offset !== undefined) q.offset = int(o.offset, `${path}.offset`);
  return q;
}

function anchorResult(value: unknown, path: string): AnchorResultView {
  const o = obj(value, path);
  return {
    itemId: int(o.itemId, `${path}.itemId`),
    status: oneOf(o.status, `${path}.status`, ['found', 'changed', 'missing'] as const),
    currentText: optStr(o, 'currentText', path, L.quote),
  };
}

/**
 * Validates a collection message: a fresh, typed copy holding only the contract's fields;
 * `null` for a tag that is not a collection message; throws `ValidationError` for a bad shape.
 */
export function validateCollectionRequest(raw: unknown): CollectionRequest | null {
  const type = tagOf(raw);
  const o = obj(raw, 'message');
  const id = (key: string): number => int(o[key], `message.${key}`);
  switch (type) {
    case 'collection/save':
      return { type, item: saveItem(o.item, 'message.item') };
    case 'collection/query':
      return { type, query: query(o.query ?? {}, 'message.query') };
    case 'collection/get':
    case 'collection/delete':
    case 'collection/undo-delete':
      return { type, itemId: id('itemId') };
    case 'collection/update': {
      const req: CollectionRequest = { type, itemId: id('itemId') };
      if (o.note !== undefined) req.note = str(o.note, 'message.note', L.note);
      if (o.tags !== undefined) req.tags = tags(o.tags, 'message.tags');
      return req;
    }
    case 'collection/for-page':
      return { type, url: webUrl(o.url, 'message.url') };
    case 'collection/mark-anchors':
      return {
        type,
        url: webUrl(o.url, 'message.url'),
        results: arr(o.results, 'message.results', L.anchors, anchorResult),
      };
    case 'collection/export': {
      const req: CollectionRequest = {
        type,
        format: oneOf(o.format, 'message.format', EXPORT_FORMAT_VIEWS),
        filter:
          o.filter === null || o.filter === undefined ? null : filter(o.filter, 'message.filter'),
      };
      if (o.sort !== undefined) req.sort = oneOf(o.sort, 'message.sort', ITEM_SORT_VIEWS);
      return req;
    }
    case 'collection/import':
    case 'collection/restore':
      return { type, text: str(o.text, 'message.text', L.file) };
    case 'collection/timeline': {
      const limit = o.limit === undefined ? undefined : int(o.limit, 'message.limit', 5000);
      return limit === undefined
        ? { type, personId: id('personId') }
        : { type, personId: id('personId'), limit };
    }
    case 'collection/people-merge':
      return { type, keepId: id('keepId'), mergeId: id('mergeId') };
    case 'collection/people-split':
      return {
        type,
        personId: id('personId'),
        aliases: arr(o.aliases, 'message.aliases', L.aliases, (a, p) => str(a, p, L.text)),
      };
    case 'collection/people-rename':
      return { type, personId: id('personId'), name: str(o.name, 'message.name', L.text) };
    case 'collection/backup':
      return { type };
    default:
      return null;
  }
}
