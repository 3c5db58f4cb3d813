/**
 * The data shapes of the collection messages (DTOs, structured-clone safe). The worker maps
 * store rows to these (extension/background/store-handlers.ts), so pages never depend on the
 * database schema. Shapes mirror the store's where that is natural, with `id`s made explicit.
 */
import type { ExportFile } from '../export/export-format.ts';
import type { Facet, ItemFilter, ItemPage, ItemQuery } from '../store/query-items.ts';
import type { SaveItemInput } from '../store/saved-items.ts';
import type { TimelineEntry } from '../store/timeline.ts';
import type { AnchorStatus, SavedItemRecord } from '../store/types.ts';
import type { PersonSummary, SavedRef } from './views.ts';

// The closed value lists are the store's and the exporter's (dependency-free files, so pages'
// bundles stay free of store and export code); the names here are the contract's.
export {
  SOURCE_KINDS as ITEM_SOURCE_KINDS,
  ITEM_SORTS as ITEM_SORT_VIEWS,
  type ItemSort as ItemSortView,
} from '../store/item-values.ts';
export {
  EXPORT_FORMATS as EXPORT_FORMAT_VIEWS,
  type ExportFormat as ExportFormatView,
} from '../export/export-format.ts';

export type ItemSourceKind = SavedItemRecord['sourceKind'];

export type AnchorStatusView = AnchorStatus;

/** W3C TextQuoteSelector fields. */
export type QuoteView = SaveItemInput['quote'];

/** What `collection/save` carries (the content script builds it): the store's SaveItemInput. */
export type SaveItemView = SaveItemInput;

/** A saved item as pages show it. */
export interface SavedItemView extends Required<SaveItemView> {
  id: number;
  savedAt: string;
  anchorStatus: AnchorStatusView;
  /** When the page changed: the text there now instead of the quote. */
  currentText: string | null;
  checkedAt: string | null;
  deletedAt: string | null;
  updatedAt: string;
}

export interface SaveReply extends SavedRef {
  item: SavedItemView;
}

/** Words in `text` are searched in quote, note, person, source, outlet, title, tags (all must occur). */
export type ItemFilterView = ItemFilter;

export type ItemQueryView = ItemQuery;

export type FacetView<K> = Facet<K>;

/** One page of results: the store's ItemPage with items as pages see them. */
export interface ItemPageView extends Omit<ItemPage, 'items'> {
  items: SavedItemView[];
}

export interface AnchorResultView {
  itemId: number;
  status: Exclude<AnchorStatusView, 'unchecked'>;
  currentText: string | null;
}

/** A file for the page to download. */
export interface FileView {
  filename: string;
  mime: string;
  text: string;
}

export type ExportFileView = ExportFile;

export interface ImportReportView {
  added: number;
  skipped: Array<{ index: number; reason: string; quote: string | null }>;
  total: number;
}

export interface RestoreReportView {
  databaseVersion: number;
  tables: Record<string, number>;
}

/** A person with everything the library's person view needs (aliases for split, titles with dates). */
export type PersonDetailView = PersonSummary;

export type TimelineEntryView = TimelineEntry;

export interface TimelineView {
  person: PersonDetailView;
  /** Oldest first, by the article's publication date. */
  entries: TimelineEntryView[];
  truncated: boolean;
}
