/** Re-anchoring saved quotes in changed page text (pure; see `anchor-quote.ts`). */
export { anchorAll, anchorQuote, type AnchorRequest } from './anchor-quote.ts';
export {
  reanchorItems,
  type ReanchorOutput,
  type ReanchorResult,
  type SavedQuote,
} from './reanchor-items.ts';
export type { AnchorOutcome, PositionSelector, QuoteSelector } from './types.ts';
