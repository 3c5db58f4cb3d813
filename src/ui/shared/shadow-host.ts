/**
 * A host element for injected UI: an element of our own appended to <html>, with a shadow root
 * holding the UI and its styles, so the page's CSS cannot reach in and ours cannot leak out
 * (STYLE.md habit 4). The root is closed by default: the hovercard shows the reader's history
 * of other articles, which page scripts must not read. `destroy()` removes everything.
 */

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element Preact renders into. */
  mount: HTMLElement;
  destroy(): void;
}

export const HOST_TAG = 'onrecord-root';

/**
 * Styles as a constructable sheet where possible: a strict page CSP (style-src without
 * 'unsafe-inline') can block a <style> element but not an adopted sheet. Falls back to <style>.
 */
function addStyles(doc: Document, root: ShadowRoot, css: string): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

export function createShadowHost(
  doc: Document,
  css: string,
  mode: ShadowRootMode = 'closed',
): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  // Inline styles beat page rules on our own element; the shadow root isolates the rest.
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
      'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;',
  );
  const root = host.attachShadow({ mode });
  addStyles(doc, root, css);
  const mount = doc.createElement('div');
  root.appendChild(mount);
  (doc.documentElement ?? doc.body)?.appendChild(host);
  return {
    host,
    root,
    mount,
    destroy() {
      host.remove();
    },
  };
}

/** Whether a node is our injected UI or inside it (never read as page text, never observed). */
export function isInsideHost(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).localName === HOST_TAG) return true;
  }
  return false;
}
