/**
 * The words of a claim as a reader quotes them: the content, or, for a quote split around its
 * attribution ("…," she said, "…"), its pieces joined with " … " so the attribution in the
 * middle is not presented as part of what was said.
 */
import type { Claim } from './types.ts';

/** The separator between the pieces of a split quote. */
export const PIECE_SEPARATOR = ' … ';

export function claimText(claim: Pick<Claim, 'content' | 'contentSpans'>): string {
  const { content, contentSpans } = claim;
  if (contentSpans.length <= 1) return content.text;
  return contentSpans
    .map(([s, e]) =>
      content.text.slice(Math.max(0, s - content.start), Math.max(0, e - content.start)),
    )
    .filter(Boolean)
    .join(PIECE_SEPARATOR);
}
