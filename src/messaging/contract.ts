/**
 * THE message contract of On Record. Every message is a tagged union member (`type`), every
 * reply is a `Result`. Two directions:
 *
 * - `WorkerRequest`: into the background worker, from content scripts and extension pages
 *   (popup, library) via `runtime.sendMessage`. The worker validates each one
 *   (`validateWorkerRequest`) and checks who sent it (`WORKER_POLICY`).
 * - `TabRequest`: into a tab's content script, from the worker or the popup via
 *   `tabs.sendMessage`. The content script validates them too (`validateTabRequest`).
 *
 * Reply types are looked up by tag in `WorkerReplies` / `TabReplies`; the typed client
 * (`client.ts`) and router (`router.ts`) use these maps so sender and handler agree.
 * Collection messages (save, list, edit, export…) are defined by the store in
 * `./collection.ts` and joined in here.
 */
import type { Analysis } from '../core/types.ts';
import type { CollectionRequest, CollectionReplies } from './collection-bridge.ts';
import type {
  GlobalSettings,
  PageAnalyzedReply,
  PageMeta,
  PageStateView,
  PersonCard,
  PersonSummary,
  SavedRef,
  SiteSettings,
} from './views.ts';

export type * from './views.ts';
export type { CollectionRequest, CollectionReplies } from './collection-bridge.ts';

/* ------------------------------------------------------------------ results */

/** Why a request failed. Stable strings: UIs branch on them. */
export type ErrorCode =
  /** The message did not match the contract (wrong shape, too large). */
  | 'invalid-message'
  /** The sender may not send this message (not us, or a content script asking for a page-only message). */
  | 'forbidden'
  /** No handler for this `type` here. */
  | 'unknown-type'
  /** The person / item / claim asked about does not exist. */
  | 'not-found'
  /** Nothing selected to save. */
  | 'no-selection'
  /** The store is full (QuotaExceededError): nothing was written. */
  | 'quota'
  /** The tab has no content script (restricted page, not loaded yet). */
  | 'unavailable'
  /** Anything else; `message` says what. */
  | 'internal';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/* --------------------------------------------------------- into the worker */

/**
 * `page/analyzed` — content → worker, once per analysed article (again when its text changed).
 * The worker stores the article (unless paused / private), resolves each person to a stored
 * person, and sets the tab's badge to the number of officials. Reply: `PageAnalyzedReply`.
 */
export interface PageAnalyzedRequest {
  type: 'page/analyzed';
  page: PageMeta;
  analysis: Analysis;
}

/**
 * `people/card` — content/pages → worker: the hovercard data for a stored person, with their
 * latest statements from other articles (`excludeUrl` is this article's URL, canonical if any).
 * Reply: `PersonCard`, or error `not-found`.
 */
export interface PeopleCardRequest {
  type: 'people/card';
  personId: number;
  excludeUrl: string | null;
  /** How many earlier statements to return (default 5, at most 50). */
  limit?: number;
}

/**
 * `people/search` — pages only: stored people whose name/alias/title matches `query` (empty
 * query: most recently seen). Reply: `PersonSummary[]`.
 */
export interface PeopleSearchRequest {
  type: 'people/search';
  query: string;
  limit?: number;
}

/**
 * `settings/get-for-site` — content/pages → worker: do we run on `host`? For a content script
 * the worker uses the sender's own host and ignores `host`. Reply: `SiteSettings`.
 */
export interface SettingsGetForSiteRequest {
  type: 'settings/get-for-site';
  host: string;
}

/** `settings/get` — pages only. Reply: `GlobalSettings`. */
export interface SettingsGetRequest {
  type: 'settings/get';
}

/**
 * `settings/set-site` — pages only: switch On Record on/off for `host`. Applied at once: the
 * worker sends `settings/changed` to that site's tabs. Reply: `SiteSettings`.
 */
export interface SettingsSetSiteRequest {
  type: 'settings/set-site';
  host: string;
  enabled: boolean;
}

/**
 * `settings/set-global` — pages only: global pause and the private-window opt-in. Omitted fields
 * stay as they are. Every tab gets `settings/changed`. Reply: `GlobalSettings`.
 */
export interface SettingsSetGlobalRequest {
  type: 'settings/set-global';
  paused?: boolean;
  storeInPrivate?: boolean;
}

/**
 * `engine/analyze` — content → worker: analyse this article text with the engine. The engine
 * and its models live in the worker, so the content script stays small and the page's main
 * thread never runs the analysis. Reply: `Analysis` (offsets into `text`).
 */
export interface EngineAnalyzeRequest {
  type: 'engine/analyze';
  text: string;
}

/**
 * `content/start` — content → worker, from the small script the manifest injects at
 * document_start: the page has loaded (or waited long enough); run the content script proper
 * (`CONTENT_SCRIPT_FILE`) in the sender's own frame. Keeping the big script out of the page until
 * then keeps its parsing off the page's first paint and load event. Reply: `null`.
 */
export interface ContentStartRequest {
  type: 'content/start';
}

