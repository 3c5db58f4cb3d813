/**
 * The decoder's unrolled five-tag step must give exactly the tags of the plain loop: checked
 * against a reference written as directly as possible, on random scores with many ties, with
 * and without a forced "outside" range.
 */
import { describe, expect, it } from 'vitest';
import { viterbi, bioAllowed } from './viterbi.ts';
import { seededRandom } from '../seeded-random.ts';

const NEG = -1e30;

/** Textbook Viterbi with the same conventions: masked transitions, first best on ties. */
function reference(em: Float32Array, n: number, T: number, trans: Float32Array, allowed: Uint8Array, oFrom: number, oTo: number): number[] {
  if (n === 0) return [];
  const tr = Array.from(trans, (x, k) => (allowed[k] === 1 ? x : NEG));
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(Array.from({ length: T }, (_, t) => (oFrom > 0 || oTo <= 0 || t === 0 ? (em[t] as number) + (tr[T * T + t] as number) : NEG)));
  back.push(new Array<number>(T).fill(0));
  for (let i = 1; i < n; i++) {
    const forced = i >= oFrom && i < oTo;
    const row: number[] = [];
    const arg: number[] = [];
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let a = 0;
      if (!forced || t === 0) {
        for (let p = 0; p < T; p++) {
          const v = (score[i - 1] as number[])[p] as number + (tr[p * T + t] as number);
          if (v > best) {
            best = v;
            a = p;
          }
        }
      }
      row.push(best <= NEG ? NEG : best + (em[i * T + t] as number));
      arg.push(a);
    }
    score.push(row);
    back.push(arg);
  }
  let bestT = 0;
  let best = -Infinity;
  (score[n - 1] as number[]).forEach((v, t) => {
    if (v > best) {
      best = v;
      bestT = t;
    }
  });
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestT;
    bestT = (back[i] as number[])[bestT] as number;
  }
  return out;
}

describe('viterbi', () => {
  it('gives the reference tags for three and five tags, forced ranges and ties', () => {
    const rnd = seededRandom(11);
    for (let k = 0; k < 3000; k++) {
      const T = k % 2 === 0 ? 5 : 3;
      const allowed = bioAllowed((T - 1) / 2);
      const n = Math.floor(rnd() * 60);
      // Small integers (times a scale) so that ties are common.
      const scale = [1, 0.5, 2.156][k % 3] as number;
      const em = Float32Array.from({ length: n * T }, () => Math.floor(rnd() * 7 - 3) * scale);
      const trans = Float32Array.from({ length: (T + 1) * T }, () => Math.floor(rnd() * 5 - 2) * scale);
      const oFrom = rnd() < 0.6 ? Math.floor(rnd() * (n + 1)) : -1;
      const oTo = oFrom < 0 ? -1 : oFrom + Math.floor(rnd() * 4);
      const got = Array.from(viterbi(em, n, T, trans, allowed, oFrom, oTo));
      expect(got).toEqual(reference(em, n, T, trans, allowed, oFrom, oTo));
    }
  });
});
