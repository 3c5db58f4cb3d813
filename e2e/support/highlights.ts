/**
 * Reading the extension's highlights from the page's main world: the content script registers
 * them in `CSS.highlights` (names `onrecord-*`), which the page can see. Used to check that
 * highlights exist and to find where a name is painted, to hover it. Works whether the content
 * script registers live `Range`s or `StaticRange`s.
 */
import type { Page } from '@playwright/test';

export interface PaintedRange {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Sizes of all `onrecord-*` highlights, by name. */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('onrecord-')) out[name] = h.size;
    });
    return out;
  });
}

/** The painted ranges of highlight `name` (optionally only those whose text is `text`). */
export async function paintedRanges(page: Page, name: string, text?: string): Promise<PaintedRange[]> {
  return page.evaluate(
    ([n, t]) => {
      const h = CSS.highlights.get(n);
      if (!h) return [];
      const out: PaintedRange[] = [];
      h.forEach((r) => {
        // Highlights may hold StaticRanges (no text, no geometry): look through a live Range.
        const live = document.createRange();
        try {
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
        } catch {
          return; // a range into nodes that left the document
        }
        const s = live.toString();
        if (t !== null && s !== t) return;
        const rect = live.getBoundingClientRect();
        out.push({ text: s, x: rect.x, y: rect.y, width: rect.width, height: rect.height });
      });
      return out;
    },
    [name, text ?? null] as const,
  );
}

/** Scrolls a painted name into view and moves the mouse onto it. Returns false if not painted. */
export async function hoverPainted(page: Page, name: string, text: string): Promise<boolean> {
  const first = (await paintedRanges(page, name, text))[0];
  if (!first) return false;
  await page.evaluate((y) => window.scrollTo(0, Math.max(0, window.scrollY + y - 200)), first.y);
  const now = (await paintedRanges(page, name, text))[0];
  if (!now) return false;
  await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2, { steps: 4 });
  return true;
}
