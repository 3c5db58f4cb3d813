import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

const names = (text: string) => analyze(text).people.map((p) => p.name);

describe('people the tagger took for an organisation', () => {
  it('takes the first name back from a company and title run before the surname', () => {
    const text = 'Tesla Chief Executive Elon Musk told investors on a call on Wednesday that prices would fall.\n';
    const p = analyze(text).people[0];
    expect(p).toMatchObject({ name: 'Elon Musk', title: 'Tesla Chief Executive', organization: 'Tesla' });
    expect(p?.mentions[0]?.text).toBe('Elon Musk');
  });

  it('reads a name with a person-only apposition as a person', () => {
    const text = 'Cathie Wood, the founder of Ark Invest, said in an interview that she expected gains.\n';
    const a = analyze(text);
    expect(a.people.map((p) => p.name)).toEqual(['Cathie Wood']);
    expect(a.claims[0]?.sourcePerson).toBe(0);
  });

  it('leaves an organisation with a non-person apposition alone', () => {
    expect(names('Morgan Stanley, the investment bank, said profits rose.\n')).toEqual([]);
  });
});

describe('names the tagger split or took for a company', () => {
  it('reads a name after "CEO" as a person', () => {
    const p = analyze('Shares of Alphabet rose after CEO Sundar Pichai said the company would buy back stock.\n').people;
    expect(p.map((x) => [x.name, x.title])).toEqual([['Sundar Pichai', 'CEO']]);
  });

  it('keeps "King" and a regnal number inside the name', () => {
    const names = analyze('Alexandria Ocasio-Cortez and Martin Luther King III attended the rally in Atlanta.\n').people.map((x) => x.name);
    expect(names).toEqual(['Alexandria Ocasio-Cortez', 'Martin Luther King III']);
  });
});

describe('credit lines', () => {
  it('finds the people in a byline and a wire credit line', () => {
    const text =
      'By Jane Smith and Tom Reed\n\nBRUSSELS (Reuters) - The ministers will meet again in December, officials said.\n\n' +
      '(Reporting by Philip Blenkinsop and Jan Strupczewski in Brussels; Additional reporting by Andrea Shalal; Editing by Alison Williams)\n';
    expect(names(text)).toEqual(['Jane Smith', 'Tom Reed', 'Philip Blenkinsop', 'Jan Strupczewski', 'Andrea Shalal', 'Alison Williams']);
  });

  it('reads no name from "By" before a date or a lower-case phrase', () => {
    expect(names('By Tuesday, officials said the talks had failed.\n\nBy the end of the year, prices rose.\n')).toEqual([]);
  });
});

describe('a title only people hold at the start of an organisation run', () => {
  it('reads "MEP Bas Eickhout" as the title and a person', () => {
    const text = 'MEP Bas Eickhout of the Greens criticised the plan. Mr. Eickhout added that the Commission had caved in.\n';
    const p = analyze(text).people.find((x) => x.name === 'Bas Eickhout');
    expect(p).toMatchObject({ title: 'MEP' });
    expect(p?.mentions.map((m) => m.text)).toEqual(['Bas Eickhout', 'Eickhout']);
  });

  it('leaves names that end like a body’s name alone', () => {
    expect(names('President Hotel Group said profits rose.\n')).toEqual([]);
    expect(names('Minister Street Station was closed for repairs.\n')).toEqual([]);
  });
});


describe('a name the tagger joined to the institution after it', () => {
  it('reads "Professor Gill Livingston of University College London" as a person, and "Livingston said" as her', () => {
    const text =
      'The researchers, led by Professor Gill Livingston of University College London, said the findings were strong.\n\n' +
      '"This is hugely encouraging," Livingston said in an interview.\n';
    const p = analyze(text).people.find((x) => x.name === 'Gill Livingston');
    expect(p).toMatchObject({ title: 'Professor' });
    expect(p?.mentions.map((m) => m.text)).toEqual(['Gill Livingston', 'Livingston']);
  });
});
