/**
 * Base64 and varint decoding for the shipped model, written out so the core needs neither
 * `Buffer` (Node only) nor `atob` (string-based and slow on large inputs).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Decodes standard base64 (padding optional). */
export function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (LOOKUP[c] as number) : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o === out.length ? out : out.slice(0, o);
}

/** Encodes bytes as standard base64 with padding (used by the training script). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET[v >> 18] as string;
    out += ALPHABET[(v >> 12) & 63] as string;
    out += ALPHABET[(v >> 6) & 63] as string;
    out += ALPHABET[v & 63] as string;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = (bytes[i] as number) << 16;
    out += (ALPHABET[v >> 18] as string) + (ALPHABET[(v >> 12) & 63] as string) + '==';
  } else if (rest === 2) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += (ALPHABET[v >> 18] as string) + (ALPHABET[(v >> 12) & 63] as string) + (ALPHABET[(v >> 6) & 63] as string) + '=';
  }
  return out;
}

/** Reads unsigned LEB128 varints. */
export function readVarints(bytes: Uint8Array): Uint32Array {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    v += (b & 0x7f) * 2 ** shift;
    if (b & 0x80) shift += 7;
    else {
      out.push(v);
      v = 0;
      shift = 0;
    }
  }
  return Uint32Array.from(out);
}

/** Writes unsigned LEB128 varints (used by the training script). */
export function writeVarints(values: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i] as number;
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  }
  return Uint8Array.from(out);
}
