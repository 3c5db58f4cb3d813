/**
 * Averaged perceptron used while training (scripts/train.ts); not part of the shipped engine.
 * Weights live in growable typed arrays indexed by a row per feature key; averaging uses the
 * usual trick of accumulating `step × update` so the average costs nothing per step.
 */
import { NUM_TAGS } from './tags.ts';
import type { Scorer } from './weights.ts';

export class AveragedPerceptron implements Scorer {
  private readonly rows = new Map<number, number>();
  private w = new Float32Array(NUM_TAGS * 65536);
  private u = new Float64Array(NUM_TAGS * 65536);
  private count = 0;
  /** Examples seen so far (the averaging clock). */
  step = 1;

  score(feats: Int32Array, n: number, out: Float64Array): void {
    out.fill(0);
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const r = this.rows.get(feats[i] as number);
      if (r === undefined) continue;
      const base = r * NUM_TAGS;
      for (let j = 0; j < NUM_TAGS; j++) out[j] = (out[j] as number) + (w[base + j] as number);
    }
  }

  private rowOf(key: number): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = this.count++;
      this.rows.set(key, r);
      if (this.count * NUM_TAGS > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r;
  }

  update(feats: Int32Array, n: number, gold: number, predicted: number): void {
    const c = this.step;
    for (let i = 0; i < n; i++) {
      const base = this.rowOf(feats[i] as number) * NUM_TAGS;
      this.w[base + gold] = (this.w[base + gold] as number) + 1;
      this.u[base + gold] = (this.u[base + gold] as number) + c;
      if (predicted >= 0) {
        this.w[base + predicted] = (this.w[base + predicted] as number) - 1;
        this.u[base + predicted] = (this.u[base + predicted] as number) - c;
      }
    }
  }

  /** The averaged weights: keys and a `NUM_TAGS`-wide row of weights per key. */
  averaged(): { keys: Int32Array; weights: Float32Array } {
    const keys = new Int32Array(this.count);
    const weights = new Float32Array(this.count * NUM_TAGS);
    const c = this.step;
    for (const [k, r] of this.rows) {
      keys[r] = k;
      for (let j = 0; j < NUM_TAGS; j++) {
        const i = r * NUM_TAGS + j;
        weights[i] = (this.w[i] as number) - (this.u[i] as number) / c;
      }
    }
    return { keys, weights };
  }
}
