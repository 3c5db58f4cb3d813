/**
 * Search words: ASCII-folded, lower-case tokens of a name, so "Erdoğan", "Зеленський" and
 * "zelenskyy" meet the same index entries. Used for the people `*words` index and for matching
 * typed queries against it.
 */
import anyAscii from 'any-ascii';

const MAX_WORD = 40;

/** Lower-case ASCII words of `text`, each at most 40 characters, without duplicates. */
export function foldWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of anyAscii(text.slice(0, 2000))
    .toLowerCase()
    .split(/[^a-z0-9]+/)) {
    if (w) out.add(w.slice(0, MAX_WORD));
  }
  return [...out];
}

/** Folded text for substring tests ("kul" in "dmytro kuleba"). */
export function foldText(text: string): string {
  return anyAscii(text).toLowerCase();
}

/** Index words of a person: every word of the display name and of every alias. */
export function personWords(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].flatMap(foldWords))];
}
