/**
 * The shipped model's lexicon table must answer exactly as the two maps it mirrors: for every
 * key they hold, and for words they don't.
 */
import { describe, expect, it } from 'vitest';
import { getModel } from './model.ts';
import { LexiconTable, gazetteerOf, casingOf } from './lexicon-table.ts';
import { hashLower } from './hash.ts';
import { seededRandom } from '../seeded-random.ts';

describe('lexicon table', () => {
  it('gives the maps’ values for every key and 0 for unknown words', () => {
    const lex = getModel().lexicons;
    const table = lex.table as LexiconTable;
    expect(table).toBeInstanceOf(LexiconTable);
    const rnd = seededRandom(7);
    const keys = [...lex.gazetteer.keys(), ...lex.casing.keys(), 0, -1, 1 << 31];
    for (let i = 0; i < 20000; i++) keys.push((rnd() * 2 ** 32) | 0);
    for (const w of ['the', 'said', 'biden', 'such', 'minister', 'zzzqx']) keys.push(hashLower(w, 0, w.length));
    for (const h of keys) {
      const found = table.get(h);
      expect([h, gazetteerOf(found)]).toEqual([h, (lex.gazetteer.get(h) ?? 0) & 0xffff]);
      expect([h, casingOf(found)]).toEqual([h, (lex.casing.get(h) ?? 0) & 0xff]);
    }
  });

  it('keeps a word whose values are 0 apart from an unknown word', () => {
    const table = new LexiconTable({ gazetteer: new Map([[5, 0]]), casing: new Map([[5, 3], [9, 0]]) });
    expect(casingOf(table.get(5))).toBe(3);
    expect(table.get(9)).not.toBe(0);
    expect(table.get(11)).toBe(0);
  });
});
