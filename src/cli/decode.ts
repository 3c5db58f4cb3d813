/**
 * Bytes to text for the CLI. A web page is decoded with the charset it declares (byte-order
 * mark, then `<meta charset>` or `<meta http-equiv=Content-Type>` in its first 1,024 bytes, as
 * the HTML standard's prescan does), falling back to UTF-8 when that decodes cleanly and to
 * windows-1252 otherwise. Plain text has no place to declare a charset: it must be UTF-8 (or
 * UTF-16 with a byte-order mark), and binary files are refused, never analysed as "people".
 */

export type Decoded = { ok: true; text: string; charset: string } | { ok: false; message: string };

/** How far the prescan looks for a `<meta>` charset (the HTML standard says 1,024 bytes). */
const PRESCAN_BYTES = 1024;

/** Labels the HTML standard maps to windows-1252 (TextDecoder knows them too; kept as one name). */
const LATIN1_LABELS = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'l1', 'cp1252']);

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  return null;
}

/** A charset label TextDecoder accepts, normalised; null when unknown. */
function knownCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (LATIN1_LABELS.has(l)) return 'windows-1252';
  try {
    const enc = new TextDecoder(l).encoding;
    // A page that says UTF-16 in an ASCII-compatible <meta> is in fact UTF-8 (HTML standard).
    return enc.startsWith('utf-16') ? 'utf-8' : enc;
  } catch {
    return null;
  }
}

/** The charset named by a `<meta>` in the first bytes of an HTML page, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (!direct) continue;
    const charset = knownCharset(direct[1] as string);
    if (charset) return charset;
  }
  return null;
}

/**
 * windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €…). Node 20's TextDecoder decodes the
 * label as ISO-8859-1 and gives C1 controls there, so they are mapped back here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeLenient(bytes: Uint8Array, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  if (charset !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

function decodeStrict(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether bytes look like a binary file rather than text: any NUL byte, or more than one in a
 * hundred of the first 64 kB being control bytes other than tab, newline, form feed and return.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return control * 100 > n;
}

/** Decodes a web page with the charset it declares (see the module comment). */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.skip), bom.charset);
  if (looksBinary(bytes)) return { ok: false, message: 'not a web page: the file is binary' };
  const declared = declaredCharset(bytes);
  if (declared) {
    // Lenient for a declared charset: a stray byte becomes U+FFFD, as a browser shows it.
    return { ok: true, text: decodeLenient(bytes, declared), charset: declared };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, charset: 'utf-8' };
  return { ok: true, text: decodeLenient(bytes, 'windows-1252'), charset: 'windows-1252' };
}

/** Decodes plain text: UTF-8 (or UTF-16 with a byte-order mark), never binary. */
export function decodePlainText(bytes: Uint8Array): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.skip), bom.charset);
  if (looksBinary(bytes)) return { ok: false, message: 'not text: the file is binary' };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 === null) {
    return {
      ok: false,
      message:
        'not UTF-8 text (convert it first, e.g. iconv -f windows-1252 -t utf-8, or give a web page with its charset)',
    };
  }
  return { ok: true, text: utf8, charset: 'utf-8' };
}

function decodeWith(bytes: Uint8Array, charset: string): Decoded {
  const text = decodeStrict(bytes, charset);
  if (text === null)
    return {
      ok: false,
      message: `not valid ${charset} text although it starts with a ${charset} byte-order mark`,
    };
  return { ok: true, text, charset };
}
