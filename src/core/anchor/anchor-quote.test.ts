import { describe, expect, it } from 'vitest';
import { anchorAll, anchorQuote } from './anchor-quote.ts';

const ARTICLE =
  'KYIV — The foreign minister spoke on Monday. "We will not trade territory for a ceasefire," ' +
  'Dmytro Kuleba told reporters after the talks. Officials said a new round was planned for May.';

function saved(text: string, exact: string, context = 32) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error('fixture');
  return {
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(start + exact.length, start + exact.length + context),
    },
    position: { start, end: start + exact.length },
  };
}

const QUOTE = 'We will not trade territory for a ceasefire,';

describe('anchorQuote', () => {
  it('finds the quote where it was', () => {
    const s = saved(ARTICLE, QUOTE);
    expect(anchorQuote(ARTICLE, s.quote, s.position)).toEqual({ status: 'found', ...s.position });
  });

  it('finds the quote after text was inserted above it', () => {
    const s = saved(ARTICLE, QUOTE);
    const changed = `UPDATED 14:05. Adds reaction.\n\n${ARTICLE}`;
    const r = anchorQuote(changed, s.quote, s.position);
    expect(r.status).toBe('found');
    if (r.status === 'found') expect(changed.slice(r.start, r.end)).toBe(QUOTE);
  });

  it('picks the occurrence whose context matches when the quote appears twice', () => {
    const text = `Pull quote: ${QUOTE} end of box. ${ARTICLE}`;
    const s = saved(ARTICLE, QUOTE);
    const r = anchorQuote(text, s.quote, null);
    expect(r).toMatchObject({ status: 'found', start: text.lastIndexOf(QUOTE) });
  });

  it('treats changed spacing as found', () => {
    const s = saved(ARTICLE, QUOTE);
    const text = ARTICLE.replace('trade territory', 'trade\n  territory');
    const r = anchorQuote(text, s.quote, s.position);
    expect(r.status).toBe('found');
  });

  it('flags an edited quote as changed, with the new text', () => {
    const s = saved(ARTICLE, QUOTE);
    const text = ARTICLE.replace('We will not trade', 'We would never trade');
    const r = anchorQuote(text, s.quote, s.position);
    expect(r.status).toBe('changed');
    if (r.status === 'changed')
      expect(r.currentText).toContain('We would never trade territory for a ceasefire');
  });

  it('flags a rewritten quote as changed using its old context', () => {
    const s = saved(ARTICLE, QUOTE);
    const text = ARTICLE.replace(QUOTE, 'Kyiv is open to any proposal that respects its borders,');
    const r = anchorQuote(text, s.quote, s.position);
    expect(r).toMatchObject({
      status: 'changed',
      currentText: 'Kyiv is open to any proposal that respects its borders,',
    });
  });

  it('reports missing when quote and context are gone', () => {
    const s = saved(ARTICLE, QUOTE);
    expect(
      anchorQuote(
        'An unrelated article about football results and the weather in Lviv.',
        s.quote,
        s.position,
      ),
    ).toEqual({ status: 'missing' });
    expect(anchorQuote(ARTICLE, { exact: '', prefix: '', suffix: '' })).toEqual({
      status: 'missing',
    });
  });

  it('does not take a random near-match for a short quote with no context', () => {
    expect(
      anchorQuote('The cat sat on the mat near the hat.', { exact: 'bat', prefix: '', suffix: '' }),
    ).toEqual({ status: 'missing' });
    expect(
      anchorQuote('Officials said a new round was planned.', {
        exact: 'said no',
        prefix: '',
        suffix: '',
      }),
    ).toEqual({ status: 'missing' });
  });

  it('handles offsets beyond the end of a shorter text', () => {
    const r = anchorQuote(
      'short',
      { exact: 'short', prefix: '', suffix: '' },
      { start: 500, end: 505 },
    );
    expect(r).toEqual({ status: 'found', start: 0, end: 5 });
  });

  it('stays linear-ish on a large text (no blow-up)', () => {
    const s = saved(ARTICLE, QUOTE);
    const big = `${'Lorem ipsum dolor sit amet. '.repeat(20_000)}${ARTICLE.replace('not trade', 'never trade')}`;
    expect(anchorQuote(big, s.quote, s.position).status).toBe('changed');
  });
});

describe('anchorAll', () => {
  it('anchors each request', () => {
    const a = saved(ARTICLE, QUOTE);
    const b = saved(ARTICLE, 'a new round was planned for May');
    const text = ARTICLE.replace('for May', 'for June');
    const out = anchorAll(text, [
      { id: 1, ...a },
      { id: 2, ...b },
    ]);
    expect(out.map((o) => [o.id, o.outcome.status])).toEqual([
      [1, 'found'],
      [2, 'changed'],
    ]);
  });
});

describe('reanchorItems', () => {
  it('gives mark-anchors results and spans to paint', async () => {
    const { reanchorItems } = await import('./reanchor-items.ts');
    const a = saved(ARTICLE, QUOTE);
    const b = saved(ARTICLE, 'a new round was planned for May');
    const text = ARTICLE.replace('for May', 'for June');
    const out = reanchorItems(text, [
      { id: 1, ...a },
      { id: 2, ...b },
      {
        id: 3,
        quote: {
          exact: 'Entirely gone sentence about nothing at all here.',
          prefix: '',
          suffix: '',
        },
        position: null,
      },
    ]);
    expect(out.results).toEqual([
      { itemId: 1, status: 'found', currentText: null },
      { itemId: 2, status: 'changed', currentText: 'a new round was planned for June' },
      { itemId: 3, status: 'missing', currentText: null },
    ]);
    expect(out.spans.map((s) => [s.itemId, text.slice(s.start, s.end)])).toEqual([
      [1, QUOTE],
      [2, 'a new round was planned for June'],
    ]);
  });
});

describe('anchorQuote: a rewritten ending', () => {
  it('reports the quote now on the page up to where the saved suffix still stands', () => {
    const before = 'Intro text here. "We will not sign a deal that puts the harbour workers last," Švinka told reporters.';
    const after = 'Intro text here. "We will not sign a deal that leaves the harbour workers behind," Švinka told reporters.';
    const exact = 'We will not sign a deal that puts the harbour workers last';
    const start = before.indexOf(exact);
    const quote = {
      type: 'TextQuoteSelector' as const,
      exact,
      prefix: before.slice(Math.max(0, start - 32), start),
      suffix: before.slice(start + exact.length, start + exact.length + 32),
    };
    const outcome = anchorQuote(after, quote, { start, end: start + exact.length });
    expect(outcome).toMatchObject({
      status: 'changed',
      currentText: 'We will not sign a deal that leaves the harbour workers behind',
    });
  });
});
