/**
 * RIS export (Zotero, EndNote, Mendeley): one `NEWS` record per saved item. RIS is line-based,
 * so every value is put on one line; the quote is the abstract (AB), the speaker and the note
 * go in N1, tags in KW.
 */
import type { SavedItem } from '../store/index.ts';
import { dateParts, oneLine, speaker, stripBidi } from './text.ts';

function risDate(iso: string | null): string | null {
  const p = dateParts(iso);
  if (!p) return null;
  const [y, m, d] = p.map((n) => String(n).padStart(2, '0'));
  return `${y}/${m ?? ''}/${d ?? ''}/`;
}

function line(tag: string, value: string | null): string[] {
  const v = value === null ? '' : oneLine(stripBidi(value));
  return v ? [`${tag}  - ${v}`] : [];
}

function record(i: SavedItem): string[] {
  const n1 = [
    speaker(i) && `Speaker: ${speaker(i)}`,
    i.cue &&
      `Cue: ${i.cue}${i.direct === null ? '' : i.direct ? ' (direct quotation)' : ' (reported speech)'}`,
    i.outletCredit && `Credited outlet: ${i.outletCredit}`,
    i.note && `Note: ${i.note}`,
  ]
    .filter(Boolean)
    .join('. ');
  return [
    'TY  - NEWS',
    ...line('TI', i.title),
    ...line('T2', i.outlet),
    // The full date in PY too ("2025/03/10/", as the RIS spec allows): readers such as
    // citation-js take the date from PY only.
    ...line('PY', risDate(i.publishedAt)),
    ...line('DA', risDate(i.publishedAt)),
    ...line('UR', i.url),
    ...line('Y2', risDate(i.savedAt)),
    ...line('AB', i.quote.exact),
    ...line('N1', n1),
    ...i.tags.flatMap((t) => line('KW', t)),
    ...line('ID', `onrecord-${i.fingerprint}`),
    'ER  - ',
  ];
}

export function toRis(items: readonly SavedItem[]): string {
  return items.map((i) => `${record(i).join('\r\n')}\r\n`).join('\r\n');
}
