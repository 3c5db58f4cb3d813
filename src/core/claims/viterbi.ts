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
    const row = i * T;
    // A forced position computes tag 0 only; every other tag is unreachable (NEG, back 0).
    const tags = i >= oFrom && i < oTo ? 1 : T;
    if (T === 5 && tags === 5) step5(score, back, em, tr, row);
    else {
      step(score, back, em, tr, row, T, tags);
      for (let t = tags; t < T; t++) {
        score[row + t] = NEG;
        back[row + t] = 0;
      }
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

/**
 * One trellis column: the best predecessor of tags `[0, tags)` at row `row` (offset of position
 * i, T tags per position), first best on ties, and its score plus the emission.
 */
function step(score: Float64Array, back: Uint8Array, em: Float32Array, tr: Float64Array, row: number, T: number, tags: number): void {
  const prev = row - T;
  for (let t = 0; t < tags; t++) {
    let best = NEG;
    let arg = 0;
    for (let p = 0; p < T; p++) {
      const v = (score[prev + p] as number) + (tr[p * T + t] as number);
      if (v > best) {
        best = v;
        arg = p;
      }
    }
    score[row + t] = best <= NEG ? NEG : best + (em[row + t] as number);
    back[row + t] = arg;
  }
}

/**
 * `step` for the five role tags, unrolled: the previous column's scores read once into locals
 * instead of once per tag. Same additions and comparisons in the same order (the viterbi tests
 * check it against the generic loop), so the same tags.
 */
function step5(score: Float64Array, back: Uint8Array, em: Float32Array, tr: Float64Array, row: number): void {
  const s0 = score[row - 5] as number;
  const s1 = score[row - 4] as number;
  const s2 = score[row - 3] as number;
  const s3 = score[row - 2] as number;
  const s4 = score[row - 1] as number;
  for (let t = 0; t < 5; t++) {
    let best = NEG;
    let arg = 0;
    let v = s0 + (tr[t] as number);
    if (v > best) {
      best = v;
      arg = 0;
    }
    v = s1 + (tr[5 + t] as number);
    if (v > best) {
      best = v;
      arg = 1;
    }
    v = s2 + (tr[10 + t] as number);
    if (v > best) {
      best = v;
      arg = 2;
    }
    v = s3 + (tr[15 + t] as number);
    if (v > best) {
      best = v;
      arg = 3;
    }
    v = s4 + (tr[20 + t] as number);
    if (v > best) {
      best = v;
      arg = 4;
    }
    score[row + t] = best <= NEG ? NEG : best + (em[row + t] as number);
    back[row + t] = arg;
  }
}
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
