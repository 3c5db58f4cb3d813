import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types.ts';
import { ValidationError } from './guards.ts';
import { validateTabRequest, validateWorkerRequest } from './validate-requests.ts';

const text = 'NATO Secretary General Jens Stoltenberg said the alliance would act.';
const analysis: Analysis = {
  length: text.length,
  people: [
    {
      name: 'Jens Stoltenberg',
      title: 'NATO Secretary General',
      titleSpan: { start: 0, end: 22, text: 'NATO Secretary General' },
      organization: 'NATO',
      country: null,
      mentions: [{ start: 23, end: 39, text: 'Jens Stoltenberg', kind: 'name' }],
    },
  ],
  claims: [
    {
      source: { start: 23, end: 39, text: 'Jens Stoltenberg' },
      sourcePerson: 0,
      sourceKind: 'named-person',
      cue: { start: 40, end: 44, text: 'said' },
      content: { start: 45, end: 68, text: 'the alliance would act.' },
      contentSpans: [[45, 68]],
      direct: false,
      outlet: null,
    },
  ],
  outlets: [],
};
const page = {
  url: 'https://news.example/a',
  canonicalUrl: null,
  title: 'A',
  outlet: 'Example News',
  publishedAt: '2023-05-01',
  textLength: text.length,
  textHash: 'abc',
};

describe('validateWorkerRequest', () => {
  it('accepts a well-formed page/analyzed and returns a clean copy', () => {
    const msg = { type: 'page/analyzed', page: { ...page, extra: 1 }, analysis };
    const v = validateWorkerRequest(msg);
    expect(v).toEqual({ type: 'page/analyzed', page, analysis });
    expect(v && 'page' in v && 'extra' in v.page).toBe(false);
  });

  it('refuses spans outside the text and dangling person indexes', () => {
    const bad = structuredClone(analysis);
    bad.people[0]!.mentions[0]!.end = 9999;
    expect(() => validateWorkerRequest({ type: 'page/analyzed', page, analysis: bad })).toThrow(
      ValidationError,
    );
    const dangling = structuredClone(analysis);
    dangling.claims[0]!.sourcePerson = 3;
    expect(() => validateWorkerRequest({ type: 'page/analyzed', page, analysis: dangling })).toThrow(
      /no such person/,
    );
  });

  it('refuses non-http page URLs and oversized strings', () => {
    expect(() =>
      validateWorkerRequest({ type: 'page/analyzed', page: { ...page, url: 'javascript:alert(1)' }, analysis }),
    ).toThrow(/http/);
    const huge = structuredClone(analysis);
    huge.people[0]!.name = 'x'.repeat(1_000_000);
    expect(() => validateWorkerRequest({ type: 'page/analyzed', page, analysis: huge })).toThrow(
      /longer than/,
    );
  });

  it('checks every core message type', () => {
    expect(validateWorkerRequest({ type: 'people/card', personId: 4, excludeUrl: null })).toEqual({
      type: 'people/card',
      personId: 4,
      excludeUrl: null,
    });
    expect(() => validateWorkerRequest({ type: 'people/card', personId: -1, excludeUrl: null })).toThrow();
    expect(() => validateWorkerRequest({ type: 'people/card', personId: 1.5, excludeUrl: null })).toThrow();
    expect(validateWorkerRequest({ type: 'people/search', query: 'stol', limit: 5 })).toEqual({
      type: 'people/search',
      query: 'stol',
      limit: 5,
    });
    expect(validateWorkerRequest({ type: 'settings/get-for-site', host: 'news.example' })).toEqual({
      type: 'settings/get-for-site',
      host: 'news.example',
    });
    expect(() => validateWorkerRequest({ type: 'settings/set-site', host: '<b>', enabled: true })).toThrow();
    expect(validateWorkerRequest({ type: 'settings/set-global', paused: true })).toEqual({
      type: 'settings/set-global',
      paused: true,
    });
    expect(() => validateWorkerRequest({ type: 'settings/set-global', paused: 'yes' })).toThrow();
  });

  it('returns null for unknown types and throws for non-objects', () => {
    expect(validateWorkerRequest({ type: 'something/else' })).toBeNull();
    expect(() => validateWorkerRequest('page/analyzed')).toThrow(ValidationError);
    expect(() => validateWorkerRequest(null)).toThrow(ValidationError);
    expect(() => validateWorkerRequest([])).toThrow(ValidationError);
  });
});

describe('validateTabRequest', () => {
  it('accepts the tab messages', () => {
    expect(validateTabRequest({ type: 'page/get-state' })).toEqual({ type: 'page/get-state' });
    expect(validateTabRequest({ type: 'page/get-state', limit: 200 })).toEqual({ type: 'page/get-state', limit: 200 });
    expect(() => validateTabRequest({ type: 'page/get-state', limit: -1 })).toThrow();
    expect(() => validateTabRequest({ type: 'page/get-state', limit: 1e9 })).toThrow();
    expect(validateTabRequest({ type: 'collection/save-claim', claimIndex: 2 })).toEqual({
      type: 'collection/save-claim',
      claimIndex: 2,
    });
    const settings = { host: 'a.example', siteEnabled: false, paused: false, active: false, storeInPrivate: false };
    expect(validateTabRequest({ type: 'settings/changed', settings })).toEqual({
      type: 'settings/changed',
      settings,
    });
    expect(() => validateTabRequest({ type: 'settings/changed', settings: { host: 'a' } })).toThrow();
    expect(validateTabRequest({ type: 'page/analyzed' })).toBeNull();
  });
});
