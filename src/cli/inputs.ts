/**
 * Reads the documents named on the command line. Bad input never throws: each problem is
 * reported with the file (and line) it came from and the other documents go on.
 */
import { readFile } from 'node:fs/promises';
import { decodeHtml, decodePlainText } from './decode.ts';

export interface RawDocument {
  id: unknown;
  text: string;
  html: boolean;
  /** "file" or "file:line", for error messages. */
  where: string;
}

export interface InputProblem {
  where: string;
  message: string;
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function isHtmlPath(file: string): boolean {
  const lower = file.toLowerCase();
  return lower.endsWith('.html') || lower.endsWith('.htm');
}

const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** Splits a JSONL body into documents; malformed lines become problems. */
export function parseJsonl(
  body: string,
  file: string,
  html: boolean,
): { docs: RawDocument[]; problems: InputProblem[] } {
  const docs: RawDocument[] = [];
  const problems: InputProblem[] = [];
  const lines = stripBom(body).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.trim() === '') continue;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ where, message: 'not valid JSON' });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ where, message: 'expected a JSON object {"id": ..., "text": ...}' });
      continue;
    }
    const rec = value as Record<string, unknown>;
    if (typeof rec.text !== 'string') {
      const message = !('text' in rec) || rec.text === undefined
        ? 'missing "text" (a string)'
        : `"text" must be a string, not ${rec.text === null ? 'null' : Array.isArray(rec.text) ? 'an array' : typeof rec.text}`;
      problems.push({ where, message });
      continue;
    }
    docs.push({ id: 'id' in rec ? rec.id : where, text: rec.text, html, where });
  }
  return { docs, problems };
}

/** Reads one FILE argument ("-" is standard input) into documents. */
export async function readInput(
  file: string,
  opts: { jsonl: boolean; html: boolean },
): Promise<{ docs: RawDocument[]; problems: InputProblem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`;
    return { docs: [], problems: [{ where: file, message: why }] };
  }
  const html = opts.html || (file !== '-' && isHtmlPath(file));
  // A JSONL file is JSON text, so UTF-8 whatever its lines hold; a page declares its charset.
  const decoded = html && !opts.jsonl ? decodeHtml(bytes) : decodePlainText(bytes);
  if (!decoded.ok) return { docs: [], problems: [{ where: file, message: decoded.message }] };
  const body = decoded.text;
  if (opts.jsonl) return parseJsonl(body, file, html);
  return { docs: [{ id: file, text: stripBom(body), html, where: file }], problems: [] };
}
