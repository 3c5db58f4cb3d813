/**
 * Joins the store's collection messages (`./collection.ts`, owned by the store engineer) into
 * the contract: the contract imports them from here, so the seam between the two owners is one
 * file.
 */
export type { CollectionRequest, CollectionReplies } from './collection.ts';
export { validateCollectionRequest } from './collection.ts';
