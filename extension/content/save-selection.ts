/**
 * Saving the reader's selection (context menu or keyboard shortcut, forwarded by the worker):
 * when the selection lies in the article text, the quote and its position come from that text
 * (so it re-anchors like a saved claim); otherwise from the selected text with the surrounding
 * characters of its own text nodes as context.
 */
import type { PageMeta as MessagePageMeta } from '../../src/messaging/contract.ts';
import type { ClaimToSave } from './save-claim.ts';
import type { PageRun } from './page-run.ts';

const CONTEXT = 32;
const MAX_QUOTE = 20_000;

function baseItem(page: MessagePageMeta): Omit<ClaimToSave, 'quote' | 'position'> {
  return {
    url: page.canonicalUrl ?? page.url,
    title: page.title,
    outlet: page.outlet,
    publishedAt: page.publishedAt,
    personId: null,
    personName: null,
    personTitle: null,
    sourceText: null,
    sourceKind: 'unnamed',
    cue: null,
    direct: null,
    outletCredit: null,
  };
}

/** The item for the current selection, or null when nothing (or only whitespace) is selected. */
export function selectionToSave(
  doc: Document,
  run: PageRun,
  fallbackPage: MessagePageMeta,
): ClaimToSave | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const session = run.currentSession();
  const { merged, page, bases } = run.record;
  if (session && merged && page) {
    for (const chunk of session.chunks) {
      const base = bases.get(chunk);
      const a = chunk.map.toOffset(range.startContainer, range.startOffset);
      const b = chunk.map.toOffset(range.endContainer, range.endOffset);
      if (!base || a === null || b === null || b <= a) continue;
      const start = base.offset + a;
      const end = Math.min(base.offset + b, start + MAX_QUOTE);
      const text = merged.text;
      const exact = text.slice(start, end);
      if (!exact.trim()) return null;
      return {
        ...baseItem(page),
        sourceKind: 'selection',
        quote: {
          exact,
          prefix: text.slice(Math.max(0, start - CONTEXT), start),
          suffix: text.slice(end, end + CONTEXT),
        },
        position: { start, end },
      };
    }
  }
  const exact = sel.toString().replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
  if (!exact) return null;
  const before =
    range.startContainer.nodeType === 3
      ? (range.startContainer as Text).data.slice(0, range.startOffset)
      : '';
  const after =
    range.endContainer.nodeType === 3
      ? (range.endContainer as Text).data.slice(range.endOffset)
      : '';
  return {
    ...baseItem(page ?? fallbackPage),
    sourceKind: 'selection',
    quote: { exact, prefix: before.slice(-CONTEXT), suffix: after.slice(0, CONTEXT) },
    position: { start: 0, end: exact.length },
  };
}
