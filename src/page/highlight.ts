/**
 * Paints marks with the CSS Custom Highlight API: the page's DOM and text stay untouched
 * (STYLE.md habit 3). Highlights are registered per window (a same-origin iframe has its own
 * registry) and the ::highlight() rules are adopted into every tree that holds a painted range
 * (the document, open shadow roots), because highlight styles only apply within their tree.
 * Where the API is missing, painting is a no-op and the hovercard still works by keyboard.
 * `destroy()` removes every highlight, style sheet and fallback element it added.
 */
import {
  HIGHLIGHT_CSS,
  HIGHLIGHT_NAMES,
  HIGHLIGHT_PRIORITY,
  type HighlightName,
  type PaintKind,
} from './highlight-styles.ts';

interface WindowState {
  registry: HighlightRegistry;
  highlights: Map<HighlightName, Highlight>;
  sheet: CSSStyleSheet | null;
  HighlightCtor: typeof Highlight;
  StyleSheetCtor: typeof CSSStyleSheet | undefined;
}

type Tree = Document | ShadowRoot;

/** Whether the CSS Custom Highlight API is available in `win`. */
export function highlightsSupported(win: Window | null | undefined): boolean {
  const w = win as
    (Window & { CSS?: { highlights?: unknown }; Highlight?: unknown }) | null | undefined;
  return !!w && typeof w.Highlight === 'function' && !!w.CSS && !!w.CSS.highlights;
}

export class HighlightPainter {
  private readonly windows = new Map<Window, WindowState>();
  private readonly trees = new Set<Tree>();
  private readonly fallbackStyles: Element[] = [];
  private readonly css: string;
  private destroyed = false;
  /**
   * While a batch is open, ranges go into unregistered highlights (adding to a registered one
   * makes the browser repaint all its ranges every frame: quadratic on a 200k-mark page).
   */
  private staged: Map<WindowState, Map<PaintKind, Highlight>> | null = null;
  /** Early partial copies registered by `preview()`, replaced by `endBatch()`. */
  private previews = new Set<Highlight>();

  /**
   * A document whose stylesheets already hold the rules (the extension's manifest injects
   * `highlights.css` into every top-level page before it renders): adopting a sheet there later
   * makes the browser restyle the whole page, 250–300 ms on a 100k-node article.
   */
  private readonly styledDocument: Document | null;

  constructor(options: { css?: string; styledDocument?: Document | null } = {}) {
    this.css = options.css ?? HIGHLIGHT_CSS;
    this.styledDocument = options.styledDocument ?? null;
  }

  /** Paints `ranges` as `kind`. Ranges in windows without the API are ignored. */
  add(kind: PaintKind, ranges: Iterable<AbstractRange>): void {
    if (this.destroyed) return;
    for (const range of ranges) {
      const state = this.stateFor(range.startContainer);
      if (!state) continue;
      const target =
        this.staged && kind !== 'focus'
          ? this.stagedOf(state, kind)
          : this.highlightOf(state, kind);
      target.add(range);
      this.adoptInto(state, range.startContainer);
    }
  }

  /** Starts collecting ranges without painting them (see `staged`). */
  beginBatch(): void {
    this.staged ??= new Map();
  }

  /**
   * Paints what the open batch holds so far, for kinds that show nothing yet, so the top of a
   * huge article lights up early. The copy is small (only what was staged so far).
   */
  preview(): void {
    if (!this.staged) return;
    for (const [state, kinds] of this.staged) {
      for (const [kind, staged] of kinds) {
        const name = HIGHLIGHT_NAMES[kind];
        const current = state.highlights.get(name);
        if (current && !this.previews.has(current)) continue;
        const copy = new state.HighlightCtor();
        copy.priority = staged.priority;
        for (const r of staged) copy.add(r);
        this.previews.add(copy);
        state.highlights.set(name, copy);
        state.registry.set(name, copy);
      }
    }
  }

  /** Paints everything the batch collected: one registration (or one merge) per kind. */
  endBatch(): void {
    const staged = this.staged;
    this.staged = null;
    if (!staged || this.destroyed) return;
    for (const [state, kinds] of staged) {
      for (const [kind, next] of kinds) {
        const name = HIGHLIGHT_NAMES[kind];
        const current = state.highlights.get(name);
        if (current && !this.previews.has(current)) {
          for (const r of next) current.add(r);
          continue;
        }
        if (current) this.previews.delete(current);
        state.highlights.set(name, next);
        state.registry.set(name, next);
      }
    }
  }

