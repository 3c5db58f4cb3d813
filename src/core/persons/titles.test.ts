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

describe('words that are titles or first names', () => {
  it('reads "Dean" before a surname as a first name, not a title', () => {
    const text = 'The visitors were 133-5 when Derbyshire captain Dean Jones declared.\n\nJones said the pitch had helped the bowlers.\n';
    expect(person(text, 'Dean Jones')?.title).toBe('Derbyshire captain');
  });

  it('reads a playing position before a name as the title', () => {
    const text = 'Fullback Andre Joubert scored the other try, scorching in from 40 metres.\n';
    expect(person(text, 'Andre Joubert')?.title).toBe('Fullback');
  });
});

describe('titles owned by a possessive, in apposition before the name', () => {
  it('takes the organisation or country from the possessive', () => {
    const text =
      "The EU's foreign policy chief, Kaja Kallas, told reporters that time was short.\n\n" +
      "Germany's finance minister, Christian Lindner, said the budget was tight.\n\n" +
      "The company's chief executive, Anna Berg, said sales rose.\n";
    expect(person(text, 'Kaja Kallas')).toMatchObject({ title: 'foreign policy chief', organization: 'EU', country: null });
    expect(person(text, 'Christian Lindner')).toMatchObject({ title: 'finance minister', organization: null, country: 'Germany' });
    expect(person(text, 'Anna Berg')).toMatchObject({ title: 'chief executive', organization: null });
  });
});

describe('a title that only people hold', () => {
  it('makes a person of the surname after it, whatever the tagger guessed', () => {
    const text = 'According to a person familiar with the calls, President Biden urged them to finish the job.\n';
    expect(person(text, 'Biden')).toMatchObject({ title: 'President' });
  });

  it('leaves organisations that start with a title word alone', () => {
    const text = 'General Motors said sales rose, and fans of the Premier League cheered.\n';
    expect(analyze(text).people).toEqual([]);
  });
});

describe('US congressional titles', () => {
  const text =
    'WASHINGTON — Senate Majority Leader Chuck Schumer said Tuesday that Democrats had made their offer.\n\n' +
    'Sen. James Lankford (R-Okla.), the chief Republican negotiator, said talks were close.\n\n' +
    'Homeland Security Secretary Alejandro Mayorkas told CNN the money would run out.\n';

  it('keeps the chamber and the majority in the title', () => {
    expect(person(text, 'Chuck Schumer')).toMatchObject({ title: 'Senate Majority Leader' });
  });

  it('reads the apposition after a party-and-state parenthetical', () => {
    expect(person(text, 'James Lankford')?.title).toBe('chief Republican negotiator');
  });

  it('does not run the organisation into the title', () => {
    expect(person(text, 'Alejandro Mayorkas')).toMatchObject({ title: 'Homeland Security Secretary', organization: 'Homeland Security' });
  });
});

describe('titles with plain words before the head, after the name', () => {
  it('takes "a fisheries cooperative leader" and "a longtime Democratic pollster"', () => {
    const text =
      'Ms. Hitomi Sato, a fisheries cooperative leader in Fukushima, said the talks gave her members hope.\n\n' +
      'Pat Caddell, a longtime Democratic pollster, said the race was close.\n\n' +
      'Tom Reed, who lives nearby, said it was loud.\n';
    expect(person(text, 'Hitomi Sato')?.title).toBe('fisheries cooperative leader in Fukushima');
    expect(person(text, 'Pat Caddell')?.title).toBe('longtime Democratic pollster');
    expect(person(text, 'Tom Reed')?.title).toBeNull();
  });
});

describe('"<title> of <place or body>" right before the name', () => {
  it('takes the whole title', () => {
    const text =
      'Mayor of Greater Manchester Andy Burnham welcomed the decision.\n\n' +
      'Governor of the Bank of England Andrew Bailey said rates would fall.\n\n' +
      "Sarah Malik, who chairs the local residents' association, told the paper it was loud.\n";
    expect(person(text, 'Andy Burnham')?.title).toBe('Mayor of Greater Manchester');
    expect(person(text, 'Andrew Bailey')).toMatchObject({ title: 'Governor of the Bank of England', country: null });
    expect(person(text, 'Sarah Malik')?.title).toBeNull();
  });
});

describe('offices from honorifics and owners of several words', () => {
  it('reads "Gov." as Governor when the article gives no other title', () => {
    const text = 'Gov. Katie Hobbs, a Democrat, praised the decision.\n';
    expect(person(text, 'Katie Hobbs')).toMatchObject({ title: 'Governor', titleSpan: null });
  });

  it('takes a possessive owner of several words', () => {
    const text = "Planned Parenthood Arizona's president, Angela Florez, told reporters the clinics would reopen.\n";
    expect(person(text, 'Angela Florez')).toMatchObject({ title: 'president', organization: 'Planned Parenthood Arizona' });
  });
});
