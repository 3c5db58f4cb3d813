/**
 * The content script's re-anchoring step in one call: given the page text and the saved items
 * of this page (from `collection/for-page`), where each one is now. The `results` go straight
 * into `collection/mark-anchors`; `spans` are what to paint as "saved" ([start, end) in `text`).
 */
import { anchorQuote } from './anchor-quote.ts';
import type { PositionSelector, QuoteSelector } from './types.ts';

export interface SavedQuote {
  id: number;
  quote: QuoteSelector;
  position: PositionSelector | null;
}

export interface ReanchorResult {
  itemId: number;
  status: 'found' | 'changed' | 'missing';
  /** For `changed`: the text on the page now where the quote was. */
  currentText: string | null;
}

export interface ReanchorOutput {
  results: ReanchorResult[];
  /** Where found or changed items are now, to mark them as saved on the page. */
  spans: Array<{ itemId: number; start: number; end: number; status: 'found' | 'changed' }>;
}

export function reanchorItems(text: string, items: readonly SavedQuote[]): ReanchorOutput {
  const out: ReanchorOutput = { results: [], spans: [] };
  for (const item of items) {
    const a = anchorQuote(text, item.quote, item.position);
    if (a.status === 'missing') {
      out.results.push({ itemId: item.id, status: 'missing', currentText: null });
      continue;
    }
    out.results.push({
      itemId: item.id,
      status: a.status,
      currentText: a.status === 'changed' ? a.currentText : null,
    });
    out.spans.push({ itemId: item.id, start: a.start, end: a.end, status: a.status });
  }
  return out;
}
