import { describe, expect, it } from 'vitest';
import { count, quoted, shortDate, snippet } from './format.ts';

describe('popup format', () => {
  it('bounds snippets at a word', () => {
    expect(snippet('a  b\n c')).toBe('a b c');
    const s = snippet('word '.repeat(100), 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('word…')).toBe(true);
  });
  it('quotes once', () => {
    expect(quoted('"We will act," he said')).toBe('“We will act," he said”');
    expect(quoted('“Ready.”')).toBe('“Ready.”');
    expect(quoted('plain')).toBe('“plain”');
  });
  it('counts and dates', () => {
    expect(count(1, 'mention')).toBe('1 mention');
    expect(count(2, 'mention')).toBe('2 mentions');
    expect(shortDate('2025-06-24T10:00:00Z')).toBe('24 Jun 2025');
    expect(shortDate(null)).toBe('');
    expect(shortDate('yesterday')).toBe('yesterday');
  });
});
