import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

const person = (text: string, name: string) => analyze(text).people.find((p) => p.name === name);

describe('titles written in lower case before the name', () => {
  it('keeps a portfolio compound and its organisation', () => {
    const p = person('EU foreign policy chief Kaja Kallas said Europe would keep its support.', 'Kaja Kallas');
    expect(p?.title).toBe('EU foreign policy chief');
    expect(p?.organization).toBe('EU');
  });

  it('keeps a demonym out of the title and turns it into the country', () => {
    const p = person('German Chancellor Olaf Scholz said the talks went well.', 'Olaf Scholz');
    expect(p?.title).toBe('Chancellor');
    expect(p?.country).toBe('Germany');
  });
});
