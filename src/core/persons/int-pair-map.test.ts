/** The typed pair map must behave as a `Map` keyed by the pair, through growth and clearing. */
import { describe, expect, it } from 'vitest';
import { IntPairMap } from './int-pair-map.ts';
import { seededRandom } from '../seeded-random.ts';

describe('IntPairMap', () => {
  it('agrees with a Map of the same pairs', () => {
    const rnd = seededRandom(3);
    const m = new IntPairMap(4);
    const ref = new Map<string, number>();
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < 5000; i++) {
      const a = rnd() < 0.5 ? (rnd() * 2 ** 32) | 0 : Math.floor(rnd() * 50);
      const b = Math.floor(rnd() * 2048);
      pairs.push([a, b]);
      if (m.get(a, b) < 0) {
        m.add(a, b, i);
        ref.set(`${a},${b}`, i);
      }
    }
    expect(m.size).toBe(ref.size);
    for (const [a, b] of pairs) expect(m.get(a, b)).toBe(ref.get(`${a},${b}`));
    expect(m.get(123456789, 4000)).toBe(-1);
    m.clear();
    expect(m.size).toBe(0);
    for (const [a, b] of pairs.slice(0, 100)) expect(m.get(a, b)).toBe(-1);
  });
});
