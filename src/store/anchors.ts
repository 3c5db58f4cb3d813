/**
 * Remembering what re-anchoring found when a page with saved items was opened again. Only items
 * of that URL can be touched (a content script reports about its own page), and an item whose
 * quote changed keeps the new text beside the old, so it is flagged, never silently dropped.
 */
import { LIMITS, bound } from './bounds.ts';
import { nowIso } from './clock.ts';
import { guard } from './errors.ts';
import type { OnRecordDb } from './schema.ts';
import type { AnchorStatus } from './types.ts';

export interface AnchorResult {
  itemId: number;
  status: Exclude<AnchorStatus, 'unchecked'>;
  /** For `changed`: the text now on the page where the quote was. */
  currentText?: string | null;
}

/** Stores the results; returns how many items were updated. */
export async function recordAnchorResults(
  db: OnRecordDb,
  url: string,
  results: readonly AnchorResult[],
): Promise<number> {
  const byId = new Map(results.map((r) => [r.itemId, r]));
  if (byId.size === 0) return 0;
  const checkedAt = nowIso();
  return guard(() =>
    db.savedItems
      .where('url')
      .equals(url)
      .filter((i) => i.id !== undefined && byId.has(i.id))
      .modify((i) => {
        const r = i.id === undefined ? undefined : byId.get(i.id);
        if (!r) return;
        i.anchorStatus = r.status;
        i.currentText = r.status === 'changed' ? bound(r.currentText ?? '', LIMITS.quote) : null;
        i.checkedAt = checkedAt;
      }),
  );
}
