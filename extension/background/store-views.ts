/**
 * Store rows → message views for the collection messages. Explicit copies, so internal fields
 * (fingerprints, selector `type` tags, index helpers) never leave the worker.
 */
import type { ItemPageView, SavedItemView, TimelineView } from '../../src/messaging/collection.ts';
import type { ItemPage, PersonSummary, SavedItem, Timeline } from '../../src/store/index.ts';

export function itemView(i: SavedItem): SavedItemView {
  return {
    id: i.id,
    quote: { exact: i.quote.exact, prefix: i.quote.prefix, suffix: i.quote.suffix },
    position: { start: i.position.start, end: i.position.end },
    url: i.url,
    title: i.title,
    outlet: i.outlet,
    publishedAt: i.publishedAt,
    personId: i.personId,
    personName: i.personName,
    personTitle: i.personTitle,
    sourceText: i.sourceText,
    sourceKind: i.sourceKind,
    cue: i.cue,
    direct: i.direct,
    outletCredit: i.outletCredit,
    note: i.note,
    tags: [...i.tags],
    savedAt: i.savedAt,
    anchorStatus: i.anchorStatus,
    currentText: i.currentText,
    checkedAt: i.checkedAt,
    deletedAt: i.deletedAt,
    updatedAt: i.updatedAt,
  };
}

export function pageView(p: ItemPage): ItemPageView {
  return { items: p.items.map(itemView), total: p.total, allCount: p.allCount, facets: p.facets };
}

export function timelineView(t: Timeline, person: PersonSummary): TimelineView {
  return { person, entries: t.entries, truncated: t.truncated };
}
