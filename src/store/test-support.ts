/**
 * Test twin of the browser database: the same repository code on fake-indexeddb, one fresh
 * factory per database so tests never see each other's data. Plus small builders for engine
 * output written by hand, so store tests do not depend on the engine's accuracy.
 * Only tests import this file.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Analysis, Claim, Person } from '../core/types.ts';
import type { PageInfo } from './ingest.ts';
import type { SaveItemInput } from './saved-items.ts';
import { openDb, type OnRecordDb } from './schema.ts';

let counter = 0;

export async function freshDb(factory: IDBFactory = new IDBFactory()): Promise<OnRecordDb> {
  return openDb(`test-${++counter}`, { indexedDB: factory, IDBKeyRange });
}

/** Builds an `Analysis` from a text by naming substrings instead of counting offsets. */
export class ArticleBuilder {
  readonly people: Person[] = [];
  readonly claims: Claim[] = [];
  constructor(readonly text: string) {}

  private span(sub: string, from = 0): { start: number; end: number; text: string } {
    const start = this.text.indexOf(sub, from);
    if (start < 0) throw new Error(`"${sub}" not in text`);
    return { start, end: start + sub.length, text: sub };
  }

  person(name: string, title: string | null = null, extra: Partial<Person> = {}): number {
    const m = this.span(name);
    this.people.push({
      name,
      title,
      titleSpan: title && this.text.includes(title) ? this.span(title) : null,
      organization: null,
      country: null,
      mentions: [{ ...m, kind: 'name' }],
      ...extra,
    });
    return this.people.length - 1;
  }

  claim(
    source: string | null,
    cue: string,
    content: string,
    sourcePerson: number | null,
    extra: Partial<Claim> = {},
  ): void {
    const c = this.span(content);
    this.claims.push({
      source: source === null ? null : this.span(source),
      sourcePerson,
      sourceKind: sourcePerson === null ? 'unnamed' : 'named-person',
      cue: this.span(cue),
      content: c,
      contentSpans: [[c.start, c.end]],
      direct: content.startsWith('"') || content.startsWith('“'),
      outlet: null,
      ...extra,
    });
  }

  analysis(): Analysis {
    return { length: this.text.length, people: this.people, claims: this.claims, outlets: [] };
  }
}

export function page(
  url: string,
  publishedAt: string | null,
  extra: Partial<PageInfo> = {},
): PageInfo {
  return {
    url,
    title: `Title of ${url}`,
    outlet: 'Daily Planet',
    publishedAt,
    textLength: 100,
    textHash: 'h',
    ...extra,
  };
}

/**
 * The source fields of text saved by hand (a selection): no person, source, cue or outlet known.
 * Shared by the store's and the export's test items.
 */
export const SELECTION_SOURCE: Pick<
  SaveItemInput,
  | 'personId'
  | 'personName'
  | 'personTitle'
  | 'sourceText'
  | 'sourceKind'
  | 'cue'
  | 'direct'
  | 'outletCredit'
> = {
  personId: null,
  personName: null,
  personTitle: null,
  sourceText: null,
  sourceKind: 'selection',
  cue: null,
  direct: null,
  outletCredit: null,
};

/** A save input for `quote` on `url`, with overridable fields. */
export function saveInput(
  quote: string,
  url = 'https://x.test/a',
  extra: Partial<SaveItemInput> = {},
): SaveItemInput {
  return {
    quote: { exact: quote, prefix: 'before ', suffix: ' after' },
    position: { start: 7, end: 7 + quote.length },
    url,
    title: 'An article',
    outlet: 'Daily Planet',
    publishedAt: '2024-03-01',
    ...SELECTION_SOURCE,
    ...extra,
  };
}
