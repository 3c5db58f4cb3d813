/**
 * One run of On Record on one page: find the article (retrying while a client-rendered page
 * fills in), read and analyse it in slices, paint, tell the worker, and serve the hovercard
 * (hover and keyboard, in the page and in same-origin iframes). A same-document navigation ends
 * the article session and starts a new one; `stop()` tears everything down (site switched off,
 * global pause).
 */
import type { Analysis } from '../../src/core/types.ts';
import type { WorkerClient } from '../../src/messaging/client.ts';
import type { PageStateView, PageStatus, Result, SavedRef } from '../../src/messaging/contract.ts';
import { err } from '../../src/messaging/contract.ts';
import {
  ArticleSession,
  type PageChunk,
  type PaintedMark,
} from '../../src/page/article-session.ts';
import { splitForAnalysis } from '../../src/page/analysis-pieces.ts';
import { mergeAnalysesSteps } from '../../src/page/merge-analyses.ts';
import { runSliced } from '../../src/page/time-slice.ts';
import { watchPage } from '../../src/page/page-watcher.ts';
import { documentCssApplies } from '../../src/page/highlight-styles.ts';
import type { HovercardModel } from '../../src/ui/hovercard/card-model.ts';
import {
  createHovercard,
  type HovercardController,
} from '../../src/ui/hovercard/mount-hovercard.ts';
import { isInsideHost } from '../../src/ui/shared/shadow-host.ts';
import { anchorOf, inViewport } from './anchor.ts';
import { CardData } from './card-data.ts';
import { isHiddenInBrowser } from './is-hidden.ts';
import { listenKeyboard } from './keyboard.ts';
import { nextMark } from './navigation.ts';
import { PageRecord } from './page-record.ts';
import { listenPointer } from './pointer.ts';
import type { ClaimToSave } from './save-claim.ts';

export interface RunDeps {
  doc: Document;
  worker: WorkerClient;
  /** Saves one item to the collection (the `collection/save` message). */
  save: (item: ClaimToSave) => Promise<Result<SavedRef>>;
}

/** How often and how long to look again for an article that is not there yet. */
const RETRY_MS = 1500;
const MAX_RETRIES = 8;

export class PageRun {
  status: PageStatus = 'working';
  private session: ArticleSession | null = null;
  private hovercard: HovercardController | null = null;
  /** What is known about the current article (replaced on navigation). */
  record: PageRecord;
  private openMark: PaintedMark | null = null;
  private focused: PaintedMark | null = null;
  private sessionAbort = new AbortController();
  private readonly runAbort = new AbortController();
  private readonly cards: CardData;

  constructor(private readonly deps: RunDeps) {
    this.record = new PageRecord(deps.doc, deps.worker);
    this.cards = new CardData(
      deps.worker,
      {
        idOf: (mark) => this.record.personIdOf(mark),
        earlierRoleOf: (mark) => this.record.earlierRoleOf(mark),
      },
      () => this.record.articleUrl,
    );
  }

  private get doc(): Document {
    return this.deps.doc;
  }

  /**
   * Runs the engine in the worker (it holds the models; the page's thread stays free). A huge
   * page goes in paragraph-aligned pieces, so no single message or reply is big enough to
   * block the page while it is copied; people are then linked within each piece only.
   */
  private async analyzeInWorker(text: string): Promise<Analysis> {
    const pieces = splitForAnalysis(text);
    const analysed: Array<{ text: string; analysis: Analysis }> = [];
    for (const piece of pieces) {
      const reply = await this.deps.worker.request({ type: 'engine/analyze', text: piece });
      if (!reply.ok) throw new Error(`analysis failed: ${reply.error.message}`);
      analysed.push({ text: piece, analysis: reply.value });
    }
    const merged = await runSliced(mergeAnalysesSteps(analysed, { inPlace: true }));
    return merged.analysis;
  }

  /** Starts looking for the article; resolves when the first attempt is done. */
  async start(): Promise<void> {
    if (!this.doc.defaultView) return;
    this.listenIn(this.doc);
    await this.attempt(0);
  }

