import { describe, expect, it } from 'vitest';
import { nameKeys, personSlug } from './name-keys.ts';

const shared = (a: string, b: string) => nameKeys(a).filter((k) => nameKeys(b).includes(k));

describe('nameKeys', () => {
  it('gives prefixed full-name and surname keys', () => {
    expect(nameKeys('Dmytro Kuleba')).toEqual(['f:kuleba|d', 's:kuleba', 'w:dmitro kuleba']);
    expect(nameKeys('Kuleba')).toEqual(['s:kuleba']);
  });
  it.each([
    ['Volodymyr Zelenskyy', 'Zelenskiy'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Dmitry Kuleba', 'Dmytro Kuleba'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Recep Tayyip Erdoğan', 'Erdogan'],
    ['Ursula von der Leyen', 'von der Leyen'],
    ['Joseph R. Biden Jr.', 'Joe Biden'],
    ['Bill Clinton', 'William Clinton'],
    ['Mr. Rutte', 'Mark Rutte'],
    ['Bashar al-Assad', 'Assad'],
    ['Luiz Inácio Lula da Silva', 'Lula'],
    ['Володимир Зеленський', 'Volodymyr Zelenskyy'],
    ['Ishiba Shigeru', 'Shigeru Ishiba'],
  ])('%s and %s share a key', (a, b) => {
    expect(shared(a, b).length).toBeGreaterThan(0);
  });
  it('shares a full-name key for nickname and formal name', () => {
    expect(shared('Bill Clinton', 'William J. Clinton')).toContain('f:clinton|w');
  });
  it('is empty for an empty name', () => {
    expect(nameKeys('  ')).toEqual([]);
  });
});

describe('personSlug', () => {
  it('is readable, surname first, ASCII', () => {
    expect(personSlug('Dmytro Kuleba')).toBe('kuleba-dmytro');
    expect(personSlug('Recep Tayyip Erdoğan')).toBe('erdogan-recep-tayyip');
    expect(personSlug('Ursula von der Leyen')).toBe('von-der-leyen-ursula');
    expect(personSlug('Kim Jong Un')).toBe('kim-jong-un');
    expect(personSlug('Donald Trump Jr.')).toBe('trump-donald-jr');
    expect(personSlug('')).toBe('person');
  });
});
