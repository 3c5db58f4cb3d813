/**
 * What the hovercard shows, assembled by the content script from the page's analysis (what this
 * article says) and the worker's `PersonCard` (what was stored from earlier articles).
 */
import type { PersonCard } from '../../messaging/contract.ts';

export type CardKind = 'official' | 'claim' | 'outlet';

/** A claim on this page, as the card shows it. */
export interface CardClaim {
  sourceText: string | null;
  cue: string;
  quote: string;
  direct: boolean;
  /** The outlet this article credits for the claim ("Reuters"), or null. */
  outlet: string | null;
}

/** Loading state of the stored part of the card. */
export type StoredCard =
  | { state: 'loading' }
  | { state: 'none' } // the person is not in the store (or the source is not a person)
  | { state: 'error'; message: string }
  | { state: 'ready'; card: PersonCard };

export type SaveState = 'hidden' | 'idle' | 'saving' | 'saved' | 'duplicate' | 'error';

export interface HovercardModel {
  kind: CardKind;
  /** The person's name as this article gives it (null for unnamed sources and outlets). */
  name: string | null;
  /** The title this article gives the person, or null. */
  titleHere: string | null;
  /**
   * When this article gives no title but the store knows one from another article: that title
   * (in `titleHere`'s words) and where it was read. Null otherwise.
   */
  titleEarlier?: { title: string; source: string } | null;
  claim: CardClaim | null;
  /** For outlet credits: the outlet's name. */
  outlet: string | null;
  stored: StoredCard;
  /** URL of this article, so its own statements are never listed as "earlier". */
  pageUrl: string | null;
  save: SaveState;
}
