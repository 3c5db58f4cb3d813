/**
 * The export formats' names and the file an export produces, with no format code attached, so
 * the message contract (src/messaging) can validate a requested format without bundling the
 * writers into pages.
 */
export type ExportFormat = 'csv' | 'json' | 'web-annotation' | 'csl-json' | 'ris';
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'csv',
  'json',
  'web-annotation',
  'csl-json',
  'ris',
];

/** A file to download and how many saved items it holds. */
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
  count: number;
}
