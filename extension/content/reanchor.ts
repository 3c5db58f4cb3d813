/**
 * Finding saved quotes again when their page is reopened: ask the worker for this page's saved
 * items, locate each in the article text (fuzzy, with prefix/suffix context: src/core/anchor),
 * report found/changed/missing back so the library can flag changed quotes, and return where
 * the found ones are, to paint them as saved.
 */
import type { WorkerClient } from '../../src/messaging/client.ts';
import { reanchorItems, type ReanchorOutput } from '../../src/core/anchor/reanchor-items.ts';

export async function reanchorSaved(
  worker: WorkerClient,
  url: string,
  text: string,
): Promise<ReanchorOutput | null> {
  const saved = await worker.request({ type: 'collection/for-page', url });
  if (!saved.ok || saved.value.items.length === 0) return null;
  const items = saved.value.items
    .filter((i) => i.deletedAt === null)
    .map((i) => ({ id: i.id, quote: i.quote, position: i.position }));
  const out = reanchorItems(text, items);
  if (out.results.length > 0)
    await worker.request({ type: 'collection/mark-anchors', url, results: out.results });
  return out;
}
