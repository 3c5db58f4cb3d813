/**
 * The shipped model file (src/core/model/persons.json) and its decoding. Written by
 * scripts/train.ts; decoded once, lazily, on the first analysis.
 */
import { decodeKeys, fromBase64 } from './codec.ts';
import type { Lexicons } from './lexicon.ts';
import { NUM_TAGS } from './tags.ts';
import { WeightTable } from './weights.ts';

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
  weights: WeightTable;
  weights2: WeightTable;
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

export function decodeModel(file: ModelFile): Model {
  if (file.format !== MODEL_FORMAT || file.numTags !== NUM_TAGS) {
    throw new Error(`persons model: unsupported format ${file.format}`);
  }
  return {
    weights: table(file.rows, file.scale),
    weights2: table(file.rows2, file.scale2),
    lexicons: { gazetteer: unpackMap(file.gazetteer), casing: unpackMap(file.casing) },
  };
}

function table(rows: ModelFile['rows'], scale: number): WeightTable {
  const keys = decodeKeys(fromBase64(rows.keys), rows.count);
  const q = new Int8Array(fromBase64(rows.weights).buffer);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = (q[i] as number) * scale;
  return new WeightTable(keys, w);
}
