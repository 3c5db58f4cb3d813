/**
 * Saving a claim: the content script holds the article text, so it builds the W3C selectors
 * (exact quote with prefix/suffix context, and the position) and everything the collection
 * keeps about the claim, then hands it to the worker.
 */
import type { Analysis } from '../../src/core/types.ts';
import type { SaveItemView } from '../../src/messaging/collection.ts';
import type { PageMeta as MessagePageMeta } from '../../src/messaging/contract.ts';

/** Context kept on each side of a quote so it can be found again if the page changes. */
const CONTEXT = 32;

/** What `collection/save` carries. */
export type ClaimToSave = SaveItemView;

/** The item for claim `index` of the (merged) analysis of `text`, or null if there is none. */
export function claimToSave(
  text: string,
  analysis: Analysis,
  index: number,
  page: MessagePageMeta,
  personIds: ReadonlyArray<number | null>,
): ClaimToSave | null {
  const c = analysis.claims[index];
  if (!c) return null;
  const { start, end } = c.content;
  const person = c.sourcePerson !== null ? (analysis.people[c.sourcePerson] ?? null) : null;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { start, end },
    url: page.canonicalUrl ?? page.url,
    title: page.title,
    outlet: page.outlet,
    publishedAt: page.publishedAt,
    personId: c.sourcePerson !== null ? (personIds[c.sourcePerson] ?? null) : null,
    personName: person?.name ?? null,
    personTitle: person?.title ?? null,
    sourceText: c.source?.text ?? null,
    sourceKind: c.sourceKind,
    cue: c.cue.text,
    direct: c.direct,
    outletCredit: c.outlet,
  };
}
