/**
 * Our own JSON: every field of every item, so nothing is lost and `import-json.ts` can read it
 * back. `format`/`version` mark the file as ours; import refuses anything else.
 */
import type { SavedItem } from '../store/index.ts';

export const COLLECTION_FORMAT = 'on-record-collection';
export const COLLECTION_VERSION = 1;

export interface CollectionFile {
  format: typeof COLLECTION_FORMAT;
  version: number;
  exportedAt: string;
  count: number;
  items: SavedItem[];
}

export function toCollectionJson(items: readonly SavedItem[], exportedAt: string): string {
  const file: CollectionFile = {
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    exportedAt,
    count: items.length,
    items: [...items],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
