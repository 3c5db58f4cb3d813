/**
 * Turns a mark under the pointer into what the hovercard shows: what this article says (from the
 * chunk's analysis) plus what the store holds (a `people/card` request, cached per person for
 * the life of the page and started early — on pointer entry — so the card rarely waits).
 */
import { claimText } from '../../src/core/claim-text.ts';
import type { WorkerClient } from '../../src/messaging/client.ts';
import type { PersonCard, Result } from '../../src/messaging/contract.ts';
import type { PaintedMark } from '../../src/page/article-session.ts';
import type { CardKind, HovercardModel, StoredCard } from '../../src/ui/hovercard/card-model.ts';
import { describeRole, describeRoleSource } from '../../src/identity/describe-role.ts';
import type { EarlierRole } from '../../src/messaging/contract.ts';

export interface PersonIds {
  /** The stored person id of `chunk.analysis.people[i]`, once the worker answered. */
  idOf(mark: PaintedMark): number | null | undefined;
  /** The role the store knows for a person this article gives no title, or null. */
  earlierRoleOf(mark: PaintedMark): EarlierRole | null;
}

function earlierTitle(role: EarlierRole | null): { title: string; source: string } | null {
  return role ? { title: describeRole(role), source: describeRoleSource(role) } : null;
}

export class CardData {
  private readonly cards = new Map<number, Promise<Result<PersonCard>>>();

  constructor(
    private readonly worker: WorkerClient,
    private readonly ids: PersonIds,
    private readonly pageUrl: () => string | null,
  ) {}

  /** Starts loading the stored card of the mark's person (no-op when unknown or cached). */
  prefetch(mark: PaintedMark): void {
    const id = this.ids.idOf(mark);
    if (typeof id === 'number') this.load(id);
  }

  private load(id: number): Promise<Result<PersonCard>> {
    let p = this.cards.get(id);
    if (!p) {
      p = this.worker.request({
        type: 'people/card',
        personId: id,
        excludeUrl: this.pageUrl(),
        limit: 6,
      });
      this.cards.set(id, p);
      // A failed lookup is retried next time rather than cached.
      void p.then((r) => {
        if (!r.ok) this.cards.delete(id);
      });
    }
    return p;
  }

  /** Forgets cached cards (after this page's own statements were stored, counts changed). */
  clear(): void {
    this.cards.clear();
  }

  /** The card model right away (stored part "loading" or "none"), and the stored part later. */
  modelFor(
    mark: PaintedMark,
    save: HovercardModel['save'],
  ): { model: HovercardModel; stored: Promise<StoredCard> | null } {
    const { analysis } = mark.chunk;
    const person = mark.person !== null ? (analysis.people[mark.person] ?? null) : null;
    const claim = mark.claim !== null ? (analysis.claims[mark.claim] ?? null) : null;
    const kind: CardKind = mark.kind === 'cue' ? 'claim' : mark.kind;
    const text = mark.chunk.text;
    const model: HovercardModel = {
      kind,
      name: person?.name ?? null,
      // The title this article gives, with the country or organisation it names ("Estonian
      // Prime Minister"), in the same words the card uses for titles stored before.
      titleHere: person?.title ? describeRole({ ...person, title: person.title }) : null,
      titleEarlier: person && !person.title ? earlierTitle(this.ids.earlierRoleOf(mark)) : null,
      claim: claim
        ? {
            sourceText: claim.source ? text.slice(claim.source.start, claim.source.end) : null,
            cue: text.slice(claim.cue.start, claim.cue.end),
            quote: claimText(claim),
            direct: claim.direct,
            outlet: claim.outlet,
          }
        : null,
      outlet: mark.outlet !== null ? (analysis.outlets[mark.outlet]?.outlet ?? null) : null,
      stored: { state: 'none' },
      pageUrl: this.pageUrl(),
      save: claim ? save : 'hidden',
    };
    const id = person ? this.ids.idOf(mark) : null;
    if (typeof id !== 'number') return { model, stored: null };
    model.stored = { state: 'loading' };
    const stored = this.load(id).then((r): StoredCard =>
      r.ok
        ? { state: 'ready', card: r.value }
        : r.error.code === 'not-found'
          ? { state: 'none' }
          : { state: 'error', message: r.error.message },
    );
    return { model, stored };
  }
}
