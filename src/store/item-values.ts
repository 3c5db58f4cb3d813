/**
 * The closed sets of values a saved item's fields take, as runtime lists for validators and
 * menus. One list each, so the store, the message contract (src/messaging) and the import
 * checks (src/export) accept exactly the same values. No imports beyond types: pages' bundles
 * pull these lists in without the store's code.
 */
import type { SavedItemRecord } from './types.ts';

/** How a saved item's source was given; 'selection' is text the researcher picked by hand. */
export const SOURCE_KINDS: ReadonlyArray<SavedItemRecord['sourceKind']> = [
  'named-person',
  'organization',
  'unnamed',
  'passive',
  'outlet',
  'selection',
];

export const ANCHOR_STATUSES: ReadonlyArray<SavedItemRecord['anchorStatus']> = [
  'unchecked',
  'found',
  'changed',
  'missing',
];

/** The orders the library can list saved items in. */
export type ItemSort =
  'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc' | 'person' | 'outlet';
export const ITEM_SORTS: readonly ItemSort[] = [
  'saved-desc',
  'saved-asc',
  'published-desc',
  'published-asc',
  'person',
  'outlet',
];
