/** Re-anchoring saved quotes in changed page text (pure; see `anchor-quote.ts`). */
export { anchorAll, anchorQuote, type AnchorRequest } from './anchor-quote.ts';
export type { AnchorOutcome, PositionSelector, QuoteSelector } from './types.ts';
