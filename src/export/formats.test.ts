import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.ts';
import { EXPORT_FORMATS, exportItems } from './formats.ts';
import { EXPORTED_AT, SAMPLE_ITEMS } from './test-items.ts';

/**
 * Golden files live beside the code; set UPDATE_GOLDEN=1 to rewrite them after a deliberate
 * change. JSON goldens are compared as parsed values, so reformatting them (Prettier) is harmless;
 * CSV and RIS byte for byte.
 */
function golden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./__golden__/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  const expected = readFileSync(path, 'utf8');
  if (/\.(json|jsonld)$/.test(name)) expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
  else expect(actual).toBe(expected);
}

describe('export formats', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format} matches its golden file`, () => {
      const file = exportItems(format, SAMPLE_ITEMS, EXPORTED_AT);
      expect(file.count).toBe(3);
      expect(file.filename.startsWith('on-record-2024-04-01')).toBe(true);
      golden(file.filename.replace('on-record-2024-04-01', 'sample'), file.text);
    });
  }

  it('CSV escapes formula injection, quotes and bidi overrides', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+SUM(A1)')).toBe(`"'+SUM(A1)"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@cmd')).toBe(`"'@cmd"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('＝1')).toBe(`"'＝1"`);
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell('a\u202eb')).toBe('"ab"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell('x'.repeat(40_000)).length).toBeLessThan(32_010);
    const csv = exportItems('csv', SAMPLE_ITEMS, EXPORTED_AT).text;
    expect(csv.startsWith('\ufeff"id","saved_at"')).toBe(true);
    // Every record line starts with a quoted id: no cell begins a formula.
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  it('JSON keeps every field of every item', () => {
    const parsed = JSON.parse(exportItems('json', SAMPLE_ITEMS, EXPORTED_AT).text) as {
      format: string;
      items: unknown[];
    };
    expect(parsed.format).toBe('on-record-collection');
    expect(parsed.items).toEqual(SAMPLE_ITEMS);
  });

  it('Web Annotation targets the page with both selectors', () => {
    const doc = JSON.parse(exportItems('web-annotation', SAMPLE_ITEMS, EXPORTED_AT).text) as {
      '@context': string;
      type: string;
      total: number;
      first: {
        items: Array<{
          type: string;
          target: { source: string; selector: Array<{ type: string }> };
          body?: Array<{ purpose: string; value: string }>;
        }>;
      };
    };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    const first = doc.first.items[0];
    expect(first?.type).toBe('Annotation');
    expect(first?.target.source).toBe(SAMPLE_ITEMS[0]?.url);
    expect(first?.target.selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(first?.body?.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual([
      'ceasefire',
      'ukraine',
    ]);
  });

  it('CSL-JSON and RIS carry title, outlet, date, URL and the quote', () => {
    const csl = JSON.parse(exportItems('csl-json', SAMPLE_ITEMS, EXPORTED_AT).text) as Array<
      Record<string, unknown>
    >;
    expect(csl[0]).toMatchObject({
      type: 'article-newspaper',
      title: 'Kyiv rejects ceasefire terms',
      'container-title': 'Example News',
      URL: 'https://news.example/2024/03/kyiv-talks',
      issued: { 'date-parts': [[2024, 3, 1]] },
      abstract: 'We will not retreat.',
    });
    expect(csl[1]?.issued).toEqual({ 'date-parts': [[2023, 11]] });
    expect(csl[2]?.issued).toBeUndefined();
    const ris = exportItems('ris', SAMPLE_ITEMS, EXPORTED_AT).text;
    expect(ris.split('TY  - NEWS')).toHaveLength(4);
    expect(ris).toContain('DA  - 2024/03/01/\r\n');
    // Values never break the one-line-per-tag layout.
    for (const l of ris.split('\r\n'))
      expect(l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l)).toBe(true);
  });
});
