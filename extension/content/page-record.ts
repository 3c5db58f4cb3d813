/**
 * What the content script knows about the current article: every chunk analysed (the stored
 * text only grows), the merged text and analysis the worker sees, the page's metadata, the
 * stored person id of each person, and which claims are in the collection. It reports the page
 * to the worker (`page/analyzed`) and re-anchors quotes saved from it earlier.
 */
import type { WorkerClient } from '../../src/messaging/client.ts';
import type {
  EarlierRole,
  ErrorInfo,
  PageMeta as MessagePageMeta,
  PageStateView,
  PageStatus,
} from '../../src/messaging/contract.ts';
import type { ArticleSession, PageChunk, PaintedMark } from '../../src/page/article-session.ts';
import { mergeAnalyses, textHash, type MergedAnalysis } from '../../src/page/merge-analyses.ts';
import { readPageMeta } from '../../src/page/page-meta.ts';
import { pageKey } from '../../src/page/page-watcher.ts';
import { defaultYield } from '../../src/page/time-slice.ts';
import { boundAnalysis, messagePageMeta, pageStateView } from './page-report.ts';
import { reanchorSaved } from './reanchor.ts';
import { claimToSave, type ClaimToSave } from './save-claim.ts';

type Base = MergedAnalysis['bases'][number];

export class PageRecord {
  readonly chunks: PageChunk[] = [];
  readonly bases = new Map<PageChunk, Base>();
  merged: MergedAnalysis | null = null;
  page: MessagePageMeta | null = null;
  /** Stored person id per merged person index; `undefined` until the worker answered. */
  personIds: Array<number | null | undefined> = [];
  /** Per merged person: the role the store knows for someone this article gives none, or null. */
  earlierRoles: Array<EarlierRole | null> = [];
  /** Why the worker did not store this page (its error reply), or null. */
  storeError: ErrorInfo | null = null;
  readonly savedClaims = new Set<number>();
  private reanchored = false;

  constructor(
    private readonly doc: Document,
    private readonly worker: WorkerClient,
  ) {}

  /** URL the store knows this article by (canonical if the page gives one). */
  get articleUrl(): string | null {
    return this.page?.canonicalUrl ?? this.page?.url ?? null;
  }

  /** Takes in a newly analysed chunk: merged text and analysis, metadata, text hash. */
  add(chunk: PageChunk): void {
    this.chunks.push(chunk);
    const merged = mergeAnalyses(this.chunks);
    this.merged = merged;
    this.chunks.forEach((c, i) => this.bases.set(c, merged.bases[i]!));
    const href = pageKey(this.doc.defaultView?.location.href ?? '');
    const meta = readPageMeta(this.doc, { href });
    this.page = messagePageMeta(meta, href, merged.text.length, textHash(merged.text));
  }

  /**
   * Sends `page/analyzed`; the reply gives the stored person id of each person. Resolves true
   * when the ids now belong to the latest merged analysis (a newer chunk may have overtaken it).
   * Trimming the analysis and sending it (the message is copied synchronously: tens of ms for a
   * huge page) each get a task of their own, apart from the chunk's reading and painting.
   */
  async report(): Promise<boolean> {
    const merged = this.merged;
    const page = this.page;
    if (!merged || !page) return false;
    await defaultYield();
    const analysis = boundAnalysis(merged.analysis);
    await defaultYield();
    if (merged !== this.merged) return false;
    const reply = await this.worker.request({ type: 'page/analyzed', page, analysis });
    if (merged !== this.merged) return false;
    this.personIds = reply.ok
      ? reply.value.people.map((p) => p.personId)
      : merged.analysis.people.map(() => null);
    this.earlierRoles = reply.ok ? reply.value.people.map((p) => p.earlierRole ?? null) : [];
    this.storeError = reply.ok ? null : reply.error;
    return true;
  }

  /** Paints the people the store knows as officials though this article gives them no title. */
  paintEarlierOfficials(session: ArticleSession): void {
    for (const chunk of this.chunks) {
      const base = this.bases.get(chunk);
      if (!base) continue;
      const people = new Set<number>();
      chunk.analysis.people.forEach((p, i) => {
        if (p.title === null && this.earlierRoles[base.person + i]) people.add(i);
      });
      if (people.size > 0) session.addOfficials(chunk, people);
    }
  }

  /** The earlier role of a mark's person (see `earlierRoles`), or null. */
  earlierRoleOf(mark: PaintedMark): EarlierRole | null {
    const base = this.bases.get(mark.chunk);
    if (!base || mark.person === null) return null;
    return this.earlierRoles[base.person + mark.person] ?? null;
  }

  /** Re-anchors the quotes saved from this page (once) and paints them; saved claims show so. */
  async markSaved(session: ArticleSession): Promise<void> {
    const merged = this.merged;
    const url = this.articleUrl;
    if (this.reanchored || !merged || !url) return;
    this.reanchored = true;
    const out = await reanchorSaved(this.worker, url, merged.text).catch(() => null);
    if (!out || merged !== this.merged) return;
    session.paintSaved(
      out.spans,
      this.chunks.map((chunk, i) => ({ chunk, offset: merged.bases[i]?.offset ?? 0 })),
    );
    merged.analysis.claims.forEach((c, index) => {
      if (out.spans.some((s) => s.start === c.content.start && s.end === c.content.end)) {
        this.savedClaims.add(index);
      }
    });
  }

  /** Paints claim `index` as saved (right after the reader saved it). */
  paintSavedClaim(session: ArticleSession, index: number): void {
    const merged = this.merged;
    const claim = merged?.analysis.claims[index];
    if (!merged || !claim) return;
    const bases = this.chunks.map((chunk, i) => ({ chunk, offset: merged.bases[i]?.offset ?? 0 }));
    session.paintSaved(
      claim.contentSpans.map(([start, end]) => ({ start, end })),
      bases,
    );
  }

  personIdOf(mark: PaintedMark): number | null | undefined {
    const base = this.bases.get(mark.chunk);
    if (!base || mark.person === null) return null;
    return this.personIds[base.person + mark.person];
  }

  /** The merged analysis's index of the claim a mark belongs to. */
  claimIndexOf(mark: PaintedMark): number | null {
    const base = this.bases.get(mark.chunk);
    return base && mark.claim !== null ? base.claim + mark.claim : null;
  }

  /** The collection item for claim `index`, or null. */
  claimItem(index: number): ClaimToSave | null {
    const { merged, page } = this;
    if (!merged || !page) return null;
    const ids = this.personIds.map((x) => x ?? null);
    return claimToSave(merged.text, merged.analysis, index, page, ids);
  }

  /** The popup's view of this page: the first `limit` officials and claims. */
  state(status: PageStatus, limit?: number): PageStateView {
    const ids = this.personIds.map((x) => x ?? null);
    const analysis = this.merged?.analysis ?? null;
    const view = pageStateView(status, this.page, analysis, ids, this.savedClaims, limit, this.earlierRoles);
    return this.storeError ? { ...view, storeError: { code: this.storeError.code, message: this.storeError.message } } : view;
  }
}
