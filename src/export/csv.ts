/**
 * CSV export: one row per saved item, safe to open in a spreadsheet. Every cell is quoted, and a
 * cell that starts like a formula (= + - @, tab, CR, or their full-width forms) gets a leading
 * apostrophe, the OWASP defence against CSV injection: page text is written by strangers. Bidi
 * override controls are dropped so a cell cannot display reordered text.
 */
import type { SavedItem } from '../store/index.ts';
import { stripBidi } from './text.ts';

/** Excel's cell limit is 32,767 characters; stay under it. */
const MAX_CELL = 32_000;
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export const CSV_COLUMNS = [
  'id',
  'saved_at',
  'published_at',
  'person',
  'person_title',
  'source',
  'source_kind',
  'cue',
  'direct',
  'quote',
  'outlet',
  'outlet_credit',
  'title',
  'url',
  'note',
  'tags',
  'anchor_status',
  'current_text',
  'quote_prefix',
  'quote_suffix',
  'position_start',
  'position_end',
] as const;

/** One spreadsheet-safe, quoted CSV cell. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : stripBidi(String(value));
  if (text.length > MAX_CELL) text = `${text.slice(0, MAX_CELL - 1)}…`;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function row(i: SavedItem): Array<string | number | boolean | null> {
  return [
    i.id,
    i.savedAt,
    i.publishedAt,
    i.personName,
    i.personTitle,
    i.sourceText,
    i.sourceKind,
    i.cue,
    i.direct === null ? null : i.direct ? 'direct' : 'indirect',
    i.quote.exact,
    i.outlet,
    i.outletCredit,
    i.title,
    i.url,
    i.note,
    i.tags.join('; '),
    i.anchorStatus,
    i.currentText,
    i.quote.prefix,
    i.quote.suffix,
    i.position.start,
    i.position.end,
  ];
}

/** The CSV text (UTF-8 BOM so spreadsheets detect the encoding; CRLF line ends per RFC 4180). */
export function toCsv(items: readonly SavedItem[]): string {
  const lines = [
    CSV_COLUMNS.map(csvCell).join(','),
    ...items.map((i) => row(i).map(csvCell).join(',')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
