import { describe, expect, it } from 'vitest';
import { count, snippet } from './format.ts';

describe('popup format', () => {
  it('bounds snippets at a word', () => {
    expect(snippet('a  b\n c')).toBe('a b c');
    const s = snippet('word '.repeat(100), 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('word…')).toBe(true);
  });
  it('counts', () => {
    expect(count(1, 'mention')).toBe('1 mention');
    expect(count(2, 'mention')).toBe('2 mentions');
  });
});
