// @vitest-environment happy-dom
/**
 * The painter against a stand-in Highlight API (happy-dom has none): what gets registered
 * under which name, batching (nothing registered until preview/end), teardown restores the
 * registry and the document's style sheets, and no API means no painting and no error.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HighlightPainter, highlightsSupported } from './highlight.ts';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

type Win = Window & { Highlight?: unknown; CSS?: unknown };
const win = window as Win;
let registry: Map<string, FakeHighlight>;
let saved: { Highlight: unknown; CSS: unknown };

beforeEach(() => {
  saved = { Highlight: win.Highlight, CSS: win.CSS };
  registry = new Map();
  win.Highlight = FakeHighlight;
  win.CSS = { highlights: registry };
  document.body.innerHTML = '<p>Anna Berg said the talks failed.</p>';
});
afterEach(() => {
  win.Highlight = saved.Highlight;
  win.CSS = saved.CSS;
});

function range(from: number, to: number): Range {
  const r = document.createRange();
  const t = document.querySelector('p')!.firstChild!;
  r.setStart(t, from);
  r.setEnd(t, to);
  return r;
}

describe('HighlightPainter', () => {
  it('registers one highlight per kind, adopts styles, and cleans up everything', () => {
    const sheetsBefore = document.adoptedStyleSheets.length;
    const page = new FakeHighlight();
    registry.set('page-own', page);
    const painter = new HighlightPainter();
    painter.add('official', [range(0, 9)]);
    painter.add('claim', [range(15, 32)]);
    expect([...registry.keys()].sort()).toEqual([
      'onrecord-claim',
      'onrecord-official',
      'page-own',
    ]);
    expect(registry.get('onrecord-official')!.priority).toBeGreaterThan(
      registry.get('onrecord-claim')!.priority,
    );
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    expect(painter.count('official')).toBe(1);
    painter.destroy();
    expect([...registry.keys()]).toEqual(['page-own']);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    expect(document.body.innerHTML).toBe('<p>Anna Berg said the talks failed.</p>');
  });

  it('adds no sheet to a document that already carries the rules, but still to its shadow roots', () => {
    const sheetsBefore = document.adoptedStyleSheets.length;
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Kaja Kallas said so.</p>';
    const inShadow = document.createRange();
    inShadow.setStart(shadow.querySelector('p')!.firstChild!, 0);
    inShadow.setEnd(shadow.querySelector('p')!.firstChild!, 11);
    const painter = new HighlightPainter({ styledDocument: document });
    painter.add('official', [range(0, 9), inShadow]);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    expect(shadow.adoptedStyleSheets.length).toBe(1);
    expect(registry.get('onrecord-official')!.size).toBe(2);
    painter.destroy();
    expect(shadow.adoptedStyleSheets.length).toBe(0);
  });

  it('batches: nothing painted until preview, everything at the end', () => {
    const painter = new HighlightPainter();
    painter.beginBatch();
    painter.add('official', [range(0, 4)]);
    expect(registry.has('onrecord-official')).toBe(false);
    painter.preview();
    expect(registry.get('onrecord-official')!.size).toBe(1);
    painter.add('official', [range(5, 9)]);
    painter.endBatch();
    expect(registry.get('onrecord-official')!.size).toBe(2);
    // A later batch merges into what is painted.
    painter.beginBatch();
    painter.add('official', [range(10, 14)]);
    painter.endBatch();
    expect(registry.get('onrecord-official')!.size).toBe(3);
    painter.destroy();
  });

  it('focus replaces the previous focus', () => {
    const painter = new HighlightPainter();
    painter.setFocus([range(0, 4)]);
    painter.setFocus([range(5, 9)]);
    expect(registry.get('onrecord-focus')!.size).toBe(1);
    painter.setFocus([]);
    expect(registry.get('onrecord-focus')!.size).toBe(0);
    painter.destroy();
  });

  it('does nothing (and does not throw) without the Highlight API', () => {
    win.Highlight = undefined;
    expect(highlightsSupported(window)).toBe(false);
    const painter = new HighlightPainter();
    painter.add('official', [range(0, 4)]);
    expect(painter.count('official')).toBe(0);
    painter.destroy();
  });
});

describe('the manifest sheet', () => {
  it('is the painter rules written on :root, one per kind', async () => {
    const { DOCUMENT_HIGHLIGHT_CSS, HIGHLIGHT_CSS } = await import('./highlight-styles.ts');
    const count = (css: string, re: RegExp): number => css.match(re)?.length ?? 0;
    expect(count(DOCUMENT_HIGHLIGHT_CSS, /^:root::highlight\(onrecord-[a-z]+\) \{$/gm)).toBe(count(HIGHLIGHT_CSS, /^::highlight\(/gm));
    expect(count(DOCUMENT_HIGHLIGHT_CSS, /^::highlight/gm)).toBe(0);
  });
});
