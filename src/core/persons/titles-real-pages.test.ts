/**
 * Title structures found missing on our real-page gold (scripts/eval/real-pages), each on a
 * sentence we wrote with the same structure. Each rule moved the real-page "officials
 * highlighted" figure, or is one of the real-pages issue's own examples.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

const person = (text: string, name: string) => analyze(text).people.find((p) => p.name === name);

describe('roles real pages give people', () => {
  it('reads civic, company and expert roles as titles', () => {
    const text =
      "NASA's Administrator Jim Okafor said the launch would go ahead.\n\n" +
      'Harbour Capital investor Leon Marsh called the payout wrong.\n\n' +
      'Public Ombudsman Nadia Ferrer said the deaths were caused by gunfire.\n\n' +
      'High school math teacher Angela Moss said she had marched all day.\n';
    expect(person(text, 'Jim Okafor')?.title).toBe('Administrator');
    expect(person(text, 'Leon Marsh')?.title).toBe('Harbour Capital investor');
    expect(person(text, 'Nadia Ferrer')?.title).toBe('Public Ombudsman');
    expect(person(text, 'Angela Moss')?.title).toContain('teacher');
  });

  it('reads a two-word playing position', () => {
    const text = 'The ball went to running back Trey Holloway on the last play of the night.\n';
    expect(person(text, 'Trey Holloway')?.title).toBe('running back');
  });
});

describe('a relative clause that gives the role', () => {
  it('reads "who is the …" and "who was then serving as the …"', () => {
    const text =
      'Lawmakers questioned Anton Varga, who is the Harbour Authority Port Security expert, on Tuesday.\n\n' +
      "Dr. Ravi Shah, who was then serving as the mayor's chief of staff, declined to comment.\n";
    expect(person(text, 'Anton Varga')?.title).toBe('Harbour Authority Port Security expert');
    expect(person(text, 'Ravi Shah')?.title).toBe('chief of staff');
  });

  it('reads no title from a clause that gives none', () => {
    const text =
      'The firm hired Ana Leite, who was the first to arrive, and Tom Brandt, who is happy.\n';
    expect(person(text, 'Ana Leite')?.title ?? null).toBeNull();
    expect(person(text, 'Tom Brandt')?.title ?? null).toBeNull();
  });
});

describe('appositions after the name', () => {
  it('cuts a long apposition at its head', () => {
    const text =
      "Jennifer Oduya, a top national security aide to the minister on last week's call with the Kenyan envoy, testified.\n";
    expect(person(text, 'Jennifer Oduya')?.title).toBe('top national security aide');
  });

  it('reads an owner with "&" in its name', () => {
    const text =
      "The wind will ease on Thursday, said Scott Renner, PG&E's principal meteorologist.\n";
    expect(person(text, 'Scott Renner')).toMatchObject({
      title: 'principal meteorologist',
      organization: 'PG&E',
    });
  });
});

describe('appositions before the name', () => {
  it('reads a named owner whatever stands before it, and an "of" phrase after the head', () => {
    const text =
      '“The evidence is weak,” Sweden’s deputy director of public prosecutions, Eva Lindqvist, said on Tuesday.\n\n' +
      "The stake was bought from Tribune's former chairman, Michael Ferrante, for $13 a share.\n";
    expect(person(text, 'Eva Lindqvist')).toMatchObject({
      title: 'deputy director of public prosecutions',
      country: 'Sweden',
    });
    expect(person(text, 'Michael Ferrante')?.title).toBe('former chairman');
  });

  it('keeps "then" out of the title', () => {
    const text = 'In June, the then UK Home Secretary, Sajid Rahman, approved the request.\n';
    expect(person(text, 'Sajid Rahman')?.title).toBe('UK Home Secretary');
  });
});

describe('titles before the name', () => {
  it('reads "<title> to <country>" with a lower-case head', () => {
    const text = 'China’s ambassador to Britain Liu Xiaoping has said that China would act.\n';
    expect(person(text, 'Liu Xiaoping')?.title).toBe('ambassador to Britain');
  });

  it('finds the person in "US Secretary of State Mike Pompeo", which the tagger runs into one organisation', () => {
    const p = person(
      'The move was announced on Monday by US Secretary of State Mike Pompeo.\n',
      'Mike Pompeo',
    );
    expect(p?.title).toBe('Secretary of State');
    expect(p?.organization).toBeNull();
  });

  it('keeps a hyphenated given name after a lower-case title', () => {
    const p = person(
      'European Commission spokesperson Anna-Kaisa Itkonen said the rules would apply from May.\n',
      'Anna-Kaisa Itkonen',
    );
    expect(p).toMatchObject({
      title: 'European Commission spokesperson',
      organization: 'European Commission',
    });
  });

  it('keeps a portfolio after a demonym in the title and gives the country', () => {
    const p = person(
      'Portuguese Infrastructure Minister Miguel Pinto Luz said the airport would be built.\n',
      'Miguel Pinto Luz',
    );
    expect(p).toMatchObject({ title: 'Infrastructure Minister', country: 'Portugal' });
  });

  it('gives a plural title to every name it stands before', () => {
    const text =
      'State senators Ana Ruiz and Tom Kell voted against the bill.\n\nFinance ministers Olaf Berg, Ida Holm and Per Lund met in Oslo.\n';
    expect(person(text, 'Ana Ruiz')?.title).toBe('State senator');
    expect(person(text, 'Tom Kell')?.title).toBe('State senator');
    for (const n of ['Olaf Berg', 'Ida Holm', 'Per Lund'])
      expect(person(text, n)?.title).toBe('Finance minister');
  });

  it('does not share a singular title across "and"', () => {
    const text = 'Senator Ana Ruiz and Tom Kell left early.\n';
    expect(person(text, 'Ana Ruiz')?.title).toBe('Senator');
    expect(person(text, 'Tom Kell')?.title ?? null).toBeNull();
  });
});

describe('a role given by the verb', () => {
  it('reads "has been named …" and "was appointed … of …"', () => {
    const text =
      'Marta Quist has been named new DHS acting secretary.\n\nLi Wen was appointed chief executive of Acme Freight in May.\n';
    expect(person(text, 'Marta Quist')?.title).toBe('DHS acting secretary');
    expect(person(text, 'Li Wen')).toMatchObject({ title: 'chief executive of Acme Freight' });
  });

  it('reads no title when the verb names none', () => {
    const text = 'Jonas Brandt was named in the lawsuit filed on Monday.\n';
    expect(person(text, 'Jonas Brandt')?.title ?? null).toBeNull();
  });
});

describe('positions, predicates and stray commas', () => {
  it('reads "center" in lower case and position abbreviations in capitals', () => {
    const text = 'The fight led to suspensions for Pittsburgh center Marcus Pell. Cleveland DL Larry Obi was fined.\n';
    expect(person(text, 'Marcus Pell')?.title).toContain('center');
    expect(person(text, 'Larry Obi')?.title).toContain('DL');
  });

  it('reads "<name> remains/is a <role>"', () => {
    const text = 'Patrick Soon-Hee remains a major shareholder of Tribune, with 24% of the company.\n';
    expect(person(text, 'Patrick Soon-Hee')?.title).toBe('major shareholder of Tribune');
  });

  it('reads no role from "<name> is a" without a head', () => {
    expect(person('Ana Leite is a resident of the town.\n', 'Ana Leite')?.title ?? null).toBeNull();
  });

  it('reads a title set apart from the name by a spaced comma', () => {
    const text = 'The Senate mourned former House of Representatives Speaker , Benjamin Eze and others.\n';
    expect(person(text, 'Benjamin Eze')?.title).toContain('Speaker');
  });

  it('reads "his predecessor, <name>"', () => {
    const text = 'He said his predecessor, Fiona Hale, had warned about the channel.\n';
    expect(person(text, 'Fiona Hale')?.title).toBe('predecessor');
  });
});

describe('a role given in a later sentence', () => {
  it('reads "<name> … She is the county\'s water chief" through the pronoun', () => {
    const text = "Dana Holt walked along the dam on Monday. She is the county's water chief, and said the reservoir was full.\n";
    expect(person(text, 'Dana Holt')?.title).toBe('water chief');
  });

  it('reads no role from a pronoun sentence without one', () => {
    expect(person('Tom Berg arrived late. He was a quiet man.\n', 'Tom Berg')?.title ?? null).toBeNull();
  });
});

describe('more structures from real pages', () => {
  it('keeps "Rep." when a party label with dotted state follows ("R-W.Va.", "(D-N.Y.)")', () => {
    expect(person('In May, Rep. Carl Brandt, R-W.Va., toured the plant.\n', 'Carl Brandt')?.title).toBe('Representative');
    expect(person('Rep. Ada Moss (D-N.Y.) toured the plant.\n', 'Ada Moss')?.title).toBe('Representative');
  });

  it('does not read "<name> and" as a portfolio before a demonym title', () => {
    const p = person('Talks between Smith and German Chancellor Lena Vogt were held.\n', 'Lena Vogt');
    expect(p?.title).toBe('Chancellor');
    expect(p?.country).toBe('Germany');
  });

  it('reads a title that opens the sentence before a comma, and no person in it', () => {
    const a = analyze('Senate Leader, Idris Bako raises a motion on the deaths.\n\nMinister of Works, Grace Oti, said the road was ready.\n');
    expect(a.people.map((p) => p.name)).toEqual(['Idris Bako', 'Grace Oti']);
    expect(a.people.map((p) => p.title)).toEqual(['Senate Leader', 'Minister of Works']);
    // A lone word before a comma may be an address, not a title.
    expect(person('Mayor, John Smith and Anna Berg met.\n', 'John Smith')?.title ?? null).toBeNull();
  });

  it('shares "both <plural role> at …" among the names before it', () => {
    const text = 'Dutch Piet Smit and Belgian Anne Claes, both professors at the University of Ghent, were freed.\n';
    expect(person(text, 'Piet Smit')?.title).toBe('professor at the University of Ghent');
    expect(person(text, 'Anne Claes')?.title).toBe('professor at the University of Ghent');
    expect(person('Piet Smit and Anne Claes, both of whom voted, left.\n', 'Anne Claes')?.title ?? null).toBeNull();
  });

  it('reads "Hon." as the style of an office holder', () => {
    expect(person('The House mourned Hon. Grace Okafor and others.\n', 'Grace Okafor')?.title).toBe('Honourable');
  });

  it('reads "<name> of the <public body>" as a role at that body', () => {
    const p = person('Dr. Mara Lind of the Ohio Department of Health says the risk continues.\n', 'Mara Lind');
    expect(p?.title).toBe('Ohio Department of Health');
    expect(p?.organization).toBe('Ohio Department of Health');
    expect(person('Tom Kell of the Miami Dolphins scored twice.\n', 'Tom Kell')?.title ?? null).toBeNull();
  });

  it('reads a role in the possessive later in the sentence, and no clause after a comma', () => {
    const text = 'Crowds that backed Rafael Ortiz clashed with police, and the socialist leader\'s allies marched on.\n';
    expect(person(text, 'Rafael Ortiz')?.title).toBe('socialist leader');
    expect(person('Ana Ruiz said the team\'s coach was tired.\n', 'Ana Ruiz')?.title ?? null).toBeNull();
    expect(person('Mark Dunn, and the others, left early.\n', 'Mark Dunn')?.title ?? null).toBeNull();
  });

  it('reads an acronym apposed before the name as the title it was spelled out as', () => {
    const text =
      'The Ohio State Attorney General (OSAG) is looking into the firm. The firm said it had been contacted by the office of the OSAG, Rita Cole.\n';
    expect(person(text, 'Rita Cole')?.title).toBe('Ohio State Attorney General');
    expect(person('The World Health Organization (WHO) said so. He met the WHO, Tedros Amare.\n', 'Tedros Amare')?.title ?? null).toBeNull();
  });
});
