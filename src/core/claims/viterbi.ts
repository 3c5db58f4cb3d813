/**
 * First-order Viterbi decoding for the BIO taggers. `allowed` forbids impossible transitions
 * (an I- tag that does not continue its B-), so every decoded span is well formed. Linear in the
 * sequence length times tags².
 */

/** Scratch tables reused across calls (decoding is synchronous, so one pair is enough). */
let scoreBuf = new Float64Array(4096);
let backBuf = new Uint8Array(4096);

/**
 * Decodes the best tag sequence.
 * @param em emission scores, `n × T`, row-major.
 * @param trans transition scores `(T + 1) × T`; row T scores the first tag.
 * @param allowed same shape as `trans`; 0 forbids the transition.
 * @param oFrom,oTo positions `[oFrom, oTo)` forced to tag 0 ("outside"): the cue itself.
 */
export function viterbi(
  em: Float32Array,
  n: number,
  T: number,
  trans: Float32Array,
  allowed: Uint8Array,
  oFrom = -1,
  oTo = -1,
): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (scoreBuf.length < n * T) {
    scoreBuf = new Float64Array(n * T * 2);
    backBuf = new Uint8Array(n * T * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  const tr = masked(trans, allowed);
  for (let t = 0; t < T; t++) {
    const ok = oFrom > 0 || oTo <= 0 || t === 0;
    score[t] = ok ? (em[t] as number) + (tr[T * T + t] as number) : NEG;
  }
  for (let i = 1; i < n; i++) {
    const forced = i >= oFrom && i < oTo;
    const prev = (i - 1) * T;
    const row = i * T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      if (!forced || t === 0) {
        for (let p = 0; p < T; p++) {
          const v = (score[prev + p] as number) + (tr[p * T + t] as number);
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      score[row + t] = best <= NEG ? NEG : best + (em[row + t] as number);
      back[row + t] = arg;
    }
  }
  let bestT = 0;
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    const v = score[(n - 1) * T + t] as number;
    if (v > best) {
      best = v;
      bestT = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestT;
    bestT = back[i * T + bestT] as number;
  }
  return out;
}

const NEG = -1e30;
/** Transition scores with forbidden moves set to -infinity, so decoding needs no mask test. */
const maskedCache = new WeakMap<Float32Array, Map<Uint8Array, Float64Array>>();

function masked(trans: Float32Array, allowed: Uint8Array): Float64Array {
  let byAllowed = maskedCache.get(trans);
  if (byAllowed === undefined) {
    byAllowed = new Map();
    maskedCache.set(trans, byAllowed);
  }
  let m = byAllowed.get(allowed);
  if (m === undefined) {
    m = new Float64Array(trans.length);
    for (let k = 0; k < trans.length; k++) m[k] = allowed[k] === 1 ? (trans[k] as number) : NEG;
    byAllowed.set(allowed, m);
  }
  return m;
}

/**
 * The allowed-transition matrix for BIO over `roles` span types: tag 0 is O, then B-r, I-r for
 * each role r. I-r may only follow B-r or I-r.
 */
export function bioAllowed(roles: number): Uint8Array {
  const T = 1 + roles * 2;
  const a = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    for (let t = 0; t < T; t++) {
      const isI = t > 0 && t % 2 === 0;
      if (!isI) a[p * T + t] = 1;
      else a[p * T + t] = p === t || p === t - 1 ? 1 : 0;
    }
  }
  return a;
}
