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

/** Double quotation marks, straight and typographic; single ones are too often apostrophes. */
const QUOTE_MARK = /["“”„«»]/g;

/**
 * The quoted words of a direct quote kept as one passage (a saved item keeps the exact text,
 * attribution included): `"Go," she said. "Now."` gives its two quoted pieces joined with
 * `PIECE_SEPARATOR`, as `claimText` would. Any other text comes back as it is: one quoted
 * piece, unbalanced marks, or words after the last closing mark.
 */
export function quotedPieces(text: string): string {
  const marks = [...text.matchAll(QUOTE_MARK)].map((m) => m.index);
  if (marks.length < 4 || marks.length % 2 !== 0) return text;
  if (text.slice(0, marks[0]).trim() !== '') return text;
  if (/[\p{L}\p{N}]/u.test(text.slice(marks[marks.length - 1]! + 1))) return text;
  const pieces: string[] = [];
  for (let k = 0; k < marks.length; k += 2) pieces.push(text.slice(marks[k], marks[k + 1]! + 1));
  return pieces.join(PIECE_SEPARATOR);
}
