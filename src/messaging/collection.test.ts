import { describe, expect, it } from 'vitest';
import { COLLECTION_TYPES, validateCollectionRequest } from './collection.ts';
import { ValidationError } from './guards.ts';

const item = {
  quote: { exact: 'We will not retreat.', prefix: 'a', suffix: 'b' },
  position: { start: 1, end: 21 },
  url: 'https://x.test/a',
  title: 'T',
  outlet: null,
  publishedAt: '2024-01-01',
  personId: 3,
  personName: 'Jane Roe',
  personTitle: null,
  sourceText: 'Roe',
  sourceKind: 'named-person',
  cue: 'said',
  direct: true,
  outletCredit: null,
};

describe('validateCollectionRequest', () => {
  it('accepts every message type in a valid shape and copies only known fields', () => {
    const valid: Record<string, unknown> = {
      'collection/save': { item: { ...item, extra: 'dropped', tags: ['x'] } },
      'collection/query': {
        query: { text: 'roe', personId: 3, sort: 'person', limit: 10, offset: 0, junk: 1 },
      },
      'collection/get': { itemId: 1 },
      'collection/update': { itemId: 1, note: 'n', tags: ['a'] },
      'collection/delete': { itemId: 1 },
      'collection/undo-delete': { itemId: 1 },
      'collection/for-page': { url: 'https://x.test/a' },
      'collection/mark-anchors': {
        url: 'https://x.test/a',
        results: [{ itemId: 1, status: 'changed', currentText: 'new' }],
      },
      'collection/export': { format: 'ris', filter: { tag: 'x' } },
      'collection/import': { text: '{}' },
      'collection/timeline': { personId: 3, limit: 10 },
      'collection/people-merge': { keepId: 1, mergeId: 2 },
      'collection/people-split': { personId: 1, aliases: ['A B'] },
      'collection/people-rename': { personId: 1, name: 'New' },
      'collection/backup': {},
      'collection/restore': { text: '{}' },
    };
    expect(Object.keys(valid).sort()).toEqual([...COLLECTION_TYPES].sort());
    for (const [type, body] of Object.entries(valid)) {
      const out = validateCollectionRequest({ type, ...(body as object) });
      expect(out?.type).toBe(type);
    }
    const save = validateCollectionRequest({
      type: 'collection/save',
      item: { ...item, extra: 'dropped' },
    });
    expect(save).toEqual({ type: 'collection/save', item });
    expect(
      validateCollectionRequest({ type: 'collection/query', query: { text: 'x', junk: 1 } }),
    ).toEqual({ type: 'collection/query', query: { text: 'x' } });
  });

  it('returns null for other tags and throws ValidationError for bad shapes', () => {
    expect(validateCollectionRequest({ type: 'collection/unknown' })).toBeNull();
    const bad: unknown[] = [
      { type: 'collection/save', item: { ...item, url: 'javascript:alert(1)' } },
      {
        type: 'collection/save',
        item: { ...item, quote: { exact: 'x'.repeat(20_001), prefix: '', suffix: '' } },
      },
      { type: 'collection/save', item: { ...item, sourceKind: 'rumour' } },
      { type: 'collection/save', item: { ...item, position: { start: -1, end: 2 } } },
      { type: 'collection/update', itemId: '1' },
      { type: 'collection/update', itemId: 1, tags: Array(51).fill('t') },
      {
        type: 'collection/mark-anchors',
        url: 'https://x.test',
        results: [{ itemId: 1, status: 'gone' }],
      },
      { type: 'collection/export', format: 'docx', filter: null },
      { type: 'collection/import', text: 42 },
      { type: 'collection/people-split', personId: 1, aliases: 'A B' },
    ];
    for (const raw of bad) expect(() => validateCollectionRequest(raw)).toThrow(ValidationError);
    expect(() => validateCollectionRequest(null)).toThrow(ValidationError);
  });
});
