/**
 * The browser's own answer to "is this element rendered?", for the page reader (which otherwise
 * only sees markup). `display: contents` elements have no box of their own but their children
 * are rendered, so they are not hidden.
 */
export function isHiddenInBrowser(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return false;
  if (check.call(el, { visibilityProperty: true })) return false;
  const view = el.ownerDocument.defaultView;
  return !view || view.getComputedStyle(el).display !== 'contents';
}
