/**
 * Checks one item of an imported collection file, field by field, and says in words what is
 * wrong. Files come from anywhere (an old version, a colleague, a hand edit, an attacker), so
 * every field is checked for type, size and sense before anything reaches the store.
 */
import { LIMITS } from '../store/bounds.ts';
import type { ImportedItem } from '../store/import-items.ts';
import { ANCHOR_STATUSES, SOURCE_KINDS } from '../store/item-values.ts';
import { isWebUrl } from '../store/saved-items.ts';

const MAX = {
  quote: LIMITS.quote,
  context: LIMITS.context,
  text: 1000,
  note: LIMITS.note,
  tag: LIMITS.tag,
  tags: LIMITS.tags,
} as const;
const ISO = /^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export class ItemError extends Error {}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Obj, key: string, max: number, label = key): string {
  const v = o[key];
  if (typeof v !== 'string') throw new ItemError(`"${label}" is missing or not text.`);
  if (v.length > max) throw new ItemError(`"${label}" is longer than ${max} characters.`);
  return v;
}

function strOrNull(o: Obj, key: string, max: number, label = key): string | null {
  return o[key] === null || o[key] === undefined ? null : str(o, key, max, label);
}

function date(o: Obj, key: string, required: boolean): string | null {
  const v = required ? str(o, key, 40) : strOrNull(o, key, 40);
  if (v !== null && !ISO.test(v)) throw new ItemError(`"${key}" is not an ISO date.`);
  return v;
}

function int(o: Obj, key: string, label: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    throw new ItemError(`"${label}" is not a position.`);
  return v;
}

function boolOrNull(o: Obj, key: string): boolean | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'boolean') throw new ItemError(`"${key}" is not true/false.`);
  return v;
}

function oneOf<T extends string>(value: unknown, options: readonly T[], label: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value))
    throw new ItemError(`"${label}" has an unknown value.`);
  return value as T;
}

/** A checked copy of `raw` holding only the fields we know, or throws `ItemError` with the reason. */
export function validateItem(raw: unknown): ImportedItem {
  if (!isObj(raw)) throw new ItemError('The item is not an object.');
  if (raw.deletedAt !== null && raw.deletedAt !== undefined)
    throw new ItemError('The item was deleted in the exported collection.');
  if (!isObj(raw.quote)) throw new ItemError('"quote" is missing.');
  if (!isObj(raw.position)) throw new ItemError('"position" is missing.');
  const exact = str(raw.quote, 'exact', MAX.quote, 'quote.exact');
  if (!exact.trim()) throw new ItemError('The quote is empty.');
  const start = int(raw.position, 'start', 'position.start');
  const end = int(raw.position, 'end', 'position.end');
  if (end < start) throw new ItemError('The quote position ends before it starts.');
  const url = str(raw, 'url', 4096);
  if (!isWebUrl(url)) throw new ItemError('"url" is not an http(s) address.');
  const tags = raw.tags === undefined ? [] : raw.tags;
  if (
    !Array.isArray(tags) ||
    tags.length > MAX.tags ||
    !tags.every((t) => typeof t === 'string' && t.length <= MAX.tag)
  ) {
    throw new ItemError('"tags" is not a list of short texts.');
  }
  const savedAt = date(raw, 'savedAt', true) ?? '';
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: str(raw.quote, 'prefix', MAX.context, 'quote.prefix'),
      suffix: str(raw.quote, 'suffix', MAX.context, 'quote.suffix'),
    },
    position: { type: 'TextPositionSelector', start, end },
    url,
    title: str(raw, 'title', MAX.text),
    outlet: strOrNull(raw, 'outlet', MAX.text),
    publishedAt: date(raw, 'publishedAt', false),
    savedAt,
    personName: strOrNull(raw, 'personName', MAX.text),
    personTitle: strOrNull(raw, 'personTitle', MAX.text),
    sourceText: strOrNull(raw, 'sourceText', MAX.text),
    sourceKind: oneOf(raw.sourceKind, SOURCE_KINDS, 'sourceKind'),
    cue: strOrNull(raw, 'cue', MAX.text),
    direct: boolOrNull(raw, 'direct'),
    outletCredit: strOrNull(raw, 'outletCredit', MAX.text),
    note: raw.note === undefined ? '' : str(raw, 'note', MAX.note),
    tags: tags as string[],
    anchorStatus:
      raw.anchorStatus === undefined
        ? 'unchecked'
        : oneOf(raw.anchorStatus, ANCHOR_STATUSES, 'anchorStatus'),
    currentText: strOrNull(raw, 'currentText', MAX.quote),
    checkedAt: date(raw, 'checkedAt', false),
    deletedAt: null,
    updatedAt: date(raw, 'updatedAt', false) ?? savedAt,
  };
}
