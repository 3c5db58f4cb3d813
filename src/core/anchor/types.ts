/**
 * Shapes of re-anchoring. Structurally the same as the W3C selectors the store keeps, declared
 * here because `core` imports nothing else of ours.
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

/**
 * Where a saved quote is in the page text now:
 * - `found`: the quote is there (maybe moved, maybe with different spacing);
 * - `changed`: something close to it, or something between its old context, is there instead
 *   (`currentText`) — the user is shown the old and the new text;
 * - `missing`: neither the quote nor its context is on the page any more.
 */
export type AnchorOutcome =
  | { status: 'found'; start: number; end: number }
  | { status: 'changed'; start: number; end: number; currentText: string }
  | { status: 'missing' };
