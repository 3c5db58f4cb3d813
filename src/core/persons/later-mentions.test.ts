import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

const mentionsOf = (text: string, name: string) =>
  analyze(text).people.find((p) => p.name === name)?.mentions.map((m) => `${m.text}:${m.kind}`);

describe('later mentions', () => {
  it('takes a lower-case particle into a later mention ("von der Leyen", not "Leyen")', () => {
    const text =
      'BRUSSELS (AP) — European Commission President Ursula von der Leyen on Thursday unveiled a plan to cut red tape for farmers.\n\n' +
      '"We have listened," von der Leyen told a news conference. Later von der Leyen met farm leaders.\n';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['Ursula von der Leyen']);
    expect(mentionsOf(text, 'Ursula von der Leyen')).toEqual([
      'Ursula von der Leyen:name', 'von der Leyen:surname', 'von der Leyen:surname',
    ]);
  });

  it('links a middle word of a long name ("Lula") to that person', () => {
    const text = 'In Brazil, President Luiz Inácio Lula da Silva announced a vaccination drive. Lula said the government would pay.\n';
    const a = analyze(text);
    expect(a.people.map((p) => p.name)).toEqual(['Luiz Inácio Lula da Silva']);
    expect(mentionsOf(text, 'Luiz Inácio Lula da Silva')).toEqual(['Luiz Inácio Lula da Silva:name', 'Lula:surname']);
  });

  it('keeps a shared surname with the person the article is about, not a relative named later', () => {
    const text =
      'Daniel Adeyemi has pleaded not guilty. Prosecutors say Adeyemi hid the losses.\n\n' +
      'His sister, Ngozi Adeyemi, told reporters the family was disappointed.\n\n' +
      'If convicted, Adeyemi faces up to 20 years in prison.\n';
    expect(mentionsOf(text, 'Ngozi Adeyemi')).toEqual(['Ngozi Adeyemi:name']);
    expect(mentionsOf(text, 'Daniel Adeyemi')).toEqual(['Daniel Adeyemi:name', 'Adeyemi:surname', 'Adeyemi:surname']);
  });

  it('links a pronoun to the subject of an inverted "said X"', () => {
    const text = '"Judges rarely grant delays this late," said Laura Chen, a former prosecutor. She noted that the date had moved once.\n';
    expect(mentionsOf(text, 'Laura Chen')).toEqual(['Laura Chen:name', 'She:pronoun']);
  });
});

describe('title-case headlines', () => {
  it('drops a name guess found only in a title-case headline', () => {
    const text = 'Automaker Cuts Forecast as Price War Squeezes Margins\n\nTesla Chief Executive Elon Musk said on Wednesday that prices would fall.\n';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['Elon Musk']);
  });

  it('keeps a headline name the article names again', () => {
    const text = 'Merkel to Step Down as Party Leader\n\nGerman Chancellor Angela Merkel said on Monday that she would not run again.\n';
    const p = analyze(text).people.find((x) => x.name === 'Angela Merkel');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Merkel', 'Angela Merkel', 'she']);
  });
});

describe('names with particles', () => {
  it('keeps the given name before "bin" that the tagger took for a place', () => {
    const text = 'Sheikh Salman bin Ebrahim Al Khalifa, the president of the confederation, said in a statement that Asian federations supported the bid.\n';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['Salman bin Ebrahim Al Khalifa']);
  });

  it('links the given name of an Arabic name used alone later, as a later short mention', () => {
    const text =
      'Sheikh Salman bin Ebrahim Al Khalifa, the president of the confederation, said in a statement that Asian federations supported the bid. ' +
      'Salman added that the region had waited long enough.\n';
    expect(mentionsOf(text, 'Salman bin Ebrahim Al Khalifa')).toEqual(['Salman bin Ebrahim Al Khalifa:name', 'Salman:surname']);
  });

  it('gives the later short mention of a name written family name first the kind surname', () => {
    const text =
      'Chinese President Xi Jinping met the visiting delegation in Beijing on Tuesday. ' +
      'Xi told the delegates that trade between the two countries would grow.\n';
    expect(mentionsOf(text, 'Xi Jinping')).toEqual(['Xi Jinping:name', 'Xi:surname']);
  });
});

describe('relatives sharing a surname', () => {
  it('gives a bare surname to the relative named last in the same paragraph', () => {
    const text =
      'The victims were identified as Jasmine Moreno, 27, and Paul Ade, 31.\n\n' +
      'Moreno\'s mother, Angela Moreno, said her daughter had been at a party. "She was the light of our family," Ms. Moreno said.\n';
    expect(mentionsOf(text, 'Angela Moreno')?.filter((m) => !m.endsWith(':pronoun'))).toEqual(['Angela Moreno:name', 'Moreno:surname']);
  });
});

describe('double-barrelled names', () => {
  it('joins two names one space apart into one person, with a possessive office title', () => {
    const text = "Cook County State's Attorney Eileen O'Neill Burke said in a statement that her office would seek justice.\n";
    const p = analyze(text).people[0];
    expect(p).toMatchObject({ name: "Eileen O'Neill Burke", title: "Cook County State's Attorney" });
  });
});
