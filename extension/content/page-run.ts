/**
 * One run of On Record on one page: find the article (retrying while a client-rendered page
 * fills in), read and analyse it in slices, paint, tell the worker, and serve the hovercard
 * (hover and keyboard). A same-document navigation ends the run's article session and starts a
 * new one; `stop()` tears everything down (site switched off, global pause).
 */
import type { WorkerClient } from '../../src/messaging/client.ts';
import type { PageMeta as MessagePageMeta, PageStatus, SavedRef, Result } from '../../src/messaging/contract.ts';
import { err } from '../../src/messaging/contract.ts';
import { ArticleSession, type PageChunk, type PaintedMark } from '../../src/page/article-session.ts';
import { mergeAnalyses, textHash, type MergedAnalysis } from '../../src/page/merge-analyses.ts';
import { pageKey, watchPage } from '../../src/page/page-watcher.ts';
import { readPageMeta } from '../../src/page/page-meta.ts';
import type { HovercardModel } from '../../src/ui/hovercard/card-model.ts';
import { createHovercard, type HovercardController } from '../../src/ui/hovercard/mount-hovercard.ts';
import { HOST_TAG } from '../../src/ui/shared/shadow-host.ts';
import { anchorOf, inViewport } from './anchor.ts';
import { CardData } from './card-data.ts';
import { isHiddenInBrowser } from './is-hidden.ts';
import { listenKeyboard } from './keyboard.ts';
import { boundAnalysis, messagePageMeta, pageStateView } from './page-report.ts';
import { listenPointer } from './pointer.ts';
import { reanchorSaved } from './reanchor.ts';
import { claimToSave, type ClaimToSave } from './save-claim.ts';

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
  /** Every chunk ever analysed in this session (pruned ones too: the stored text only grows). */
  private chunks: PageChunk[] = [];
  private bases = new Map<PageChunk, MergedAnalysis['bases'][number]>();
  private merged: MergedAnalysis | null = null;
  private page: MessagePageMeta | null = null;
  private personIds: Array<number | null | undefined> = [];
  private savedClaims = new Set<number>();
  private openMark: PaintedMark | null = null;
  private focused: PaintedMark | null = null;
  private sessionAbort = new AbortController();
  private readonly runAbort = new AbortController();
  private readonly cards: CardData;

  constructor(private readonly deps: RunDeps) {
    this.cards = new CardData(
      deps.worker,
      { idOf: (mark) => this.personIdOf(mark) },
      () => this.page?.canonicalUrl ?? this.page?.url ?? null,
    );
  }

  private get doc(): Document {
    return this.deps.doc;
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
      listenKeyboard(view, { next: () => this.step(1), previous: () => this.step(-1), close: () => this.closeCard() }, this.runAbort.signal);
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
      ignore: (n) => isOurs(n),
      isHidden: isHiddenInBrowser,
      onChunk: (chunk, session) => this.chunkAdded(chunk, session),
      onNavigate: () => this.navigated(),
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
      ignore: isOurs,
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
    this.chunks = [];
    this.bases.clear();
    this.merged = null;
    this.page = null;
    this.personIds = [];
    this.savedClaims.clear();
    this.reanchored = false;
    this.focused = null;
    this.cards.clear();
    this.status = 'working';
  }

  private chunkAdded(chunk: PageChunk, session: ArticleSession): void {
    this.chunks.push(chunk);
    for (const doc of session.frameDocuments()) this.listenIn(doc);
    this.merged = mergeAnalyses(this.chunks);
    this.chunks.forEach((c, i) => this.bases.set(c, this.merged!.bases[i]!));
    const win = this.doc.defaultView;
    const href = pageKey(win?.location.href ?? '');
    const meta = readPageMeta(this.doc, { href });
    this.page = messagePageMeta(meta, href, this.merged.text.length, textHash(this.merged.text));
    void this.report();
  }

  /** Sends `page/analyzed`; the reply gives the stored person id of each person on the page. */
  private async report(): Promise<void> {
    const merged = this.merged;
    const page = this.page;
    if (!merged || !page) return;
    const reply = await this.deps.worker.request({ type: 'page/analyzed', page, analysis: boundAnalysis(merged.analysis) });
    if (merged !== this.merged) return; // a newer chunk already reported
    this.personIds = reply.ok ? reply.value.people.map((p) => p.personId) : merged.analysis.people.map(() => null);
    this.cards.clear();
    const open = this.openMark;
    if (open && this.hovercard?.isOpen) this.openCard(open, {}); // refresh with stored data
    if (!this.reanchored) {
      this.reanchored = true;
      await this.markSaved(merged, page);
    }
  }

  /** Whether this session's saved quotes were looked for already (once per article). */
  private reanchored = false;

  /** Re-anchors the quotes saved from this page and paints them; saved claims show as saved. */
  private async markSaved(merged: MergedAnalysis, page: MessagePageMeta): Promise<void> {
    const out = await reanchorSaved(this.deps.worker, page.canonicalUrl ?? page.url, merged.text).catch(() => null);
    const session = this.session;
    if (!out || merged !== this.merged || !session) return;
    session.paintSaved(out.spans, this.chunks.map((chunk, i) => ({ chunk, offset: merged.bases[i]?.offset ?? 0 })));
    merged.analysis.claims.forEach((c, index) => {
      if (out.spans.some((s) => s.start === c.content.start && s.end === c.content.end)) this.savedClaims.add(index);
    });
  }

  private personIdOf(mark: PaintedMark): number | null | undefined {
    const base = this.bases.get(mark.chunk);
    if (!base || mark.person === null) return null;
    return this.personIds[base.person + mark.person];
  }

  private mergedClaimIndex(mark: PaintedMark): number | null {
    const base = this.bases.get(mark.chunk);
    return base && mark.claim !== null ? base.claim + mark.claim : null;
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
    const claimIndex = this.mergedClaimIndex(mark);
    const save = claimIndex !== null && this.savedClaims.has(claimIndex) ? 'saved' : 'idle';
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
    if (!session || !win) return;
    const marks = session.allMarks().filter((m) => m.kind !== 'cue' && m.ranges.length > 0);
    if (marks.length === 0) return;
    let i = this.focused ? marks.indexOf(this.focused) : -1;
    if (i < 0) {
      // Start from the first highlight on screen rather than the top of the article.
      const visible = firstOnScreen(marks, win);
      i = visible >= 0 ? visible - (dir === 1 ? 1 : 0) : dir === 1 ? -1 : 0;
    }
    const next = marks[(i + dir + marks.length) % marks.length]!;
    this.focused = next;
    session.painter.setFocus(next.ranges);
    if (!inViewport(next.ranges, win)) {
      next.ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    this.openCard(next, { focus: true });
  }

  /** Saves the claim whose card is open (the "Save claim" button). */
  private async saveOpenClaim(): Promise<void> {
    const mark = this.openMark;
    const index = mark ? this.mergedClaimIndex(mark) : null;
    if (!mark || index === null) return;
    const update = (save: HovercardModel['save']): void => {
      if (this.openMark === mark && this.hovercard?.model) this.hovercard.update({ ...this.hovercard.model, save });
    };
    update('saving');
    const r = await this.saveClaim(index);
    update(r.ok ? (r.value.duplicate ? 'duplicate' : 'saved') : 'error');
  }

  /** Saves claim `index` of the merged analysis (hovercard button or the popup). */
  async saveClaim(index: number): Promise<Result<SavedRef>> {
    const merged = this.merged;
    const page = this.page;
    if (!merged || !page) return err('unavailable', 'the page has not been analysed yet');
    const item = claimToSave(merged.text, merged.analysis, index, page, this.personIds.map((x) => x ?? null));
    if (!item) return err('not-found', `no claim ${index} on this page`);
    const r = await this.deps.save(item);
    if (r.ok) this.savedClaims.add(index);
    return r;
  }

  /** The popup's view of this page. */
  state(): ReturnType<typeof pageStateView> {
    return pageStateView(
      this.status,
      this.page,
      this.merged?.analysis ?? null,
      this.personIds.map((x) => x ?? null),
      this.savedClaims,
    );
  }

  /** The merged text and analysis, for saving a selection. */
  snapshot(): { merged: MergedAnalysis; page: MessagePageMeta; session: ArticleSession; bases: Map<PageChunk, MergedAnalysis['bases'][number]> } | null {
    return this.merged && this.page && this.session ? { merged: this.merged, page: this.page, session: this.session, bases: this.bases } : null;
  }

  /** Tears everything down: highlights, card, observers, listeners. */
  stop(): void {
    this.resetSession();
    this.runAbort.abort();
    this.hovercard?.destroy();
    this.hovercard = null;
  }
}

/**
 * Index of the first mark on screen (or below it), by binary search: marks are in reading
 * order, which is top-to-bottom on almost every page, so a 200k-mark page costs ~18 lookups.
 */
function firstOnScreen(marks: PaintedMark[], win: Window): number {
  let lo = 0;
  let hi = marks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const box = anchorOf(marks[mid]!.ranges).getBoundingClientRect();
    if (box.bottom > 0) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found >= 0 && inViewport(marks[found]!.ranges, win) ? found : -1;
}

/** Our own UI host (never read, never observed). */
function isOurs(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).localName === HOST_TAG) return true;
  }
  return false;
}

