/**
 * CSL-JSON export (Zotero, Zotero-compatible reference managers, pandoc): one
 * `article-newspaper` per saved item. The quote goes in `abstract`; who said it, how, and the
 * researcher's note go in `note` (Zotero's "Extra"); tags in `keyword`.
 */
import type { SavedItem } from '../store/index.ts';
import { dateParts, speaker, stripBidi } from './text.ts';

function note(i: SavedItem): string {
  return [
    speaker(i) && `Speaker: ${speaker(i)}`,
    i.cue &&
      `Cue: ${i.cue}${i.direct === null ? '' : i.direct ? ' (direct quotation)' : ' (reported speech)'}`,
    i.outletCredit && `Credited outlet: ${i.outletCredit}`,
    i.note && `Note: ${i.note}`,
    `Saved with On Record: ${i.savedAt}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function entry(i: SavedItem): Record<string, unknown> {
  const issued = dateParts(i.publishedAt);
  const accessed = dateParts(i.savedAt);
  return {
    id: `onrecord-${i.fingerprint}`,
    type: 'article-newspaper',
    title: stripBidi(i.title),
    ...(i.outlet ? { 'container-title': i.outlet } : {}),
    URL: i.url,
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(accessed ? { accessed: { 'date-parts': [accessed] } } : {}),
    abstract: stripBidi(i.quote.exact),
    note: stripBidi(note(i)),
    ...(i.tags.length ? { keyword: i.tags.join(', ') } : {}),
  };
}

export function toCslJson(items: readonly SavedItem[]): string {
  return `${JSON.stringify(items.map(entry), null, 2)}\n`;
}
