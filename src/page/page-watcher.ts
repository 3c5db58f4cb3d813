/**
 * Watches a page for late content and same-document navigations. Mutations are batched and
 * debounced (a live blog or an infinite scroll adds many nodes in bursts); the callback gets the
 * element roots that were added since the last call and whether anything was removed. A change
 * of URL (pushState/replaceState/popstate — a content script cannot hook the page's history
 * calls, so the URL is compared after every batch, on popstate and on Navigation API events)
 * is reported separately so the caller can start over.
 */

import { composedParent } from './dom-kinds.ts';

export interface WatchBatch {
  /** Elements and text nodes added (top-most only: descendants of another added node are left out). */
  added: Node[];
  /** Whether any node was removed. */
  removed: boolean;
}

export interface WatchOptions {
  /** Quiet time before a batch is delivered (default 300 ms). */
  debounceMs?: number;
  /** Longest a batch waits while mutations keep coming (default 1500 ms). */
  maxWaitMs?: number;
  /** Nodes to ignore (our own hovercard host). */
  ignore?: (node: Node) => boolean;
  onBatch: (batch: WatchBatch) => void;
  onUrlChange: (url: string) => void;
  signal: AbortSignal;
}

/** The URL without its fragment: a jump to an anchor is not a navigation. */
export function pageKey(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

export interface PageWatch {
  /**
   * Also watches a shadow root or an iframe's document (a document-wide observer does not see
   * inside either). Idempotent.
   */
  observe(target: Node): void;
}

export function watchPage(doc: Document, options: WatchOptions): PageWatch {
  const win = doc.defaultView;
  const Observer = win?.MutationObserver;
  if (!win || !Observer) return { observe: () => undefined };
  const debounce = options.debounceMs ?? 300;
  const maxWait = options.maxWaitMs ?? 1500;
  let lastUrl = pageKey(win.location.href);
  let added = new Set<Node>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;

  const checkUrl = (): boolean => {
    const now = pageKey(win.location.href);
    if (now === lastUrl) return false;
    lastUrl = now;
    added = new Set();
    removed = false;
    options.onUrlChange(now);
    return true;
  };

  const flush = (): void => {
    timer = null;
    firstPending = 0;
    if (options.signal.aborted || checkUrl()) return;
    if (added.size === 0 && !removed) return;
    const nodes = [...added].filter((n) => n.isConnected && !hasAddedAncestor(n, added));
    const batch: WatchBatch = { added: nodes, removed };
    added = new Set();
    removed = false;
    options.onBatch(batch);
  };

  const schedule = (): void => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounce, firstPending + maxWait - now));
    timer = setTimeout(flush, wait);
  };

  const observer = new Observer((records) => {
    for (const r of records) {
      if (options.ignore?.(r.target)) continue;
      r.addedNodes.forEach((n) => {
        if (!options.ignore?.(n) && (n.nodeType === 1 || n.nodeType === 3)) added.add(n);
      });
      if (r.removedNodes.length > 0) removed = true;
    }
    schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const observed = new WeakSet<Node>([doc.documentElement]);

  const onNav = (): void => {
    schedule();
  };
  win.addEventListener('popstate', onNav);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onNav);

  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      win.removeEventListener('popstate', onNav);
      navigation?.removeEventListener('navigatesuccess', onNav);
    },
    { once: true },
  );
  return {
    observe(target) {
      if (observed.has(target) || options.signal.aborted) return;
      observed.add(target);
      try {
        observer.observe(target, { childList: true, subtree: true });
      } catch {
        // A node from a window that is gone.
      }
    },
  };
}

function hasAddedAncestor(node: Node, added: Set<Node>): boolean {
  for (let p = composedParent(node); p; p = composedParent(p)) if (added.has(p)) return true;
  return false;
}