  private readonly pointerDocs = new WeakSet<Document>();
  private readonly pointers: Array<{ cardHovered(over: boolean): void }> = [];

  /**
   * Hover and keys in `doc` (the page, or a same-origin iframe showing article text: its events
   * never reach the page). Points are in `doc`'s viewport; the card's anchor already accounts
   * for the iframe's position, the pointer hint is shifted here.
   */
  private listenIn(doc: Document): void {
    if (this.pointerDocs.has(doc)) return;
    this.pointerDocs.add(doc);
    const view = doc.defaultView;
    if (view) {
      listenKeyboard(
        view,
        { next: () => this.step(1), previous: () => this.step(-1), close: () => this.closeCard() },
        this.runAbort.signal,
      );
    }
    const frame = doc === this.doc ? null : (doc.defaultView?.frameElement ?? null);
    const shift = (x: number, y: number): { x: number; y: number } => {
      const r = frame?.getBoundingClientRect();
      return r ? { x: x + r.left, y: y + r.top } : { x, y };
    };
    const pointer = listenPointer(
      doc,
      {
        markAt: (x, y) => this.session?.markAtPoint(x, y, doc) ?? null,
        enter: (mark) => this.cards.prefetch(mark),
        open: (mark, x, y) => this.openCard(mark, shift(x, y)),
        close: () => this.closeCard(),
        openMark: () => this.openMark,
        isCard: (t) => this.hovercard?.contains(t) ?? false,
      },
      this.runAbort.signal,
    );
    this.pointers.push(pointer);
    this.onCardHover = (over) => {
      for (const p of this.pointers) p.cardHovered(over);
    };
  }

  private onCardHover: (over: boolean) => void = () => undefined;

  /** Tries to start an article session; if the page is not (yet) an article, waits for changes. */
  private async attempt(tries: number): Promise<void> {
    const signal = this.sessionAbort.signal;
    const session = await ArticleSession.start(this.doc, {
      analyze: (text) => this.analyzeInWorker(text),
      ignore: isInsideHost,
      isHidden: isHiddenInBrowser,
      onChunk: (chunk, session) => this.chunkAdded(chunk, session),
      onNavigate: () => this.navigated(),
      // manifest.json injects highlights.css into the top-level page this script runs in; where
      // the engine applies it (Chromium), no sheet is added to the page later.
      documentStyled: documentCssApplies(this.doc.body),
    }).catch(() => null);
    if (signal.aborted) {
      session?.destroy();
      return;
    }
    if (session) {
      this.session = session;
      this.status = 'article';
      return;
    }
    this.status = 'not-article';
    // Client-rendered pages fill in after document_idle, and SPAs change route: look again.
    const waitAbort = new AbortController();
    signal.addEventListener('abort', () => waitAbort.abort(), { once: true });
    let last = Date.now();
    watchPage(this.doc, {
      signal: waitAbort.signal,
      debounceMs: 500,
      ignore: isInsideHost,
      onUrlChange: () => {
        waitAbort.abort();
        this.navigated();
      },
      onBatch: () => {
        if (tries >= MAX_RETRIES || Date.now() - last < RETRY_MS) return;
        last = Date.now();
        waitAbort.abort();
        void this.attempt(tries + 1);
      },
    });
  }

  /** A same-document navigation: forget this article, start over once the new route renders. */
  private navigated(): void {
    this.resetSession();
    setTimeout(() => {
      if (!this.runAbort.signal.aborted) void this.attempt(0);
    }, 400);
  }

  private resetSession(): void {
    this.sessionAbort.abort();
    this.sessionAbort = new AbortController();
    this.closeCard();
    this.session?.destroy();
    this.session = null;
    this.record = new PageRecord(this.deps.doc, this.deps.worker);
    this.focused = null;
    this.cards.clear();
    this.status = 'working';
  }

