/**
 * A linear model over hashed features, stored compactly.
 *
 * Training (scripts/train-claims.ts) learns one weight per (feature bucket, tag); the shipped
 * file keeps only buckets with a non-zero weight after 8-bit quantisation, as delta-coded keys
 * plus a byte per tag, base64 in JSON. At load time the bytes are spread into a dense table
 * (2^bits × tags bytes) so scoring needs no probing and no per-feature objects.
 */
import { fromBase64, readVarints } from './codec.ts';

/** The JSON shape of one tagger in src/core/model/claims.json. */
export interface CompactTagger {
  /** Tag names, index = tag id. */
  tags: string[];
  /** log2 of the number of hash buckets features are folded into. */
  bits: number;
  /** Multiply a stored byte by this to get the weight. */
  scale: number;
  /** Bucket ids of the stored rows, delta-coded unsigned LEB128 varints, base64. */
  keys: string;
  /** Int8 weights, `tags.length` per stored row, base64. */
  vals: string;
  /** Transition weights, row-major `(tags + 1) × tags`; the last row scores the first tag. */
  trans: number[];
}

/** A loaded tagger: a dense byte table indexed by feature bucket, so scoring is one load per feature. */
export class LinearTagger {
  readonly tags: number;
  readonly mask: number;
  readonly trans: Float32Array;
  readonly scale: number;
  private readonly weights: Int8Array;

  constructor(json: CompactTagger) {
    const T = json.tags.length;
    this.tags = T;
    this.mask = (1 << json.bits) - 1;
    this.trans = Float32Array.from(json.trans);
    this.scale = json.scale;
    const keys = readVarints(fromBase64(json.keys));
    const vals = new Int8Array(fromBase64(json.vals).buffer);
    this.weights = new Int8Array((this.mask + 1) * T);
    let key = 0;
    for (let r = 0; r < keys.length; r++) {
      key += keys[r] as number;
      for (let t = 0; t < T; t++) this.weights[key * T + t] = vals[r * T + t] as number;
    }
  }

  /** Writes the summed weights of feature hashes `feats[from..to)` into `out[outAt..outAt+tags)`. */
  addScores(feats: Int32Array, from: number, to: number, out: Float32Array, outAt: number): void {
    const T = this.tags;
    const w = this.weights;
    const mask = this.mask;
    if (T === 3) {
      let a = 0;
      let b = 0;
      let c = 0;
      for (let f = from; f < to; f++) {
        const base = ((feats[f] as number) & mask) * 3;
        a += w[base] as number;
        b += w[base + 1] as number;
        c += w[base + 2] as number;
      }
      out[outAt] = a * this.scale;
      out[outAt + 1] = b * this.scale;
      out[outAt + 2] = c * this.scale;
      return;
    }
    if (T === 5) {
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      let e = 0;
      for (let f = from; f < to; f++) {
        const base = ((feats[f] as number) & mask) * 5;
        a += w[base] as number;
        b += w[base + 1] as number;
        c += w[base + 2] as number;
        d += w[base + 3] as number;
        e += w[base + 4] as number;
      }
      const k = this.scale;
      out[outAt] = a * k;
      out[outAt + 1] = b * k;
      out[outAt + 2] = c * k;
      out[outAt + 3] = d * k;
      out[outAt + 4] = e * k;
      return;
    }
    for (let t = 0; t < T; t++) out[outAt + t] = 0;
    for (let f = from; f < to; f++) {
      const base = ((feats[f] as number) & mask) * T;
      for (let t = 0; t < T; t++) out[outAt + t] = (out[outAt + t] as number) + (w[base + t] as number);
    }
    for (let t = 0; t < T; t++) out[outAt + t] = (out[outAt + t] as number) * this.scale;
  }
}
