/**
 * The popup's view of a page with nothing to show yet. Its own module, with type-only imports, so
 * the document_start script (`content-start.ts`) can answer "working" without pulling in the
 * rest of the page report.
 */
import type { PageMeta, PageStateView, PageStatus } from '../../src/messaging/contract.ts';

/** A page state with nothing to show yet (not analysed, not an article, off). */
export function emptyPageState(status: PageStatus, page: PageMeta | null = null): PageStateView {
  return { status, page, officials: [], claims: [], counts: { officials: 0, others: 0, claims: 0 } };
}
