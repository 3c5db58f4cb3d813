/**
 * The data shapes of the collection messages (DTOs, structured-clone safe). The worker maps
 * store rows to these (extension/background/store-handlers.ts), so pages never depend on the
 * database schema. Shapes mirror the store's where that is natural, with `id`s made explicit.
 */
import type { SourceKind } from '../core/types.ts';
import type { PersonSummary, SavedRef } from './views.ts';

export type ItemSourceKind = SourceKind | 'selection';
export const ITEM_SOURCE_KINDS: readonly ItemSourceKind[] = [
  'named-person',
  'organization',
  'unnamed',
  'passive',
  'outlet',
  'selection',
];

export type AnchorStatusView = 'unchecked' | 'found' | 'changed' | 'missing';

/** W3C TextQuoteSelector fields. */
export interface QuoteView {
  exact: string;
  prefix: string;
  suffix: string;
}

/** What `collection/save` carries (the content script builds it; mirrors the store's SaveItemInput). */
export interface SaveItemView {
  quote: QuoteView;
  position: { start: number; end: number };
  url: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  personId: number | null;
  personName: string | null;
  personTitle: string | null;
  sourceText: string | null;
  sourceKind: ItemSourceKind;
  cue: string | null;
  direct: boolean | null;
  outletCredit: string | null;
  note?: string;
  tags?: string[];
}

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

export type ItemSortView =
  'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc' | 'person' | 'outlet';
export const ITEM_SORT_VIEWS: readonly ItemSortView[] = [
  'saved-desc',
  'saved-asc',
  'published-desc',
  'published-asc',
  'person',
  'outlet',
];

export interface ItemFilterView {
  /** Words searched in quote, note, person, source, outlet, title, tags (all must occur). */
  text?: string;
  personId?: number;
  outlet?: string;
  tag?: string;
  sourceKind?: ItemSourceKind;
  url?: string;
  /** Publication date range, inclusive ISO prefixes ("2024", "2024-03-01"). */
  from?: string;
  to?: string;
}

export interface ItemQueryView extends ItemFilterView {
  sort?: ItemSortView;
  limit?: number;
  offset?: number;
}

export interface FacetView<K> {
  value: K;
  label: string;
  count: number;
}

export interface ItemPageView {
  items: SavedItemView[];
  total: number;
  allCount: number;
  facets: {
    people: Array<FacetView<number>>;
    outlets: Array<FacetView<string>>;
    tags: Array<FacetView<string>>;
    sourceKinds: Array<FacetView<string>>;
  };
}

export interface AnchorResultView {
  itemId: number;
  status: Exclude<AnchorStatusView, 'unchecked'>;
  currentText: string | null;
}

export type ExportFormatView = 'csv' | 'json' | 'web-annotation' | 'csl-json' | 'ris';
export const EXPORT_FORMAT_VIEWS: readonly ExportFormatView[] = [
  'csv',
  'json',
  'web-annotation',
  'csl-json',
  'ris',
];

/** A file for the page to download. */
export interface FileView {
  filename: string;
  mime: string;
  text: string;
}

export interface ExportFileView extends FileView {
  count: number;
}

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

export interface TimelineEntryView {
  kind: 'saved' | 'seen';
  date: string;
  publishedAt: string | null;
  quote: string;
  cue: string | null;
  direct: boolean | null;
  outlet: string | null;
  outletCredit: string | null;
  articleTitle: string;
  url: string;
  itemId: number | null;
  statementId: number | null;
  note: string | null;
}

export interface TimelineView {
  person: PersonDetailView;
  /** Oldest first, by the article's publication date. */
  entries: TimelineEntryView[];
  truncated: boolean;
}
