/**
 * One article on one page, from reading to painting, with everything long-lived torn down by
 * `destroy()` (STYLE.md habit 8). The article is read and analysed in slices; text that arrives
 * later (live blogs, infinite scroll) is read as a new chunk — only the new text nodes, never
 * twice — analysed on its own and painted; marks whose nodes left the DOM are dropped; a
 * same-document navigation starts everything over. No browser-extension API here: the content
 * script passes callbacks to talk to the worker and the hovercard.
 */
import type { Analysis } from '../core/types.ts';
import { caretHit } from './caret.ts';
import { detectArticleSteps } from './detect-article.ts';
import { chooseArticle } from './choose-article.ts';
import { belongsToArticle, chunkTrees, fragmentOf, type ChunkTrees } from './chunk-parts.ts';
import { HighlightPainter } from './highlight.ts';
import { marksFromAnalysisSteps, MarkIndex, officialMarks, type Mark } from './marks.ts';
import { boxOf, PaintWindows, windowNear, type MarkWindow } from './paint-window.ts';
import { watchPage, type PageWatch } from './page-watcher.ts';
import { rangesFor } from './ranges.ts';
import { readArticleSteps, type ArticleText } from './read-article.ts';
import type { TextMap } from './text-map.ts';
import { defaultYield, runSliced } from './time-slice.ts';

/** A piece of the page read in one pass: the article at first, later additions after. */
export interface PageChunk {
  id: number;
  text: string;
  map: TextMap;
  analysis: Analysis;
  marks: PaintedMark[];
  /** Where the chunk's text lives besides the page's own tree. */
  trees: ChunkTrees;
}

export interface PaintedMark extends Mark {
  /** Unique within the session, increasing in reading order. */
  id: number;
  chunk: PageChunk;
  /**
   * Static ranges (see ranges.ts); `liveRange()` gives geometry. Empty when the mark's text
   * left the page. In a huge (windowed) chunk they are made on first use.
   */
  readonly ranges: AbstractRange[];
}

/**
 * A mark of a windowed chunk: its ranges are made when it is first painted, hovered or stepped
 * to, so a 40k-mark page holds StaticRanges (browser objects the GC must trace) only for the few
 * thousand marks painted near the viewport.
 */
class LazyMark implements PaintedMark {
  readonly kind: Mark['kind'];
  readonly start: number;
  readonly end: number;
  readonly person: number | null;
  readonly claim: number | null;
  readonly outlet: number | null;
  private made: AbstractRange[] | null = null;

  constructor(
    mark: Mark,
    readonly id: number,
    readonly chunk: PageChunk,
  ) {
    this.kind = mark.kind;
    this.start = mark.start;
    this.end = mark.end;
    this.person = mark.person;
    this.claim = mark.claim;
    this.outlet = mark.outlet;
  }

  get ranges(): AbstractRange[] {
    return (this.made ??= rangesFor(this.chunk.map, this.start, this.end));
  }
}

/** Marks painted at once before the rest of a big chunk (the top of the article shows early). */
const PREVIEW_AFTER = 1500;

/**
 * Most marks a page gets painted. Every painted mark holds ranges the browser keeps alive, so
 * without a bound a 5 MB page (150k+ marks) costs the page over 100 MB; no reader hovers past
 * the first tens of thousands. Marks beyond it are not painted (the analysis is still stored).
 */
export const MAX_PAINTED_MARKS = 40_000;

/**
 * A chunk with more marks than this paints only those near the viewport (see paint-window.ts),
 * at most `MAX_WINDOW` at a time, within `WINDOW_SCREENS` viewport heights above and below.
 */
export const WINDOW_AFTER = 5000;
const MAX_WINDOW = 4000;
const WINDOW_SCREENS = 3;
/** How long scrolling waits before the painted window is checked again. */
const SCROLL_CHECK_MS = 120;
/**
 * Nodes read between two checks of the time budget: a layout-aware hidden test per element
 * makes 2000 nodes (the reader's default) take 10–20 ms on a busy machine.
 */
const READ_SLICE_NODES = 500;

export interface SessionOptions {
  /**
   * Analyses a chunk of article text. The content script passes one that asks the worker (the
   * engine and its models are not bundled into the page); tests pass the engine directly.
   */
  analyze: (text: string, signal: AbortSignal) => Promise<Analysis>;
  budgetMs?: number;
  /** Most marks painted on the page (default `MAX_PAINTED_MARKS`). */
  maxMarks?: number;
  /** Marks a chunk may have before only those near the viewport are painted (`WINDOW_AFTER`). */
  windowAfter?: number;
  /** Called after each chunk is painted (the content script tells the worker). */
  onChunk?: (chunk: PageChunk, session: ArticleSession) => void;
  /** Called when the page navigated to another URL without reloading: the session is over. */
  onNavigate?: (url: string) => void;
  /** Elements to ignore entirely (our own UI host). */
  ignore?: (node: Node) => boolean;
  /** Layout-aware hidden test (browser only). */
  isHidden?: (el: Element) => boolean;
  /** Watch for late content (default true). */
  watch?: boolean;
  /** The page already carries the highlight rules (manifest CSS): don't add a sheet to it. */
  documentStyled?: boolean;
  debounceMs?: number;
  /** How to give the browser a turn between pieces of work (tests pass an immediate one). */
  yieldToHost?: () => Promise<void>;
}

