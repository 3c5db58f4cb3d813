/**
 * Packing trained weights and lexicons into the shipped model file: prune weights that round to
 * zero, quantise the rest to int8, and store keys as sorted delta-varints. Used by
 * scripts/train.ts only.
 */
import { encodeKeys, toBase64 } from './codec.ts';
import { MODEL_FORMAT, type ModelFile, type PackedMap } from './model-file.ts';
import { NUM_TAGS } from './tags.ts';

export function packMap(m: Map<number, number>, bytes: 1 | 2): PackedMap {
  const keys = Int32Array.from(m.keys());
  const vals = Array.from(m.values());
  const { bytes: kb, order } = encodeKeys(keys);
  const vb = new Uint8Array(order.length * bytes);
  for (let i = 0; i < order.length; i++) {
    const v = vals[order[i] as number] as number;
    if (bytes === 1) vb[i] = v;
    else {
      vb[2 * i] = v & 255;
      vb[2 * i + 1] = v >>> 8;
    }
  }
  return { count: order.length, keys: toBase64(kb), values: toBase64(vb), bytes };
}

/**
 * Quantises weights to int8 with one scale (`clip` = the largest magnitude kept exactly) and
 * drops rows whose weights all round to zero.
 */
export function packWeights(
  keys: Int32Array,
  weights: Float32Array,
  clip: number,
): { rows: ModelFile['rows']; scale: number } {
  const scale = clip / 127;
  const keptKeys: number[] = [];
  const q: number[] = [];
  const row = new Int8Array(NUM_TAGS);
  for (let r = 0; r < keys.length; r++) {
    let any = false;
    for (let j = 0; j < NUM_TAGS; j++) {
      const x = Math.round((weights[r * NUM_TAGS + j] as number) / scale);
      const c = Math.max(-127, Math.min(127, x));
      row[j] = c;
      if (c !== 0) any = true;
    }
    if (!any) continue;
    keptKeys.push(keys[r] as number);
    for (let j = 0; j < NUM_TAGS; j++) q.push(row[j] as number);
  }
  const { bytes, order } = encodeKeys(keptKeys);
  const sorted = new Int8Array(q.length);
  for (let i = 0; i < order.length; i++) {
    const src = (order[i] as number) * NUM_TAGS;
    for (let j = 0; j < NUM_TAGS; j++) sorted[i * NUM_TAGS + j] = q[src + j] as number;
  }
  return {
    rows: { count: order.length, keys: toBase64(bytes), weights: toBase64(new Uint8Array(sorted.buffer)) },
    scale,
  };
}

export function modelFile(
  rows: ModelFile['rows'],
  scale: number,
  rows2: ModelFile['rows'],
  scale2: number,
  gazetteer: Map<number, number>,
  casing: Map<number, number>,
  meta: Record<string, string | number>,
): ModelFile {
  return {
    format: MODEL_FORMAT,
    numTags: NUM_TAGS,
    scale,
    rows,
    scale2,
    rows2,
    gazetteer: packMap(gazetteer, 2),
    casing: packMap(casing, 1),
    meta,
  };
}
