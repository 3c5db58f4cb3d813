import { describe, expect, it } from 'vitest';
import { decodeKeys, encodeKeys, fromBase64, toBase64 } from './codec.ts';
import { allowed, canEnd, makeTag, tagName, B, I, L, O, U, PER } from './tags.ts';

describe('model codec', () => {
  it('round-trips base64 of every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });

  it('round-trips signed 32-bit keys through sorted delta varints', () => {
    const keys = Int32Array.from([0, -1, 2147483647, -2147483648, 12345, -98765, 7]);
    const { bytes, order } = encodeKeys(keys);
    const back = decodeKeys(bytes, keys.length);
    expect(Array.from(order, (i) => keys[i])).toEqual(Array.from(back));
    expect(new Set(back)).toEqual(new Set(keys));
  });

  it('rejects text that is not base64', () => {
    expect(() => fromBase64('ab$d')).toThrow();
  });
});

describe('BILOU tags', () => {
  it('allows only well-formed sequences', () => {
    const b = makeTag(PER, B);
    expect(tagName(b)).toBe('B-PER');
    expect(allowed(-1, makeTag(PER, I))).toBe(false);
    expect(allowed(b, makeTag(PER, L))).toBe(true);
    expect(allowed(b, O)).toBe(false);
    expect(allowed(makeTag(PER, U), makeTag(PER, B))).toBe(true);
    expect(canEnd(b)).toBe(false);
    expect(canEnd(makeTag(PER, L))).toBe(true);
  });
});
