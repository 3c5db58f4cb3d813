import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml, decodePlainText, looksBinary } from './decode.ts';

const ascii = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('decodeHtml', () => {
  it('reads a windows-1252 page by its <meta charset>', () => {
    // "Émile Durand, the café's owner, said…" with É = 0xC9, é = 0xE9, ’ = 0x92 in windows-1252.
    const bytes = concat(
      ascii('<html><head><meta charset="windows-1252"></head><body><p>'),
      new Uint8Array([0xc9]),
      ascii('mile Durand, the caf'),
      new Uint8Array([0xe9, 0x92]),
      ascii('s owner</p></body></html>'),
    );
    const r = decodeHtml(bytes);
    expect(r.ok && r.text).toContain('Émile Durand, the café’s owner');
    expect(r.ok && r.charset).toBe('windows-1252');
  });

  it('reads a Cyrillic page declared in http-equiv (windows-1251 and KOI8-R)', () => {
    // "Путин" in windows-1251 and in KOI8-R.
    const cp1251 = new Uint8Array([0xcf, 0xf3, 0xf2, 0xe8, 0xed]);
    const koi8 = new Uint8Array([0xf0, 0xd5, 0xd4, 0xc9, 0xce]);
    const page = (label: string, name: Uint8Array): Uint8Array =>
      concat(
        ascii(
          `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${label}"></head><body><p>`,
        ),
        name,
        ascii('</p></body></html>'),
      );
    const a = decodeHtml(page('windows-1251', cp1251));
    const b = decodeHtml(page('KOI8-R', koi8));
    expect(a.ok && a.text).toContain('<p>Путин</p>');
    expect(b.ok && b.text).toContain('<p>Путин</p>');
  });

  it('takes a byte-order mark over the declaration and treats ISO-8859-1 as windows-1252', () => {
    const bom = concat(
      new Uint8Array([0xef, 0xbb, 0xbf]),
      ascii('<meta charset="iso-8859-1">'),
      new Uint8Array([0xc3, 0xa9]),
    );
    expect(decodeHtml(bom)).toEqual({
      ok: true,
      text: '<meta charset="iso-8859-1">é',
      charset: 'utf-8',
    });
    expect(declaredCharset(ascii('<meta charset=ISO-8859-1>'))).toBe('windows-1252');
    expect(declaredCharset(ascii('<meta charset="no-such-charset">'))).toBeNull();
  });

  it('falls back to UTF-8, then windows-1252, when nothing is declared', () => {
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xc3, 0xa9]))).toMatchObject({
      text: '<p>é',
      charset: 'utf-8',
    });
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9]))).toMatchObject({
      text: '<p>é',
      charset: 'windows-1252',
    });
  });

  it('refuses a binary file', () => {
    const elf = concat(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), ascii('<html>'));
    expect(decodeHtml(elf)).toEqual({ ok: false, message: 'not a web page: the file is binary' });
  });
});

describe('decodePlainText', () => {
  it('accepts UTF-8 and UTF-16 with a byte-order mark', () => {
    expect(decodePlainText(new Uint8Array([0xd0, 0x9f, 0x2e]))).toMatchObject({
      ok: true,
      text: 'П.',
    });
    expect(decodePlainText(new Uint8Array([0xff, 0xfe, 0x1f, 0x04]))).toMatchObject({
      ok: true,
      text: 'П',
    });
  });

  it('refuses text that is not UTF-8, and binary data, with a reason', () => {
    const r = decodePlainText(ascii('caf\xe9 au lait'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/not UTF-8 text/);
    expect(decodePlainText(new Uint8Array([1, 2, 3, 4, 65]))).toEqual({
      ok: false,
      message: 'not text: the file is binary',
    });
  });
});

describe('looksBinary', () => {
  it('tells text with tabs and line breaks from control-byte data', () => {
    expect(looksBinary(ascii('a\tb\r\nc\fd'))).toBe(false);
    expect(looksBinary(ascii('x'.repeat(200) + '\x01'))).toBe(false);
    expect(looksBinary(ascii('x'.repeat(50) + '\x01\x02'))).toBe(true);
  });
});
