/**
 * Opens, with the current code, databases that shipped store code wrote: each
 * `fixtures/store-v<N>.json` holds the rows version N's own store functions wrote
 * (scripts/fixtures/write-store-fixture.ts), loaded here into a database of schema N exactly as
 * IndexedDB held them. Whatever the schema becomes, what those versions stored must read back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { getPersonCard } from './person-card.ts';
import { searchPeople } from './people-search.ts';
import { queryItems } from './query-items.ts';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, openDb } from './schema.ts';

const SCHEMAS: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2 };
const DIR = join(import.meta.dirname, 'fixtures');
const FIXTURES = readdirSync(DIR).filter((f) => /^store-v\d+\.json$/.test(f));

interface Fixture {
  schemaVersion: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

async function writtenBy(fixture: Fixture, factory: IDBFactory): Promise<void> {
  const schema = SCHEMAS[fixture.schemaVersion];
  if (!schema) throw new Error(`no schema ${fixture.schemaVersion} to load the fixture into`);
  const old = new Dexie('on-record', { indexedDB: factory, IDBKeyRange });
  old.version(fixture.schemaVersion).stores(schema);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [name, rows] of Object.entries(fixture.tables)) await old.table(name).bulkAdd(rows);
  });
  old.close();
}

describe('databases written by shipped store code', () => {
  it('has a fixture for the current schema version', () => {
    expect(FIXTURES).toContain(`store-v${CURRENT_VERSION}.json`);
  });

  for (const file of FIXTURES) {
    it(`${file}: opens with the current code and reads back people, statements and the collection`, async () => {
      const fixture = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture;
      const factory = new IDBFactory();
      await writtenBy(fixture, factory);
      const db = await openDb('on-record', { indexedDB: factory, IDBKeyRange });
      expect(db.verno).toBe(CURRENT_VERSION);
      for (const [name, rows] of Object.entries(fixture.tables)) expect(await db.table(name).count(), name).toBe(rows.length);

      const [zelenskyy] = await searchPeople(db, 'Zelensk');
      expect(zelenskyy?.name).toMatch(/^Volodymyr Zelensky/);
      const card = await getPersonCard(db, zelenskyy?.id as number, { limit: 10 });
      expect(card?.statements.map((s) => s.articleTitle)).toEqual(
        expect.arrayContaining(['Zelensky presses allies for air defence']),
      );
      // The user's own decisions survive: a renamed person, a note, tags.
      expect((await searchPeople(db, 'Rutte'))[0]?.name).toBe('Mark Rutte (NATO)');
      const items = await queryItems(db, {});
      expect(items.total).toBe(2);
      const noted = items.items.find((i) => i.note === 'First promise');
      expect(noted?.tags).toEqual(['support', 't2', 't10']);
      db.close();
    });
  }
});
