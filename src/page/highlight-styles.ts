/**
 * How each kind of mark looks. Only translucent backgrounds and underlines: the page's own text
 * colour is kept, so marks stay readable on light and dark pages alike. Colours are chosen to be
 * told apart without relying on hue alone (solid / dotted / dashed underlines).
 */
import type { MarkKind } from './marks.ts';

/** What can be painted: the marks, the keyboard focus, and quotes saved to the collection. */
export type PaintKind = MarkKind | 'focus' | 'saved';

export type HighlightName = `onrecord-${PaintKind}`;

export const HIGHLIGHT_NAMES: Record<PaintKind, HighlightName> = {
  official: 'onrecord-official',
  claim: 'onrecord-claim',
  cue: 'onrecord-cue',
  outlet: 'onrecord-outlet',
  focus: 'onrecord-focus',
  saved: 'onrecord-saved',
};

/** Paint order when marks overlap: a name inside a quote shows as a name. */
export const HIGHLIGHT_PRIORITY: Record<PaintKind, number> = {
  claim: 1,
  saved: 2,
  cue: 3,
  outlet: 4,
  official: 5,
  focus: 10,
};

export const HIGHLIGHT_CSS = `
::highlight(onrecord-official) {
  background-color: rgba(250, 190, 20, 0.36);
  text-decoration: underline solid rgba(217, 119, 6, 0.95);
  text-decoration-thickness: 2px;
  text-underline-offset: 2px;
}
::highlight(onrecord-claim) {
  background-color: rgba(96, 165, 250, 0.17);
  text-decoration: underline dotted rgba(59, 130, 246, 0.9);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(onrecord-cue) {
  background-color: rgba(96, 165, 250, 0.3);
  text-decoration: underline solid rgba(37, 99, 235, 0.9);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(onrecord-outlet) {
  background-color: rgba(52, 211, 153, 0.24);
  text-decoration: underline dashed rgba(5, 150, 105, 0.95);
  text-decoration-thickness: 2px;
  text-underline-offset: 2px;
}
::highlight(onrecord-saved) {
  background-color: rgba(192, 132, 252, 0.24);
  text-decoration: underline double rgba(147, 51, 234, 0.95);
  text-decoration-thickness: 1px;
  text-underline-offset: 3px;
}
::highlight(onrecord-focus) {
  background-color: rgba(249, 115, 22, 0.42);
  text-decoration: underline solid rgba(234, 88, 12, 1);
  text-decoration-thickness: 3px;
  text-underline-offset: 2px;
}
`;

/**
 * The rules for the manifest's `highlights.css`, injected into every top-level page before it
 * renders. Written on `:root` so they match one element: Chromium gives highlight pseudos the
 * styles of their parent's (highlight inheritance), so every text node of the page inherits them,
 * and the page's own style work stays as it was (the universal form cost a 100k-node page
 * 150–250 ms at load). Firefox ESR does not inherit them, so there the painter still adopts
 * `HIGHLIGHT_CSS`.
 */
export const DOCUMENT_HIGHLIGHT_CSS = HIGHLIGHT_CSS.trimStart().replace(/^::highlight\(/gm, ':root::highlight(');

/**
 * Whether the manifest's `highlights.css` styles highlights under `el`: true where the engine
 * inherits highlight styles and the sheet was injected. Asked of the engine, not guessed from
 * its name: the computed highlight background of an element inside the page.
 */
export function documentCssApplies(el: Element | null): boolean {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return false;
  try {
    const bg = view.getComputedStyle(el, `::highlight(${HIGHLIGHT_NAMES.official})`).backgroundColor;
    return bg !== '' && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)';
  } catch {
    return false;
  }
}
