/**
 * Compact encodings for the shipped model: base64 (no dependence on `atob`/`Buffer`, so the same
 * code runs in Node, a content script and a worker) and delta-varints for sorted hash keys.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ch = (i: number): string => ALPHABET.charAt(i);
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ch(v >>> 18) + ch((v >>> 12) & 63) + ch((v >>> 6) & 63) + ch(v & 63);
  }
  if (i < n) {
    const b1 = i + 1 < n ? (bytes[i + 1] as number) : 0;
    const v = ((bytes[i] as number) << 16) | (b1 << 8);
    out += ch(v >>> 18) + ch((v >>> 12) & 63);
    out += i + 1 < n ? ch((v >>> 6) & 63) + '=' : '==';
  }
  return out;
}

export function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const d = c < 128 ? (DECODE[c] as number) : -1;
    if (d < 0) throw new Error('bad base64');
    acc = ((acc << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 255;
    }
  }
  return out;
}

/** Encodes 32-bit keys (any order) as sorted unsigned deltas in LEB128 varints. */
export function encodeKeys(keys: ArrayLike<number>): { bytes: Uint8Array; order: Uint32Array } {
  const sorted = Uint32Array.from(keys, (k) => k >>> 0);
  const order = new Uint32Array(sorted.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (sorted[a] as number) - (sorted[b] as number));
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < order.length; i++) {
    const k = sorted[order[i] as number] as number;
    let d = k - prev;
    prev = k;
    while (d >= 128) {
      out.push((d & 127) | 128);
      d = Math.floor(d / 128);
    }
    out.push(d);
  }
  return { bytes: Uint8Array.from(out), order };
}

/** Decodes keys written by `encodeKeys` (in sorted order), as signed 32-bit integers. */
export function decodeKeys(bytes: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let p = 0;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[p++] as number;
      d += (b & 127) * mul;
      if (b < 128) break;
      mul *= 128;
    }
    prev += d;
    out[i] = prev | 0;
  }
  return out;
}
