import { describe, expect, it } from 'vitest';
import { outletBesideHost, passageText, quoteText, readOnHost, safeHref, safeText, shortDate } from './safe-text.ts';

describe('safeText', () => {
  it('removes controls and bidi overrides and collapses whitespace', () => {
    expect(safeText('  a\u202eb\u0000c \n\t d\u2066e ')).toBe('abc de');
  });
  it('bounds long strings without splitting a surrogate pair', () => {
    expect(safeText('x'.repeat(5_000_000), 10)).toBe(`${'x'.repeat(10)}…`);
    const s = safeText('a😀😀😀', 2);
    expect(s).toBe('a…');
  });
  it('returns "" for non-strings', () => {
    expect(safeText(null)).toBe('');
    expect(safeText(42)).toBe('');
  });
});

describe('safeHref', () => {
  it('allows only http and https', () => {
    expect(safeHref('https://a.example/x?y#z')).toBe('https://a.example/x?y#z');
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(5)).toBeNull();
  });
});

describe('shortDate', () => {
  it('formats dates, months and years', () => {
    expect(shortDate('2025-03-02T10:00:00Z')).toBe('2 Mar 2025');
    expect(shortDate('2025-03')).toBe('Mar 2025');
    expect(shortDate('2025')).toBe('2025');
    expect(shortDate('yesterday')).toBe('');
    expect(shortDate(null)).toBe('');
  });
});

describe('quoteText', () => {
  it("replaces the article's own quote marks with one pair", () => {
    expect(quoteText('"There is no time to lose,"', true)).toBe('“There is no time to lose”');
    expect(quoteText('“Nein”', true)).toBe('“Nein”');
    expect(quoteText('talks failed', false)).toBe('talks failed');
  });
  it('cleans the marks around each piece of a split quote', () => {
    const joined = ['"Please do not ask when the war will end,"', '"Ask why it goes on."'].join(' … ');
    expect(quoteText(joined, true)).toBe('“Please do not ask when the war will end … Ask why it goes on.”');
    expect(quoteText('“Go,” … “Now.”', true)).toBe('“Go … Now.”');
  });
});

describe('passageText', () => {
  it('shows a saved direct quote as its quoted words, reported speech as written', () => {
    const exact = '"This is a big step," Rutte told reporters. "The threat has not gone away."';
    expect(passageText(exact, true)).toBe('“This is a big step … The threat has not gone away.”');
    expect(passageText('"We are ready to buy, and to build together,"', true)).toBe(
      '“We are ready to buy, and to build together”',
    );
    expect(passageText(exact, false)).toBe(exact);
    expect(passageText(exact, null)).toBe(exact);
  });
});

describe('readOnHost / outletBesideHost', () => {
  it('names the host of an http(s) URL only', () => {
    expect(readOnHost('https://www.reuters.com/world/x')).toBe('reuters.com');
    expect(readOnHost('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(readOnHost('javascript:alert(1)')).toBe('');
    expect(readOnHost(null)).toBe('');
  });
  it('drops an outlet that only repeats the host', () => {
    expect(outletBesideHost('Reuters', 'example.net')).toBe('Reuters');
    expect(outletBesideHost('Example.net', 'example.net')).toBe('');
    expect(outletBesideHost('', 'example.net')).toBe('');
  });
});