export class ArticleSession {
  readonly chunks: PageChunk[] = [];
  readonly painter: HighlightPainter;
  private readonly controller = new AbortController();
  private nextMarkId = 1;
  private nextChunkId = 0;
  private indexes = new Map<PageChunk, MarkIndex<PaintedMark>>();
  /** Serialises chunk work: a batch that arrives while one is analysed waits its turn. */
  private queue: Promise<void> = Promise.resolve();
  private watcher: PageWatch | null = null;
  private readonly framesSeen = new WeakSet<Element>();
  /** Chunks too big to paint whole: only marks near the viewport are painted. */
  private readonly windows: PaintWindows;

  private constructor(
    readonly doc: Document,
    readonly root: Element,
    private readonly options: SessionOptions,
  ) {
    this.painter = new HighlightPainter({ styledDocument: options.documentStyled ? doc : null });
    this.windows = new PaintWindows(doc, this.painter, this.signal, {
      max: MAX_WINDOW,
      screens: WINDOW_SCREENS,
      checkMs: SCROLL_CHECK_MS,
    });
  }

  /** Starts a session if the page is an article; resolves to null when it is not. */
  static async start(doc: Document, options: SessionOptions): Promise<ArticleSession | null> {
    const detection = await runSliced(detectArticleSteps(doc), {
      budgetMs: options.budgetMs ?? 8,
      ...(options.yieldToHost ? { yieldToHost: options.yieldToHost } : {}),
    });
    if (!detection.root) return null;
    await (options.yieldToHost ?? defaultYield)(); // Readability's choice is a task of its own
    const choice = chooseArticle(doc, detection);
    if (!choice.isArticle) return null;
    const root = choice.root ?? detection.root;
    const session = new ArticleSession(doc, choice.watchRoot ?? root, options);
    await session.pause(); // reading starts a task of its own
    await session.addChunk(root, choice.exclude, choice.skipChrome);
    if (options.watch !== false && !session.signal.aborted) {
      session.watch();
      session.watchInside(session.root);
    }
    return session;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Every painted mark, in reading order (chunk by chunk). */
  allMarks(): PaintedMark[] {
    return this.chunks.flatMap((c) => c.marks);
  }

  /** The mark under a point of `doc`'s viewport (the page, or a same-origin iframe), or null. */
  markAtPoint(x: number, y: number, doc: Document = this.doc): PaintedMark | null {
    const hit = caretHit(doc, x, y, this.shadowRoots());
    if (!hit) return null;
    return this.markAtNode(hit.node, hit.offset);
  }

  /** The most specific mark covering a character of a text node, or null. */
  markAtNode(node: Text, offset: number): PaintedMark | null {
    for (const chunk of this.chunks) {
      if (!chunk.map.has(node)) continue;
      const at = chunk.map.toOffset(node, offset);
      if (at === null) return null;
      return this.indexes.get(chunk)?.at(at) ?? null;
    }
    return null;
  }

  /**
   * Paints spans of the text the chunks make together (each chunk's text, joined with "\n" in
   * order, as `mergeAnalyses` joins them) as quotes saved to the collection.
   */
  paintSaved(
    spans: ReadonlyArray<{ start: number; end: number }>,
    bases: ReadonlyArray<{ chunk: PageChunk; offset: number }>,
  ): void {
    for (const span of spans) {
      const at = bases.find(
        (b) => span.start >= b.offset && span.start < b.offset + b.chunk.text.length,
      );
      if (!at || !this.chunks.includes(at.chunk)) continue;
      this.painter.add(
        'saved',
        rangesFor(at.chunk.map, span.start - at.offset, span.end - at.offset),
      );
    }
  }

  /**
   * Paints as officials the people of `chunk` (indexes into its analysis) that the store knows
   * in a role this article does not give; each person once. A chunk painted by window (a huge
   * page) is left as it is.
   */
  addOfficials(chunk: PageChunk, people: ReadonlySet<number>): void {
    if (!this.chunks.includes(chunk) || this.windows.has(chunk)) return;
    const done = new Set(chunk.marks.filter((m) => m.kind === 'official').map((m) => m.person));
    const fresh = new Set([...people].filter((p) => !done.has(p)));
    if (fresh.size === 0) return;
    const room = (this.options.maxMarks ?? MAX_PAINTED_MARKS) - (this.nextMarkId - 1);
    this.painter.beginBatch();
    try {
      for (const mark of officialMarks(chunk.analysis, fresh).slice(0, Math.max(0, room))) {
        const ranges = rangesFor(chunk.map, mark.start, mark.end);
        if (ranges.length === 0) continue;
        chunk.marks.push({ ...mark, id: this.nextMarkId++, chunk, ranges });
        this.painter.add(mark.kind, ranges);
      }
    } finally {
      this.painter.endBatch();
    }
    chunk.marks.sort((a, b) => a.start - b.start || b.end - a.end);
    this.indexes.set(chunk, new MarkIndex(chunk.marks));
  }

  /** Documents other than the page's own that hold painted text (same-origin iframes). */
  frameDocuments(): Document[] {
    return [...new Set(this.chunks.flatMap((c) => c.trees.documents))];
  }

  /** Open shadow roots holding article text (caretPositionFromPoint needs to be told of them). */
  private shadowRoots(): ShadowRoot[] {
    return [...new Set(this.chunks.flatMap((c) => c.trees.shadowRoots))];
  }

  private get slicing(): {
    budgetMs: number;
    signal: AbortSignal;
    yieldToHost?: () => Promise<void>;
  } {
    return {
      budgetMs: this.options.budgetMs ?? 8,
      signal: this.signal,
      ...(this.options.yieldToHost ? { yieldToHost: this.options.yieldToHost } : {}),
    };
  }

  /** Gives the browser a turn (so the next piece of work starts a task of its own). */
  private pause(): Promise<void> {
    return (this.options.yieldToHost ?? defaultYield)();
  }

  /**
   * Reads, analyses and paints one chunk. `exclude` skips text already read. Every step after
   * an await starts with a pause: the analysis arrives in a message task (with its reply's
   * deserialisation), and painting, registering highlights and telling the worker each cost a
   * few tens of ms on a 100k-node page, so none of them shares a task with another.
   */
  private async addChunk(
    root: Node,
    exclude: ((n: Text) => boolean) | null,
    skipChrome = true,
  ): Promise<void> {
    const read: ArticleText = await runSliced(
      readArticleSteps(root, {
        sliceNodes: READ_SLICE_NODES,
        skipChrome,
        ...(exclude ? { exclude } : {}),
        ...(this.options.isHidden ? { isHidden: this.options.isHidden } : {}),
      }),
      this.slicing,
    );
    if (read.text.trim().length === 0) return;
    const analysis = await this.options.analyze(read.text, this.signal);
    if (this.signal.aborted) return;
    await this.pause();
    if (this.signal.aborted) return;
    const chunk: PageChunk = {
      id: this.nextChunkId++,
      text: read.text,
      map: read.map,
      analysis,
      marks: [],
      trees: chunkTrees(read.trees, this.doc),
    };
    this.chunks.push(chunk);
    this.painter.beginBatch();
    try {
      await runSliced(this.paintSteps(chunk), this.slicing);
    } finally {
      this.painter.endBatch();
    }
    await this.pause();
    if (this.signal.aborted) return;
    this.options.onChunk?.(chunk, this);
  }

  /**
   * Turns marks into ranges and paints them, yielding every few hundred so a page with 200k
   * marks paints progressively without a long task. Hit-testing sees the marks painted so far.
   */
  private *paintSteps(chunk: PageChunk): Generator<number, void, void> {
    const room = (this.options.maxMarks ?? MAX_PAINTED_MARKS) - (this.nextMarkId - 1);
    if (room <= 0) return;
    const marks = yield* marksFromAnalysisSteps(chunk.analysis, room);
    const index = new MarkIndex<PaintedMark>([]);
    this.indexes.set(chunk, index);
    // A huge chunk paints only the marks near the viewport (found by probing a few marks'
    // boxes) and makes the other marks' ranges only when they are used; then its window
    // follows the reader's scrolling.
    const windowed =
      marks.length > (this.options.windowAfter ?? WINDOW_AFTER) && !!this.doc.defaultView;
    const near = windowed ? this.nearViewport(chunk, marks) : { lo: 0, hi: marks.length };
    const painted = { lo: 0, hi: 0 };
    yield 0;
    let i = 0;
    for (const mark of marks) {
      if (this.nextMarkId > (this.options.maxMarks ?? MAX_PAINTED_MARKS)) break;
      const inWindow = i >= near.lo && i < near.hi;
      if (windowed) {
        const m = new LazyMark(mark, this.nextMarkId++, chunk);
        chunk.marks.push(m);
        index.append(m);
        if (inWindow) {
          if (painted.hi === 0) painted.lo = chunk.marks.length - 1;
          painted.hi = chunk.marks.length;
          this.painter.add(mark.kind, m.ranges);
        }
      } else {
        const ranges = rangesFor(chunk.map, mark.start, mark.end);
        if (ranges.length > 0) {
          const m: PaintedMark = { ...mark, id: this.nextMarkId++, chunk, ranges };
          chunk.marks.push(m);
          index.append(m);
          this.painter.add(mark.kind, ranges);
        }
      }
      ++i;
      if (i === (windowed ? near.hi : PREVIEW_AFTER)) this.painter.preview();
      if (i % (windowed ? 2048 : 256) === 0) yield i;
    }
    if (windowed) this.windows.add(chunk, painted);
  }

  /** Indexes of `marks` (not yet built) near the viewport, probing ~34 marks' boxes. */
  private nearViewport(chunk: PageChunk, marks: readonly Mark[]): MarkWindow {
    const h = this.doc.defaultView?.innerHeight ?? 0;
    const boxAt = (i: number): ReturnType<typeof boxOf> => {
      const m = marks[i]!;
      return boxOf(rangesFor(chunk.map, m.start, m.end));
    };
    return windowNear(marks.length, boxAt, h, h * WINDOW_SCREENS, MAX_WINDOW);
  }

  private watch(): void {
    this.watcher = watchPage(this.doc, {
      signal: this.signal,
      ...(this.options.debounceMs !== undefined ? { debounceMs: this.options.debounceMs } : {}),
      ignore: (n) => this.options.ignore?.(n) ?? false,
      onUrlChange: (url) => {
        this.destroy();
        this.options.onNavigate?.(url);
      },
      onBatch: (batch) => {
        if (batch.removed) this.prune();
        const fresh = batch.added.filter((n) => this.accepts(n));
        if (fresh.length === 0) return;
        this.enqueue(fragmentOf(fresh));
        this.queue = this.queue.then(() => {
          for (const n of fresh) this.watchInside(n);
        });
      },
    });
  }

  /** Runs chunk work after the work already queued (chunks are added one at a time). */
  private enqueue(root: Node): void {
    this.queue = this.queue
      .then(() => this.addChunk(root, (t) => this.isRead(t)))
      .catch(() => undefined);
  }

  /**
   * Watches what a document-wide observer cannot see: open shadow roots holding article text,
   * and same-origin iframes, whose documents may still be loading (read when they load).
   */
  private watchInside(root: Node): void {
    if (!this.watcher) return;
    for (const root of this.shadowRoots()) this.watcher.observe(root);
    for (const doc of this.frameDocuments()) this.watcher.observe(doc.documentElement);
    const frames =
      root.nodeType === 1 || root.nodeType === 9
        ? (root as Element).querySelectorAll('iframe')
        : [];
    for (const frame of Array.from(frames)) {
      if (this.framesSeen.has(frame)) continue;
      this.framesSeen.add(frame);
      frame.addEventListener(
        'load',
        () => {
          let body: HTMLElement | null = null;
          try {
            body = frame.contentDocument?.body ?? null;
          } catch {
            body = null; // cross-origin
          }
          if (!body) return;
          this.watcher?.observe(body.ownerDocument.documentElement);
          this.enqueue(body);
        },
        { signal: this.signal },
      );
    }
  }

  /** Whether any chunk has read this text node already. */
  private isRead(node: Text): boolean {
    return this.chunks.some((c) => c.map.has(node));
  }

  /** Whether an added node should be read (see `belongsToArticle`). */
  private accepts(node: Node): boolean {
    return !this.options.ignore?.(node) && belongsToArticle(node, this.root);
  }

  /** Drops marks whose text nodes left the DOM, and chunks left with nothing. */
  prune(): void {
    for (const chunk of [...this.chunks]) {
      const kept: PaintedMark[] = [];
      for (const m of chunk.marks) {
        if (chunk.map.pieces(m.start, m.end).every((p) => p.node.isConnected)) kept.push(m);
        else this.painter.remove(m.kind, m.ranges);
      }
      if (kept.length !== chunk.marks.length) {
        // A windowed chunk's indexes change: unpaint its window, paint it again over `kept`.
        this.windows.unpaint(chunk);
        chunk.marks = kept;
        this.indexes.set(chunk, new MarkIndex(kept));
        this.windows.move(chunk);
      }
      if (kept.length === 0 && !chunk.map.nodes.some((n) => n.isConnected)) {
        this.chunks.splice(this.chunks.indexOf(chunk), 1);
        this.indexes.delete(chunk);
        this.windows.delete(chunk);
      }
    }
  }

  /** Removes every highlight, observer and listener. Safe to call twice. */
  destroy(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    this.painter.destroy();
    this.chunks.length = 0;
    this.indexes.clear();
  }
}
