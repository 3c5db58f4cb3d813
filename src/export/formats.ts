/**
 * One entry point for every export format: the worker's `collection/export` handler and the
 * tests call `exportItems(format, items, exportedAt)` and get the file's name, type and text.
 */
import type { SavedItem } from '../store/index.ts';
import { toCslJson } from './csl-json.ts';
import type { ExportFile, ExportFormat } from './export-format.ts';
import { toCsv } from './csv.ts';
import { toCollectionJson } from './json.ts';
import { toRis } from './ris.ts';
import { day } from './text.ts';
import { toWebAnnotation } from './web-annotation.ts';

export { EXPORT_FORMATS, type ExportFile, type ExportFormat } from './export-format.ts';

const META: Readonly<Record<ExportFormat, { suffix: string; mime: string }>> = {
  csv: { suffix: '.csv', mime: 'text/csv;charset=utf-8' },
  json: { suffix: '.json', mime: 'application/json' },
  'web-annotation': {
    suffix: '.annotations.jsonld',
    mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  },
  'csl-json': { suffix: '.csl.json', mime: 'application/vnd.citationstyles.csl+json' },
  ris: { suffix: '.ris', mime: 'application/x-research-info-systems' },
};

export function exportItems(
  format: ExportFormat,
  items: readonly SavedItem[],
  exportedAt: string,
): ExportFile {
  const text =
    format === 'csv'
      ? toCsv(items)
      : format === 'json'
        ? toCollectionJson(items, exportedAt)
        : format === 'web-annotation'
          ? toWebAnnotation(items, exportedAt)
          : format === 'csl-json'
            ? toCslJson(items)
            : toRis(items);
  const { suffix, mime } = META[format];
  return { filename: `on-record-${day(exportedAt)}${suffix}`, mime, text, count: items.length };
}
