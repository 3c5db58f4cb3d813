/**
 * Joins the store's collection messages (`./collection.ts`, owned by the store) into the
 * contract. Until that file exists this bridge declares no collection messages, so the rest of
 * the contract compiles on its own; afterwards it only re-exports.
 */
/** Placeholder until `./collection.ts` lands: no collection messages yet. */
export type CollectionRequest = never;
export type CollectionReplies = Record<never, never>;

/** Validates a `collection/*` message; `null` = unknown type. */
export function validateCollectionRequest(_raw: unknown): CollectionRequest | null {
  return null;
}
