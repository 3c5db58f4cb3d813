/**
 * The plain data shapes that travel in messages (the "views"): what a page is, what the popup
 * shows, what a hovercard shows. They are DTOs, not store records — the worker maps Dexie rows
 * to these so the UI never depends on the schema. Everything here is structured-clone safe.
 */
import type { SourceKind } from '../core/types.ts';
import type { EarlierRole } from '../store/index.ts';

export type { EarlierRole } from '../store/index.ts';

/** What the content script read from the page's metadata and text. */
export interface PageMeta {
  /** `location.href` without the fragment. */
  url: string;
  /** `<link rel=canonical>` / `og:url`, absolute, or null. */
  canonicalUrl: string | null;
  title: string;
  /** Publisher: og:site_name, JSON-LD publisher.name, else null (the worker may use the host). */
  outlet: string | null;
  /** JSON-LD datePublished / article:published_time / <time datetime>; ISO, or null. */
  publishedAt: string | null;
  /** Length of the analysed text and a hash of it, to notice when the page changed. */
  textLength: number;
  textHash: string;
}

/** The worker's answer to `page/analyzed`: one entry per `analysis.people[i]`, same order. */
export interface PageAnalyzedReply {
  /**
   * `earlierRole`: for a person this article gives no title, the role the store holds for them
   * from another article (they are an official all the same), else null.
   */
  people: Array<{ personId: number | null; earlierRole: EarlierRole | null }>;
  /** False when nothing was written (paused, private window, site off): ids are lookups only. */
  stored: boolean;
}

/**
 * The hovercard's and the people list's shapes are the store's own DTOs (they were designed for
 * these UIs and hold no index internals): `PersonCard` = `{ person: PersonSummary, statements:
 * CardStatement[] }`, newest first by the article's publication date.
 */
export type { CardStatement, PersonCard, PersonSummary } from '../store/index.ts';

/** An official (or any person) found on the current page, for the popup. */
export interface OfficialView {
  /** Index into the page's `analysis.people`. */
  index: number;
  personId: number | null;
  name: string;
  title: string;
  mentionCount: number;
  /** When the title is not this article's but one the store read elsewhere: where (else null). */
  titleSource?: string | null;
  /** Claims on this page whose source is this person. */
  statementCount: number;
}

/** A claim found on the current page, for the popup. */
export interface ClaimView {
  /** Index into the page's `analysis.claims` (used to save it). */
  index: number;
  sourceText: string | null;
  /** The person the source is, when known: the source may be "He" or a long apposition. */
  sourceName: string | null;
  sourceKind: SourceKind;
  personId: number | null;
  cue: string;
  /** The claim's content, at most `LIMITS.snippet` characters (cut with "…"). */
  content: string;
  direct: boolean;
  /** Outlet credit for the claim, or null. */
  outlet: string | null;
  /** Whether this claim is already in the collection (as far as the page knows). */
  saved: boolean;
}

/**
 * What the content script of a tab reports about its page. `status`:
 * `article` analysed; `working` still analysing; `not-article` not a news article (idle);
 * `off` the user switched the site off; `paused` global pause.
 */
export type PageStatus = 'article' | 'working' | 'not-article' | 'off' | 'paused';

export interface PageStateView {
  status: PageStatus;
  page: PageMeta | null;
  /** The page's officials (people it gives a title), in page order, at most the request's limit. */
  officials: OfficialView[];
  /** The page's claims, in page order, at most the request's limit. */
  claims: ClaimView[];
  /** Totals on the page: officials, people named without a title who made a claim, claims. */
  counts: { officials: number; others: number; claims: number };
  /** Why the worker could not store this page (quota, a blocked database…), or absent. */
  storeError?: { code: string; message: string };
}

/** The user's settings as they apply to one site. */
export interface SiteSettings {
  host: string;
  /** The per-site switch (default on). */
  siteEnabled: boolean;
  /** Global pause: nothing is analysed anywhere. */
  paused: boolean;
  /** Whether the extension should run on this site now: `siteEnabled && !paused`. */
  active: boolean;
  /** Whether pages in private windows may be stored (default false). */
  storeInPrivate: boolean;
}

/** Global settings, as the popup edits them. */
export interface GlobalSettings {
  paused: boolean;
  storeInPrivate: boolean;
  /** Hosts the user switched off, sorted. */
  disabledSites: string[];
}

/** What a save (of a claim or a selection) gives back. */
export interface SavedRef {
  itemId: number;
  /** True when the same quote was already saved (no new row). */
  duplicate: boolean;
}
