/**
 * What the content script tells others about its page: the `page/analyzed` payload for the
 * worker (bounded to the contract's LIMITS, so one absurd span never gets the whole page
 * refused) and the `page/get-state` view for the popup.
 */
import { claimText } from '../../src/core/claim-text.ts';
import {
  LIMITS,
  type ClaimView,
  type OfficialView,
  type PageStateView,
  type PageStatus,
} from '../../src/messaging/contract.ts';
import type { EarlierRole, PageMeta as MessagePageMeta } from '../../src/messaging/contract.ts';
import type { Analysis } from '../../src/core/types.ts';
import type { PageMeta } from '../../src/page/page-meta.ts';
import { safeText } from '../../src/ui/shared/safe-text.ts';
import { describeRole, describeRoleSource } from '../../src/identity/describe-role.ts';
import { emptyPageState } from './empty-page-state.ts';

/**
 * What one `page/analyzed` message carries at most. A 5 MB page has ~70k claims; serialising
 * them all for the worker would block the page for seconds, and the store only needs the
 * statements that belong to people (for cards) plus a sample of the rest. The worker stores
 * nothing from `outlets` (each claim names its own outlet), yet the 100k-node bench page has
 * 9k of them, a sixth of a 3.7 MB message that is copied synchronously: a few are enough.
 */
export const SEND_LIMITS = { claims: 5000, mentionsPerPerson: 2000, outlets: 500 } as const;

/**
 * Drops spans the worker would refuse (over-long texts, too many items) and trims huge pages to
 * `SEND_LIMITS` (claims by named people first); keeps every index valid.
 */
export function boundAnalysis(a: Analysis): Analysis {
  const people = a.people.slice(0, LIMITS.people).map((p) => ({
    ...p,
    mentions: p.mentions
      .filter((m) => m.text.length <= LIMITS.name)
      .slice(0, SEND_LIMITS.mentionsPerPerson),
  }));
  const okName = (p: Analysis['people'][number]): boolean =>
    p.name.length <= LIMITS.name &&
    (p.title ?? '').length <= LIMITS.name &&
    (p.organization ?? '').length <= LIMITS.name &&
    (p.country ?? '').length <= LIMITS.name &&
    (p.titleSpan === null || p.titleSpan.text.length <= LIMITS.name);
  const safePeople = people.map((p) =>
    okName(p)
      ? p
      : {
          ...p,
          name: p.name.slice(0, LIMITS.name),
          title: null,
          titleSpan: null,
          organization: null,
          country: null,
          mentions: [],
        },
  );
  const sendable =
    a.claims.length <= SEND_LIMITS.claims
      ? a.claims
      : [
          ...a.claims.filter((c) => c.sourcePerson !== null),
          ...a.claims.filter((c) => c.sourcePerson === null),
        ]
          .slice(0, SEND_LIMITS.claims)
          .sort((x, y) => x.content.start - y.content.start);
  const claims = sendable
    .filter(
      (c) =>
        c.content.text.length <= LIMITS.longText &&
        c.cue.text.length <= LIMITS.shortText &&
        (c.source === null || c.source.text.length <= LIMITS.shortText) &&
        c.contentSpans.length <= LIMITS.pieces &&
        (c.outlet ?? '').length <= LIMITS.name,
    )
    .map((c) => ({
      ...c,
      sourcePerson:
        c.sourcePerson !== null && c.sourcePerson < safePeople.length ? c.sourcePerson : null,
    }));
  const outlets = a.outlets
    .filter((o) => o.text.length <= LIMITS.name && o.outlet.length <= LIMITS.name)
    .slice(0, Math.min(LIMITS.outlets, SEND_LIMITS.outlets));
  return { length: a.length, people: safePeople, claims, outlets };
}

/** The contract's PageMeta from ours plus the text's length and hash. */
export function messagePageMeta(
  meta: PageMeta,
  pageUrl: string,
  textLength: number,
  textHash: string,
): MessagePageMeta {
  return {
    url: pageUrl.slice(0, LIMITS.url),
    canonicalUrl: meta.url !== pageUrl && meta.url.length <= LIMITS.url ? meta.url : null,
    title: meta.title.slice(0, LIMITS.title),
    outlet: meta.outlet ? meta.outlet.slice(0, LIMITS.name) : null,
    publishedAt: meta.publishedAt,
    textLength,
    textHash,
  };
}


/**
 * The popup's view of this page: the first `limit` officials (people the article gives a title)
 * and claims, with the totals. Only what is sent is built: a 5 MB page has tens of thousands
 * of claims, and the popup asks for more as the reader scrolls through them.
 */
export function pageStateView(
  status: PageStatus,
  page: MessagePageMeta | null,
  analysis: Analysis | null,
  personIds: ReadonlyArray<number | null>,
  savedClaims: ReadonlySet<number>,
  limit: number = LIMITS.pageList,
  earlierRoles: ReadonlyArray<EarlierRole | null> = [],
): PageStateView {
  if (!analysis) return emptyPageState(status, page);
  const statements = new Map<number, number>();
  for (const c of analysis.claims) {
    if (c.sourcePerson !== null)
      statements.set(c.sourcePerson, (statements.get(c.sourcePerson) ?? 0) + 1);
  }
  const officials: OfficialView[] = [];
  const counts = { officials: 0, others: 0, claims: analysis.claims.length };
  analysis.people.forEach((p, index) => {
    const statementCount = statements.get(index) ?? 0;
    const earlier = p.title === null ? (earlierRoles[index] ?? null) : null;
    if (p.title === null && !earlier) {
      if (statementCount > 0) counts.others++;
      return;
    }
    if (counts.officials++ >= limit) return;
    officials.push({
      index,
      personId: personIds[index] ?? null,
      name: p.name,
      // Worded as the hovercard words it: "Ukrainian President", not "President".
      title: p.title !== null ? describeRole({ ...p, title: p.title }) : earlier ? describeRole(earlier) : '',
      titleSource: earlier ? describeRoleSource(earlier) : null,
      mentionCount: p.mentions.length,
      statementCount,
    });
  });
  const claims: ClaimView[] = analysis.claims.slice(0, limit).map((c, index) => ({
    index,
    sourceText: c.source?.text ?? null,
    sourceName: c.sourcePerson !== null ? (analysis.people[c.sourcePerson]?.name ?? null) : null,
    sourceKind: c.sourceKind,
    personId: c.sourcePerson !== null ? (personIds[c.sourcePerson] ?? null) : null,
    cue: c.cue.text,
    content: safeText(claimText(c), LIMITS.snippet),
    direct: c.direct,
    outlet: c.outlet,
    saved: savedClaims.has(index),
  }));
  return { status, page, officials, claims, counts };
}
