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
import { detectArticle } from './detect-article.ts';
import { belongsToArticle, fragmentOf, treesOf, type ChunkTrees } from './chunk-parts.ts';
import { HighlightPainter } from './highlight.ts';
import { marksFromAnalysis, MarkIndex, type Mark } from './marks.ts';
import { watchPage, type PageWatch } from './page-watcher.ts';
import { rangesFor } from './ranges.ts';
import { readArticleSteps, type ArticleText } from './read-article.ts';
import type { TextMap } from './text-map.ts';
import { runSliced } from './time-slice.ts';

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
  /** Static ranges (see ranges.ts); `liveRange()` gives geometry. */
  ranges: AbstractRange[];
}

/** Marks painted at once before the rest of a big chunk (the top of the article shows early). */
const PREVIEW_AFTER = 1500;

/**
 * Most marks a page gets painted. Every painted mark holds ranges the browser keeps alive, so
 * without a bound a 5 MB page (150k+ marks) costs the page over 100 MB; no reader hovers past
 * the first tens of thousands. Marks beyond it are not painted (the analysis is still stored).
 */
export const MAX_PAINTED_MARKS = 40_000;

export interface SessionOptions {
  /**
   * Analyses a chunk of article text. The content script passes one that asks the worker (the
   * engine and its models are not bundled into the page); tests pass the engine directly.
   */
  analyze: (text: string, signal: AbortSignal) => Promise<Analysis>;
  budgetMs?: number;
  /** Most marks painted on the page (default `MAX_PAINTED_MARKS`). */
  maxMarks?: number;
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
  debounceMs?: number;
}

export class ArticleSession {
  readonly chunks: PageChunk[] = [];
  readonly painter = new HighlightPainter();
  private readonly controller = new AbortController();
  private nextMarkId = 1;
  private nextChunkId = 0;
  private indexes = new Map<PageChunk, MarkIndex<PaintedMark>>();
  /** Serialises chunk work: a batch that arrives while one is analysed waits its turn. */
  private queue: Promise<void> = Promise.resolve();
  private watcher: PageWatch | null = null;
  private readonly framesSeen = new WeakSet<Element>();

  private constructor(
    readonly doc: Document,
    readonly root: Element,
    private readonly options: SessionOptions,
  ) {}

  /** Starts a session if the page is an article; resolves to null when it is not. */
  static async start(doc: Document, options: SessionOptions): Promise<ArticleSession | null> {
    const detection = detectArticle(doc);
    if (!detection.isArticle || !detection.root) return null;
    const session = new ArticleSession(doc, detection.root, options);
    await session.addChunk(detection.root, null);
    if (options.watch !== false && !session.signal.aborted) {
      session.watch();
      session.watchInside(detection.root);
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

  /** Documents other than the page's own that hold painted text (same-origin iframes). */
  frameDocuments(): Document[] {
    return [...new Set(this.chunks.flatMap((c) => c.trees.documents))];
  }

  /** Open shadow roots holding article text (caretPositionFromPoint needs to be told of them). */
  private shadowRoots(): ShadowRoot[] {
    return [...new Set(this.chunks.flatMap((c) => c.trees.shadowRoots))];
  }

  /** Reads, analyses and paints one chunk. `exclude` skips text already read. */
  private async addChunk(root: Node, exclude: ((n: Text) => boolean) | null): Promise<void> {
    const read: ArticleText = await runSliced(
      readArticleSteps(root, {
        ...(exclude ? { exclude } : {}),
        ...(this.options.isHidden ? { isHidden: this.options.isHidden } : {}),
      }),
      { budgetMs: this.options.budgetMs ?? 8, signal: this.signal },
    );
    if (read.text.trim().length === 0) return;
    const analysis = await this.options.analyze(read.text, this.signal);
    if (this.signal.aborted) return;
    const chunk: PageChunk = {
      id: this.nextChunkId++,
      text: read.text,
      map: read.map,
      analysis,
      marks: [],
      trees: treesOf(read.map, this.doc),
    };
    this.chunks.push(chunk);
    this.painter.beginBatch();
    try {
      await runSliced(this.paintSteps(chunk), {
        budgetMs: this.options.budgetMs ?? 8,
        signal: this.signal,
      });
    } finally {
      this.painter.endBatch();
    }
    this.options.onChunk?.(chunk, this);
  }

  /**
   * Turns marks into ranges and paints them, yielding every few hundred so a page with 200k
   * marks paints progressively without a long task. Hit-testing sees the marks painted so far.
   */
  private *paintSteps(chunk: PageChunk): Generator<number, void, void> {
    const room = (this.options.maxMarks ?? MAX_PAINTED_MARKS) - (this.nextMarkId - 1);
    if (room <= 0) return;
    const marks = marksFromAnalysis(chunk.analysis, room);
    const index = new MarkIndex<PaintedMark>([]);
    this.indexes.set(chunk, index);
    yield 0;
    let i = 0;
    for (const mark of marks) {
      if (this.nextMarkId > (this.options.maxMarks ?? MAX_PAINTED_MARKS)) break;
      const ranges = rangesFor(chunk.map, mark.start, mark.end);
      if (ranges.length > 0) {
        const painted: PaintedMark = { ...mark, id: this.nextMarkId++, chunk, ranges };
        chunk.marks.push(painted);
        index.append(painted);
        this.painter.add(mark.kind, ranges);
      }
      if (++i === PREVIEW_AFTER) this.painter.preview();
      if (i % 256 === 0) yield i;
    }
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
        chunk.marks = kept;
        this.indexes.set(chunk, new MarkIndex(kept));
      }
      if (kept.length === 0 && !chunk.map.nodes.some((n) => n.isConnected)) {
        this.chunks.splice(this.chunks.indexOf(chunk), 1);
        this.indexes.delete(chunk);
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
