import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, UsageError } from './args.ts';
import { parseJsonl } from './inputs.ts';

const BIN = join(import.meta.dirname, '../../bin/onrecord.js');

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE =
  'Finnish Foreign Minister Elina Valtonen said on Tuesday that the talks had stalled. ' +
  '"We are not there yet," Valtonen told reporters in Helsinki.';

describe('parseArgs', () => {
  it('reads flags and files, defaulting to standard input', () => {
    expect(parseArgs(['extract'])).toEqual({ command: 'extract', jsonl: false, html: false, files: ['-'] });
    expect(parseArgs(['extract', '--jsonl', 'a.jsonl', '--html', 'b'])).toEqual({
      command: 'extract',
      jsonl: true,
      html: true,
      files: ['a.jsonl', 'b'],
    });
  });
  it('rejects unknown commands and options', () => {
    expect(() => parseArgs(['extrakt'])).toThrow(UsageError);
    expect(() => parseArgs(['extract', '--fast'])).toThrow(UsageError);
  });
});

describe('parseJsonl', () => {
  it('keeps ids, skips blank lines and reports bad lines by number', () => {
    const body = '{"id": 7, "text": "a"}\n\nnot json\n{"text": "b"}\n[1]\n{"id": "x"}\n';
    const { docs, problems } = parseJsonl(body, 'in.jsonl', false);
    expect(docs.map((d) => d.id)).toEqual([7, 'in.jsonl:4']);
    expect(problems.map((p) => p.where)).toEqual(['in.jsonl:3', 'in.jsonl:5', 'in.jsonl:6']);
  });
});

describe('onrecord extract (process)', () => {
  it('prints one object per document with spans that match the text', () => {
    const r = run(['extract'], ARTICLE);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0] as string);
    expect(doc.id).toBe('-');
    expect(doc).not.toHaveProperty('text');
    for (const p of doc.people) {
      for (const m of p.mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
    }
    for (const c of doc.claims) {
      expect(ARTICLE.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
      expect(ARTICLE.slice(c.content.start, c.content.end)).toBe(c.content.text);
    }
  });

  it('reports a bad line and an unreadable file, processes the rest, exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-'));
    const file = join(dir, 'docs.jsonl');
    writeFileSync(file, `{"id":"a","text":${JSON.stringify(ARTICLE)}}\n{oops\n{"id":"b","text":"Nothing here."}\n`);
    const r = run(['extract', '--jsonl', file, join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(r.err).toContain(`${file}:2`);
    expect(r.err).toContain('missing.txt: no such file');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reads HTML and returns the article text the offsets refer to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Talks</title></head><body><nav>Home News Sport</nav>
       <article><h1>Talks stall</h1><p>${ARTICLE}</p></article><footer>Copyright</footer></body></html>`,
    );
    const r = run(['extract', file]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.id).toBe(file);
    expect(doc.text).toContain('Valtonen told reporters');
    expect(doc.text).not.toContain('Home News Sport');
    for (const p of doc.people) for (const m of p.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a page in its declared charset and refuses binary or non-UTF-8 plain text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-'));
    const page = join(dir, 'page.html');
    const body = `<html><head><meta charset="windows-1252"></head><body><article><p>${ARTICLE} Jos\xe9 Mar\xeda Alvarez, the union\x92s leader, said talks would go on.</p></article></body></html>`;
    writeFileSync(page, Buffer.from(body, 'latin1'));
    const binary = join(dir, 'program');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 65, 66, 67]));
    const latin = join(dir, 'notes.txt');
    writeFileSync(latin, Buffer.from('caf\xe9 au lait', 'latin1'));
    const r = run(['extract', page, binary, latin]);
    expect(r.code).toBe(1);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(1);
    expect(out[0].text).toContain('José María Alvarez, the union’s leader');
    expect(r.err).toContain(`${binary}: not text: the file is binary`);
    expect(r.err).toContain(`${latin}: not UTF-8 text`);
  });

  it('exits 2 with usage on a wrong command', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: onrecord extract');
  });
});
