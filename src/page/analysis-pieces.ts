/**
 * Huge pages are analysed in pieces: one message carrying 5 MB of text, and a reply carrying
 * 150k spans, each cost the content script a long synchronous (de)serialisation. Pieces are cut
 * at paragraph breaks (at a space only inside a paragraph longer than a piece), and every cut
 * drops exactly one separator character, so `mergeAnalyses` (which joins chunks with one character)
 * puts every span back at its offset in the whole text. Ordinary articles are one piece.
 */

/** Largest piece sent for analysis at once, in UTF-16 code units. */
export const PIECE_CHARS = 256 * 1024;

/** Splits `text` into pieces of at most `max` characters, each cut removing one separator. */
export function splitForAnalysis(text: string, max = PIECE_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.lastIndexOf(' ', limit);
    // No space or line break in a whole piece (not prose): the rest goes as one piece.
    if (cut <= start) break;
    pieces.push(text.slice(start, cut));
    start = cut + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}