  private chunkAdded(chunk: PageChunk, session: ArticleSession): void {
    for (const doc of session.frameDocuments()) this.listenIn(doc);
    const record = this.record;
    record.add(chunk);
    // Text added later with no person, claim or credit in it (a ticking clock, a comment count)
    // changes nothing the store holds: reporting it would rewrite the whole article each time.
    const { people, claims, outlets } = chunk.analysis;
    if (record.chunks.length > 1 && people.length + claims.length + outlets.length === 0) return;
    void record.report().then(async (current) => {
      if (!current || record !== this.record) return;
      record.paintEarlierOfficials(session);
      this.cards.clear();
      const open = this.openMark;
      if (open && this.hovercard?.isOpen) this.openCard(open, {}); // now with stored data
      await record.markSaved(session);
    });
  }

  private ensureHovercard(): HovercardController {
    this.hovercard ??= createHovercard(this.doc, {
      onSave: () => void this.saveOpenClaim(),
      onClose: () => this.closeCard(),
      onPointerEnter: () => this.onCardHover(true),
      onPointerLeave: () => this.onCardHover(false),
    });
    return this.hovercard;
  }

  private openCard(mark: PaintedMark, at: { x?: number; y?: number; focus?: boolean }): void {
    if (mark.ranges.length === 0) return;
    const hc = this.ensureHovercard();
    const claimIndex = this.record.claimIndexOf(mark);
    const save = claimIndex !== null && this.record.savedClaims.has(claimIndex) ? 'saved' : 'idle';
    const { model, stored } = this.cards.modelFor(mark, save);
    this.openMark = mark;
    hc.show(anchorOf(mark.ranges), model, {
      ...(at.focus ? { focus: true } : {}),
      ...(at.x !== undefined && at.y !== undefined ? { x: at.x, y: at.y } : {}),
    });
    void stored?.then((s) => {
      if (this.openMark === mark && hc.model) hc.update({ ...hc.model, stored: s });
    });
  }

  private closeCard(): boolean {
    const wasOpen = this.hovercard?.isOpen ?? false;
    this.hovercard?.hide();
    this.openMark = null;
    if (this.focused) {
      this.session?.painter.setFocus([]);
      this.focused = null;
    }
    return wasOpen;
  }

  /** Keyboard navigation: move the focus mark by `dir` and open its card. */
  private step(dir: 1 | -1): void {
    const session = this.session;
    const win = this.doc.defaultView;
    const next = session && win ? nextMark(session.allMarks(), this.focused, dir, win) : null;
    if (!session || !win || !next) return;
    this.focused = next;
    session.painter.setFocus(next.ranges);
    if (!inViewport(next.ranges, win)) {
      next.ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    this.openCard(next, { focus: true });
  }

  /** Saves the claim whose card is open (the "Save claim" button). */
  private async saveOpenClaim(): Promise<void> {
    const mark = this.openMark;
    const index = mark ? this.record.claimIndexOf(mark) : null;
    if (!mark || index === null) return;
    const update = (save: HovercardModel['save']): void => {
      if (this.openMark === mark && this.hovercard?.model)
        this.hovercard.update({ ...this.hovercard.model, save });
    };
    update('saving');
    const r = await this.saveClaim(index);
    update(r.ok ? (r.value.duplicate ? 'duplicate' : 'saved') : 'error');
  }

  /** Saves claim `index` of the merged analysis (hovercard button or the popup). */
  async saveClaim(index: number): Promise<Result<SavedRef>> {
    const record = this.record;
    if (!record.merged) return err('unavailable', 'the page has not been analysed yet');
    const item = record.claimItem(index);
    if (!item) return err('not-found', `no claim ${index} on this page`);
    const r = await this.deps.save(item);
    if (r.ok) {
      record.savedClaims.add(index);
      if (this.session && record === this.record) record.paintSavedClaim(this.session, index);
    }
    return r;
  }

  /** The popup's view of this page: the first `limit` officials and claims. */
  state(limit?: number): PageStateView {
    return this.record.state(this.status, limit);
  }

  /** The current article session (for saving a selection), or null. */
  currentSession(): ArticleSession | null {
    return this.session;
  }

  /** Tears everything down: highlights, card, observers, listeners. */
  stop(): void {
    this.resetSession();
    this.runAbort.abort();
    this.hovercard?.destroy();
    this.hovercard = null;
  }
}