/** The content script proper, which `content/start` runs in the sender's frame. */
export const CONTENT_SCRIPT_FILE = 'content.js';

/** Everything the worker accepts that is not a collection message. */
export type CoreWorkerRequest =
  | ContentStartRequest
  | EngineAnalyzeRequest
  | PageAnalyzedRequest
  | PeopleCardRequest
  | PeopleSearchRequest
  | SettingsGetForSiteRequest
  | SettingsGetRequest
  | SettingsSetSiteRequest
  | SettingsSetGlobalRequest;

export type WorkerRequest = CoreWorkerRequest | CollectionRequest;

export interface CoreWorkerReplies {
  'content/start': null;
  'engine/analyze': Analysis;
  'page/analyzed': PageAnalyzedReply;
  'people/card': PersonCard;
  'people/search': PersonSummary[];
  'settings/get-for-site': SiteSettings;
  'settings/get': GlobalSettings;
  'settings/set-site': SiteSettings;
  'settings/set-global': GlobalSettings;
}

export type WorkerReplies = CoreWorkerReplies & CollectionReplies;
export type WorkerType = WorkerRequest['type'];
export type WorkerRequestOf<T extends WorkerType> = Extract<WorkerRequest, { type: T }>;
export type WorkerReplyOf<T extends WorkerType> = T extends keyof WorkerReplies
  ? WorkerReplies[T]
  : never;

/**
 * Who may send what to the worker. `content`: content scripts in web pages (need a tab);
 * `page`: our own extension pages (popup, library); `any`: both. Content scripts run beside page
 * code, so they get only what they need. Collection messages default to `page`, except the
 * ones listed in `CONTENT_COLLECTION_TYPES`.
 */
export type SenderKind = 'content' | 'page';
export type Policy = SenderKind | 'any';

export const WORKER_POLICY: Readonly<Record<CoreWorkerRequest['type'], Policy>> = {
  'content/start': 'content',
  'engine/analyze': 'content',
  'page/analyzed': 'content',
  'people/card': 'any',
  'people/search': 'page',
  'settings/get-for-site': 'any',
  'settings/get': 'page',
  'settings/set-site': 'page',
  'settings/set-global': 'page',
};

/** Collection messages a content script may send (saving from the page, re-anchoring). */
export const CONTENT_COLLECTION_TYPES: readonly string[] = [
  'collection/save',
  'collection/for-page',
  'collection/mark-anchors',
];

/* ---------------------------------------------------------- into a tab */

/**
 * `page/get-state` — worker/popup → content: this page's officials and claims, the first
 * `limit` of each (default `LIMITS.pageList`), with their totals: a 5 MB page has tens of
 * thousands of claims, which no popup should receive or render at once.
 * Reply: `PageStateView`.
 */
export interface PageGetStateRequest {
  type: 'page/get-state';
  limit?: number;
}

/**
 * `collection/save-claim` — popup → content: save claim `claimIndex` of this page (the content
 * script holds the text, so it builds the quote selectors and sends `collection/save`).
 * Reply: `SavedRef`.
 */
export interface CollectionSaveClaimRequest {
  type: 'collection/save-claim';
  claimIndex: number;
}

/**
 * `collection/save-selection` — worker → content, from the context menu or the keyboard
 * shortcut: save the current selection. Reply: `SavedRef`, or error `no-selection`.
 */
export interface CollectionSaveSelectionRequest {
  type: 'collection/save-selection';
}

/**
 * `settings/changed` — worker → content: the settings for this site changed; start or stop
 * (tear down highlights) at once. Reply: `null`.
 */
export interface SettingsChangedRequest {
  type: 'settings/changed';
  settings: SiteSettings;
}

export type TabRequest =
  | PageGetStateRequest
  | CollectionSaveClaimRequest
  | CollectionSaveSelectionRequest
  | SettingsChangedRequest;

export interface TabReplies {
  'page/get-state': PageStateView;
  'collection/save-claim': SavedRef;
  'collection/save-selection': SavedRef;
  'settings/changed': null;
}

export type TabType = TabRequest['type'];
export type TabRequestOf<T extends TabType> = Extract<TabRequest, { type: T }>;
export type TabReplyOf<T extends TabType> = TabReplies[T];

/* ---------------------------------------------------------------- limits */

/**
 * Size limits the validators enforce. Page text is hostile data: a megabyte "name" or a million
 * claims must be refused at the boundary, not stored. The content script should trim to these
 * before sending (`analysis` is rejected whole if it breaks one).
 */
export const LIMITS = {
  url: 4096,
  title: 1000,
  name: 300,
  shortText: 1000,
  /** Claim content, quotes. */
  longText: 20_000,
  hash: 128,
  host: 255,
  query: 200,
  people: 5000,
  mentions: 20_000,
  claims: 20_000,
  outlets: 20_000,
  pieces: 64,
  textLength: 64 * 1024 * 1024,
  snippet: 280,
  listLimit: 500,
  /** Officials and claims in one `page/get-state` reply unless the request asks for more. */
  pageList: 100,
} as const;
