/** Words the library shows for stored values (one place, same words as the rest of On Record). */
import type { AnchorStatusView, ItemSortView, ItemSourceKind } from '../../messaging/collection.ts';

export const SOURCE_KIND_LABELS: Readonly<Record<ItemSourceKind, string>> = {
  'named-person': 'Named person',
  organization: 'Organisation',
  unnamed: 'Unnamed source',
  passive: 'No source given',
  outlet: 'News outlet',
  selection: 'Selected text',
};

export const SORT_LABELS: Readonly<Record<ItemSortView, string>> = {
  'saved-desc': 'Newest saved first',
  'saved-asc': 'Oldest saved first',
  'published-desc': 'Newest published first',
  'published-asc': 'Oldest published first',
  person: 'Person A–Z',
  outlet: 'Outlet A–Z',
};

export const ANCHOR_LABELS: Readonly<Record<AnchorStatusView, string>> = {
  unchecked: '',
  found: 'Found on the page',
  changed: 'Changed on the page since you saved it',
  missing: 'No longer on the page',
};

export function sourceKindLabel(kind: string): string {
  return (SOURCE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