  private stagedOf(state: WindowState, kind: PaintKind): Highlight {
    let kinds = this.staged!.get(state);
    if (!kinds) {
      kinds = new Map();
      this.staged!.set(state, kinds);
    }
    let h = kinds.get(kind);
    if (!h) {
      h = new state.HighlightCtor();
      h.priority = HIGHLIGHT_PRIORITY[kind];
      kinds.set(kind, h);
    }
    return h;
  }

  /** Stops painting `ranges` as `kind`. */
  remove(kind: PaintKind, ranges: Iterable<AbstractRange>): void {
    for (const range of ranges) {
      const win = range.startContainer.ownerDocument?.defaultView;
      const h = win ? this.windows.get(win)?.highlights.get(HIGHLIGHT_NAMES[kind]) : undefined;
      h?.delete(range);
    }
  }

  /** Replaces the focus mark (keyboard navigation) with `ranges` (none: clears it). */
  setFocus(ranges: Iterable<AbstractRange>): void {
    for (const state of this.windows.values()) state.highlights.get(HIGHLIGHT_NAMES.focus)?.clear();
    this.add('focus', ranges);
  }

  /** Number of ranges currently painted as `kind`, across windows (for tests and the popup). */
  count(kind: PaintKind): number {
    let n = 0;
    for (const state of this.windows.values())
      n += state.highlights.get(HIGHLIGHT_NAMES[kind])?.size ?? 0;
    return n;
  }

  private stateFor(node: Node): WindowState | null {
    const win = node.ownerDocument?.defaultView;
    if (!win || !highlightsSupported(win)) return null;
    let state = this.windows.get(win);
    if (!state) {
      const w = win as Window & typeof globalThis;
      state = {
        registry: w.CSS.highlights,
        highlights: new Map(),
        sheet: null,
        HighlightCtor: w.Highlight,
        StyleSheetCtor: w.CSSStyleSheet,
      };
      this.windows.set(win, state);
    }
    return state;
  }

  private highlightOf(state: WindowState, kind: PaintKind): Highlight {
    const name = HIGHLIGHT_NAMES[kind];
    let h = state.highlights.get(name);
    if (!h) {
      h = new state.HighlightCtor();
      h.priority = HIGHLIGHT_PRIORITY[kind];
      state.highlights.set(name, h);
      state.registry.set(name, h);
    }
    return h;
  }

  /** Makes sure the ::highlight() rules apply in the tree holding `node`. */
  private adoptInto(state: WindowState, node: Node): void {
    const tree = node.getRootNode() as Tree;
    if (this.trees.has(tree)) return;
    this.trees.add(tree);
    if (tree === this.styledDocument) return;
    try {
      if (!state.sheet && state.StyleSheetCtor) {
        state.sheet = new state.StyleSheetCtor();
        state.sheet.replaceSync(this.css);
      }
      if (state.sheet && 'adoptedStyleSheets' in tree) {
        tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, state.sheet];
        return;
      }
    } catch {
      // Some engines refuse sheets built in an extension's world; fall back to a <style>.
    }
    const doc = tree.nodeType === 9 ? (tree as Document) : tree.ownerDocument;
    if (!doc) return;
    const style = doc.createElement('style');
    style.setAttribute('data-onrecord', '');
    style.textContent = this.css;
    const parent = tree.nodeType === 9 ? (doc.head ?? doc.documentElement) : tree;
    parent?.appendChild(style);
    this.fallbackStyles.push(style);
  }

  /** Removes every highlight and style this painter added. Safe to call twice. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.staged = null;
    this.previews.clear();
    for (const state of this.windows.values()) {
      for (const [name, h] of state.highlights) {
        h.clear();
        try {
          if (state.registry.get(name) === h) state.registry.delete(name);
        } catch {
          // The window may be gone (iframe removed).
        }
      }
      const sheet = state.sheet;
      if (sheet) {
        for (const tree of this.trees) {
          try {
            if (tree.adoptedStyleSheets.includes(sheet)) {
              tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((s) => s !== sheet);
            }
          } catch {
            // Tree from another window; its own state removes it.
          }
        }
      }
    }
    for (const el of this.fallbackStyles) el.remove();
    this.windows.clear();
    this.trees.clear();
    this.fallbackStyles.length = 0;
  }
}
