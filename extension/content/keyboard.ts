/**
 * Keyboard access to the highlights: Alt+Shift+J moves to the next highlight and opens its card,
 * Alt+Shift+K to the previous one, Escape closes the card. Keys are matched by `code` (the
 * physical key), because Alt changes `key` on some layouts (macOS). Typing in a field is never
 * intercepted.
 */

export interface KeyboardActions {
  next(): void;
  previous(): void;
  /** Returns true when something was closed (only then is Escape consumed). */
  close(): boolean;
}

function inEditable(target: EventTarget | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable) return true;
  return (
    el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
  );
}

export function listenKeyboard(win: Window, actions: KeyboardActions, signal: AbortSignal): void {
  win.addEventListener(
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (actions.close()) e.stopPropagation();
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      if (e.code !== 'KeyJ' && e.code !== 'KeyK') return;
      if (inEditable(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      if (e.code === 'KeyJ') actions.next();
      else actions.previous();
    },
    { capture: true, signal },
  );
}
