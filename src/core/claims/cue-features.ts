/**
 * Features of the cue tagger: is this token (part of) a reporting expression such as "said",
 * "told reporters", "according to", "has learned"? Mostly lexical, plus the local shape that
 * separates `", he said"` from `"said to be"`. Shared by training and analysis.
 */
import { mix1, mix2, mix3 } from './hash.ts';
import { WordClass, QuoteRole, type TokenContext } from './context.ts';

/** Hash of the sentence boundary, used for out-of-range neighbours. */
const EDGE = 0x5bd1e995;

function at32(xs: Int32Array, a: number, b: number, j: number): number {
  return j >= a && j < b ? (xs[j] as number) : EDGE;
}

function at8(xs: Uint8Array, a: number, b: number, j: number): number {
  return j >= a && j < b ? (xs[j] as number) : 255;
}

/** Appends the cue features of token `i` (sentence `[a, b)`) to `out` at `at`; returns the new end. */
export function cueFeatures(ctx: TokenContext, a: number, b: number, i: number, out: Int32Array, at: number, hasQuote: number): number {
  const w = ctx.word;
  const L = ctx.lemma;
  const C = ctx.cls;
  const wi = w[i] as number;
  const li = L[i] as number;
  const ci = C[i] as number;
  const q = ctx.inQuote[i] as number;
  const prevCloseQuote =
    (i - 1 >= a && ctx.quoteRole[i - 1] === QuoteRole.Close) ||
    (i - 2 >= a && C[i - 1] === WordClass.Comma && ctx.quoteRole[i - 2] === QuoteRole.Close) ||
    (i - 2 >= a && ctx.quoteRole[i - 2] === QuoteRole.Close && (C[i - 1] === WordClass.Pronoun || C[i - 1] === WordClass.Capitalised))
      ? 1
      : 0;
  const pos = i === a ? 0 : i === b - 1 ? 1 : i - a < 4 ? 2 : 3;
  let k = at;
  out[k++] = mix1(1, 0);
  out[k++] = mix1(2, wi);
  out[k++] = mix1(3, li);
  out[k++] = mix1(4, ctx.suffix[i] as number);
  out[k++] = mix1(5, ci);
  out[k++] = mix1(6, at32(w, a, b, i - 1));
  out[k++] = mix1(7, at32(w, a, b, i + 1));
  out[k++] = mix2(10, at32(w, a, b, i - 1), wi);
  out[k++] = mix2(11, wi, at32(w, a, b, i + 1));
  out[k++] = mix2(12, li, at8(C, a, b, i + 1));
  out[k++] = mix2(13, at8(C, a, b, i - 1), li);
  out[k++] = mix2(14, q, ci);
  out[k++] = mix2(15, q, li);
  out[k++] = mix3(16, at8(C, a, b, i - 1), ci, at8(C, a, b, i + 1));
  out[k++] = mix2(17, at32(L, a, b, i - 1), li);
  out[k++] = mix2(18, pos, ci);
  out[k++] = mix3(19, at8(C, a, b, i - 2), at8(C, a, b, i - 1), li);
  out[k++] = mix3(20, li, at32(w, a, b, i + 1), at32(w, a, b, i + 2));
  out[k++] = mix2(21, hasQuote, li);
  out[k++] = mix2(22, prevCloseQuote, li);
  out[k++] = mix2(23, prevCloseQuote, ci);
  out[k++] = mix3(24, at32(L, a, b, i - 2), at32(L, a, b, i - 1), li);
  out[k++] = mix3(25, at8(C, a, b, i + 1), at8(C, a, b, i + 2), li);
  out[k++] = mix3(28, q, hasQuote, ci);
  out[k++] = mix2(29, pos, li);
  return k;
}

/** Upper bound on the number of features `cueFeatures` writes per token. */
export const CUE_FEATURES_PER_TOKEN = 32;
