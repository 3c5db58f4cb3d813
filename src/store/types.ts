/**
 * Records kept in IndexedDB (Dexie). These are the shapes every layer agrees on: the worker
 * writes them, the popup/library/hovercard read them (through messages), export/import
 * serialises them. Dates are ISO 8601 strings; `publishedAt` may be only a date ("2025-06-01").
 *
 * Any change here is a new Dexie version with a migration (see `schema.ts`).
 */

/** One analysed article (a page the reader visited). Keyed by its canonical URL. */
export interface ArticleRecord {
  /** Auto-increment primary key. */
  id?: number;
  /** Canonical URL if the page gives one, else the page URL without its fragment. Unique. */
  url: string;
  title: string;
  /** The publisher ("Reuters", "BBC News"), from og:site_name / JSON-LD publisher / host. */
  outlet: string | null;
  /** From JSON-LD datePublished, article:published_time or <time>; null if unknown. */
  publishedAt: string | null;
  /** First and latest visit (ISO). */
  firstSeenAt: string;
  lastSeenAt: string;
  /** Length of the analysed text, and a hash of it, to notice when the page changed. */
  textLength: number;
  textHash: string;
}

/** A title as held by a person at a date: "Estonian Prime Minister (2023)". */
export interface RoleRecord {
  title: string;
  organization: string | null;
  country: string | null;
  /** The article's publication date (or first visit when unknown). */
  date: string;
  articleId: number;
}

/** A person known across articles. */
export interface PersonRecord {
  id?: number;
  /** Display name: the fullest form seen, or the user's rename. */
  name: string;
  /** Every surface name seen for this person ("Dmitry Kuleba", "Dmytro Kuleba"). */
  aliases: string[];
  /** Lookup keys from `identity` (multi-entry index): normalised full-name and surname keys. */
  keys: string[];
  /**
   * Since schema v2: ASCII-folded lower-case words of the name and aliases (multi-entry index),
   * so people can be searched by prefix ("kul" finds Kuleba) without scanning the table.
   */
  words: string[];
  roles: RoleRecord[];
  /** Set when the user renamed, merged or split: resolution then never overrides their choice. */
  userEdited: boolean;
  /** When merged by the user into another person: that person's id (this row is kept as a tombstone). */
  mergedInto: number | null;
  createdAt: string;
  updatedAt: string;
}

/** One mention of a person in one article (aggregated: one row per person per article). */
export interface AppearanceRecord {
  id?: number;
  personId: number;
  articleId: number;
  /** The name as written in this article, and the title this article gives. */
  nameInArticle: string;
  title: string | null;
  mentionCount: number;
}

/** A claim attributed to a source in one article. */
export interface StatementRecord {
  id?: number;
  articleId: number;
  /** The person who made it, when the source is a known person. */
  personId: number | null;
  sourceText: string | null;
  sourceKind: 'named-person' | 'organization' | 'unnamed' | 'passive' | 'outlet';
  cue: string;
  /** The claim's content text (pieces of a split quote joined with " … "). */
  content: string;
  direct: boolean;
  outlet: string | null;
  /** Offsets in the analysed article text, for re-finding the claim. */
  start: number;
  end: number;
  /** Copied from the article so ordering by publication date needs no join. */
  publishedAt: string | null;
  /**
   * Since schema v2: `publishedAt`, or the article's first visit when the date is unknown. Never
   * null, so every statement sits in the `[personId+sortDate]` index (IndexedDB skips null keys).
   */
  sortDate: string;
  /**
   * Stable hash of (articleId, content, occurrence of that content in the article) so revisits
   * never duplicate, even when an inserted paragraph shifts the offsets.
   */
  fingerprint: string;
}

/** W3C Web Annotation selectors for a saved quote. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Re-anchoring status of a saved item the last time its page was opened. */
export type AnchorStatus = 'unchecked' | 'found' | 'changed' | 'missing';

/** A claim (or any selected text) a researcher saved into their collection. */
export interface SavedItemRecord {
  id?: number;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  url: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  savedAt: string;
  /** The source person, with the title they held at that date, when known. */
  personId: number | null;
  personName: string | null;
  personTitle: string | null;
  sourceText: string | null;
  sourceKind: StatementRecord['sourceKind'] | 'selection';
  cue: string | null;
  direct: boolean | null;
  /** The outlet the article credits for the claim ("Reuters"). */
  outletCredit: string | null;
  note: string;
  tags: string[];
  anchorStatus: AnchorStatus;
  /** When the page text changed: what is there now instead of the saved quote. */
  currentText: string | null;
  checkedAt: string | null;
  /** Dedup key: hash of url + exact quote (spacing normalised). Unique. */
  fingerprint: string;
  /** Soft delete for undo; purged later. */
  deletedAt: string | null;
  updatedAt: string;
}

/** Per-site and global settings. */
export interface SettingRecord {
  key: string;
  value: unknown;
}
