#!/usr/bin/env node
/**
 * Draws the toolbar/store icons (public/icons/icon-{16,32,48,128}.png) with no image library:
 * shapes as signed-distance functions, 4×4 supersampled, written as PNG with node's zlib.
 * The picture: a dark rounded square with lines of "text", one of them highlighted in amber,
 * i.e. what On Record does to an article. Run: `node scripts/make-icons.js`.
 */
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '..', 'public', 'icons');
const SIZES = [16, 32, 48, 128];

const NAVY = [30, 41, 59];
const PAPER = [241, 245, 249];
const AMBER = [245, 180, 40];

/** Signed distance to a rounded rectangle centred at (cx, cy) with half-size (hx, hy), radius r. */
function roundRect(x, y, cx, cy, hx, hy, r) {
  const qx = Math.abs(x - cx) - hx + r;
  const qy = Math.abs(y - cy) - hy + r;
  return Math.min(Math.max(qx, qy), 0) + Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) - r;
}

/** The icon in unit coordinates [0,1]²: returns [r, g, b, a] for one sample. */
function shade(x, y) {
  if (roundRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.2) > 0) return [0, 0, 0, 0];
  // Highlight band behind the middle line.
  if (roundRect(x, y, 0.5, 0.5, 0.36, 0.1, 0.04) <= 0) {
    return roundRect(x, y, 0.47, 0.5, 0.25, 0.035, 0.035) <= 0 ? [...NAVY, 255] : [...AMBER, 255];
  }
  // Two lines of text above and below.
  if (roundRect(x, y, 0.5, 0.26, 0.28, 0.045, 0.045) <= 0) return [...PAPER, 255];
  if (roundRect(x, y, 0.42, 0.74, 0.2, 0.045, 0.045) <= 0) return [...PAPER, 255];
  return [...NAVY, 255];
}

function render(size) {
  const S = 4;
  const px = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    px[j * (size * 4 + 1)] = 0; // filter: none
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const [cr, cg, cb, ca] = shade((i + (sx + 0.5) / S) / size, (j + (sy + 0.5) / S) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = j * (size * 4 + 1) + 1 + i * 4;
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round(a / (S * S));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(render(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(resolve(OUT, `icon-${size}.png`), png(size));
  console.log(`wrote public/icons/icon-${size}.png`);
}
