/**
 * The shipped model file (src/core/model/persons.json) and its decoding. Written by
 * scripts/train.ts; decoded once, lazily, on the first analysis.
 */
import { decodeKeys, fromBase64 } from './codec.ts';
import type { Lexicons } from './lexicon.ts';
import { NUM_TAGS } from './tags.ts';
import { WeightTable } from './weights.ts';
import { PairTable } from './pair-table.ts';
import { LexiconTable } from './lexicon-table.ts';

export const MODEL_FORMAT = 'onrecord-persons/1';

export interface PackedMap {
  count: number;
  /** Sorted keys, delta varints, base64. */
  keys: string;
  /** One value per key in the same order: uint8 (`bytes` 1) or uint16 little-endian (2). */
  values: string;
  bytes: 1 | 2;
}

export interface ModelFile {
  format: string;
  numTags: number;
  /** Weight = int8 value × scale. */
  scale: number;
  /** Feature rows: sorted keys, and NUM_TAGS int8 weights per row in the same order. */
  rows: { count: number; keys: string; weights: string };
  /** Second-pass weights (features include the first pass's document-level evidence). */
  rows2: { count: number; keys: string; weights: string };
  scale2: number;
  gazetteer: PackedMap;
  casing: PackedMap;
  meta: Record<string, string | number>;
}

export interface Model {
  /** Both passes' weights for the fast tagger. */
  table: PairTable;
  lexicons: Lexicons;
}

export function unpackMap(p: PackedMap): Map<number, number> {
  const keys = decodeKeys(fromBase64(p.keys), p.count);
  const vals = fromBase64(p.values);
  const m = new Map<number, number>();
  for (let i = 0; i < p.count; i++) {
    const v = p.bytes === 1 ? (vals[i] as number) : (vals[2 * i] as number) | ((vals[2 * i + 1] as number) << 8);
    m.set(keys[i] as number, v);
  }
  return m;
}

function withTable(lex: Lexicons): Lexicons {
  lex.table = new LexiconTable(lex);
  return lex;
}

export function decodeModel(file: ModelFile): Model {
  if (file.format !== MODEL_FORMAT || file.numTags !== NUM_TAGS) {
    throw new Error(`persons model: unsupported format ${file.format}`);
  }
  const k1 = decodeKeys(fromBase64(file.rows.keys), file.rows.count);
  const k2 = decodeKeys(fromBase64(file.rows2.keys), file.rows2.count);
  return {
    table: new PairTable(k1, int8(file.rows.weights), k2, int8(file.rows2.weights)),
    lexicons: withTable({ gazetteer: unpackMap(file.gazetteer), casing: unpackMap(file.casing) }),
  };
}

/** The two passes as float tables for the reference tagger (tagger.ts), e.g. in tests. */
export function referenceScorers(file: ModelFile): { weights: WeightTable; weights2: WeightTable } {
  return { weights: table(file.rows, file.scale), weights2: table(file.rows2, file.scale2) };
}

function int8(b64: string): Int8Array {
  const b = fromBase64(b64);
  return new Int8Array(b.buffer, b.byteOffset, b.length);
}

function table(rows: ModelFile['rows'], scale: number): WeightTable {
  const keys = decodeKeys(fromBase64(rows.keys), rows.count);
  const q = int8(rows.weights);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = (q[i] as number) * scale;
  return new WeightTable(keys, w);
}

