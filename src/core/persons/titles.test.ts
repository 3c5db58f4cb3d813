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

describe('company officers and roles apposed to the name', () => {
  it('reads corporate officer titles and the company before them', () => {
    const text =
      "The company's chief financial officer, Vaibhav Okafor, said capital spending would rise.\n\n" +
      'Ford Motor Co. Chief Executive Jim Farley said the plan would wait.\n';
    expect(person(text, 'Vaibhav Okafor')?.title).toBe('chief financial officer');
    expect(person(text, 'Jim Farley')).toMatchObject({ title: 'Ford Motor Co. Chief Executive', organization: 'Ford Motor Co.' });
  });

  it('reads a role a titled person owns', () => {
    const text = "Hungarian Prime Minister Viktor Orbán's chief of staff, Gergely Gulyás, called the proposal a mistake.\n";
    expect(person(text, 'Gergely Gulyás')).toMatchObject({ title: 'chief of staff', organization: null });
  });

  it('keeps the whole role when its apposition ends in "for the …"', () => {
    const text = 'A spokeswoman for the governor, Erin Mellon, said the state had spent more on relief.\n';
    expect(person(text, 'Erin Mellon')?.title).toBe('spokeswoman for the governor');
  });

  it('names no organisation for a role a person owns', () => {
    const text = "Former Gov. Nikki Haley's campaign manager, Betsy Ankney, said the race was far from over.\n";
    expect(person(text, 'Betsy Ankney')).toMatchObject({ title: 'campaign manager', organization: null });
  });

  it('reads a title owned by a company named after "including"', () => {
    const text = "Prosecutors plan to call 30 witnesses, including Vantage's former chief financial officer, Priya Raman, who pleaded guilty.\n";
    expect(person(text, 'Priya Raman')?.title).toBe('former chief financial officer');
  });

  it('does not take the next person\'s title after a verb for an apposition', () => {
    const text = 'His public defender, Tanya Brooks, asked Judge Mario Reyes to set a lower bond.\n';
    expect(person(text, 'Tanya Brooks')?.title).toBe('public defender');
    expect(person(text, 'Mario Reyes')?.title).toBe('Judge');
  });

  it('reads a plain role after "a" or "his" before the name', () => {
    const text =
      'In a statement on Monday, a department spokesman, Peter Carr, said the government was ready.\n\n' +
      'His lead defence lawyer, Marcus Feldman, argued at a hearing that the schedule was unfair.\n\n' +
      'His sister, Ngozi Adeyemi, told reporters the family was disappointed.\n';
    expect(person(text, 'Peter Carr')?.title).toBe('department spokesman');
    expect(person(text, 'Marcus Feldman')?.title).toBe('lead defence lawyer');
    expect(person(text, 'Ngozi Adeyemi')?.title).toBeNull();
  });

  it('takes the owner of a possessive apposition after the name, and stops at a relative clause', () => {
    const text =
      "Dr. Hans Lindqvist, the WHO's regional director for Europe, said cases were rising.\n\n" +
      'Laura Chen, a former federal prosecutor who now teaches law, said delays were rare.\n\n' +
      "Jane Mercer, the company's chief executive, said sales rose.\n";
    expect(person(text, 'Hans Lindqvist')).toMatchObject({ title: 'regional director for Europe', organization: 'WHO' });
    expect(person(text, 'Laura Chen')?.title).toBe('former federal prosecutor');
    expect(person(text, 'Jane Mercer')?.title).toBe('chief executive');
  });
});

describe('titles with a portfolio or a compass country', () => {
  it('keeps "for <portfolio>" in the title without making it an organisation', () => {
    const p = person('European Commissioner for Home Affairs Ylva Johansson said she was disappointed.', 'Ylva Johansson');
    expect(p).toMatchObject({ title: 'European Commissioner for Home Affairs', organization: null });
  });

  it('reads "North Korean" and "South Korean" as their own countries', () => {
    const text = 'North Korean leader Kim Jong Un has not disclosed any figures. South Korean President Yoon Suk Yeol said so.\n';
    expect(person(text, 'Kim Jong Un')).toMatchObject({ title: 'leader', country: 'North Korea' });
    expect(person(text, 'Yoon Suk Yeol')).toMatchObject({ title: 'President', country: 'South Korea' });
  });

  it('does not make a portfolio word an organisation', () => {
    const p = person('Swedish Migration Minister Maria Malmer Stenergard said the talks had failed.', 'Maria Malmer Stenergard');
    expect(p?.organization).toBeNull();
    expect(p?.country).toBe('Sweden');
  });
});

describe('titles around honorifics and numerals', () => {
  it('reads an apposed title before an honorific and links the next sentence\'s pronoun', () => {
    const text =
      'The agency recommended the vaccine last year. Its director of the malaria programme, Dr. Daniel Ngamije, told reporters that supplies were short. He said money was the obstacle.\n';
    const p = person(text, 'Daniel Ngamije');
    expect(p?.title).toBe('director of the malaria programme');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Daniel Ngamije', 'He']);
  });

  it('reads a research role as a title and never a regnal numeral as an organisation', () => {
    const text =
      "Dr. Halidou Tinto, the trial's principal investigator in Burkina Faso, said demand was high.\n\n" +
      'Dr. Ana Ruiz, an epidemiologist at the Carlos III Health Institute in Madrid, said Spain was safe.\n';
    expect(person(text, 'Halidou Tinto')?.title).toBe('principal investigator in Burkina Faso');
    expect(person(text, 'Ana Ruiz')?.organization).not.toBe('III');
  });
});

describe('British titles', () => {
  it('reads portfolios joined by "and", shadow posts and a party leader in apposition', () => {
    const text =
      'Work and Pensions Secretary Liz Kendall defended the plans.\n\n' +
      'Former shadow chancellor John McDonnell called on ministers to withdraw the bill.\n\n' +
      'The Conservative leader, Kemi Badenoch, accused the government of chaos.\n\n' +
      'Donald Trump and Vice President Mike Pence spoke.\n';
    expect(person(text, 'Liz Kendall')?.title).toBe('Work and Pensions Secretary');
    expect(person(text, 'John McDonnell')?.title).toBe('Former shadow chancellor');
    expect(person(text, 'Kemi Badenoch')?.title).toBe('Conservative leader');
    expect(person(text, 'Mike Pence')?.title).toBe('Vice President');
  });
});

describe('the country written after the name', () => {
  it('takes "of <country>" after a royal or head of state', () => {
    const text =
      'King Felipe VI of Spain opened the summit in Madrid on Monday.\n\n' +
      'Crown Prince Mohammed bin Salman of Saudi Arabia arrived later.\n';
    expect(person(text, 'Felipe VI')).toMatchObject({ title: 'King', country: 'Spain' });
    expect(person(text, 'Mohammed bin Salman')).toMatchObject({ title: 'Crown Prince', country: 'Saudi Arabia' });
  });

  it('reads a country that ends a sentence without a full stop, not the next sentence’s word', () => {
    const text = 'Visitors included King Abdullah II of Jordan\nThe talks began on Monday.\n';
    expect(person(text, 'Abdullah II')).toMatchObject({ title: 'King', country: 'Jordan' });
  });

  it('leaves a legislator’s state alone, and a country that owns something else', () => {
    const text =
      'Sen. Ann Lee of Georgia objected to the bill.\n\n' +
      "King Abdullah II of Jordan's government said nothing.\n";
    expect(person(text, 'Ann Lee')?.country).toBeNull();
    expect(person(text, 'Abdullah II')?.country).toBeNull();
  });
});

describe('an honorific between the title and the name', () => {
  it('keeps the honorific out of both the title and the name', () => {
    const text =
      'Health Minister Dr. Ayesha Verrall said the plan was sound.\n\n' +
      'Chief Medical Officer Prof. Chris Whitty agreed.\n\n' +
      'Mayor of London Sir Sadiq Khan said the city was ready.\n';
    expect(person(text, 'Ayesha Verrall')).toMatchObject({ title: 'Health Minister' });
    expect(person(text, 'Chris Whitty')).toMatchObject({ title: 'Chief Medical Officer' });
    expect(person(text, 'Sadiq Khan')).toMatchObject({ title: 'Mayor of London' });
    expect(analyze(text).people.flatMap((p) => p.mentions.map((m) => m.text))).toEqual(['Ayesha Verrall', 'Chris Whitty', 'Sadiq Khan']);
  });

  it('links a pronoun to a person whose "<office> of <body>" title opens the sentence', () => {
    const text = 'Director-General of Health Dr. Diana Sarfati urged parents to check records. She said the risk remained low.\n';
    expect(person(text, 'Diana Sarfati')?.mentions.map((m) => m.text)).toEqual(['Diana Sarfati', 'She']);
    expect(person(text, 'Diana Sarfati')?.title).toBe('Director-General of Health');
  });
});

describe('a name the tagger ran into the office before it', () => {
  it('takes the person out of "<office> of <body> <name>"', () => {
    const text =
      'Director-General of Health Diana Sarfati urged parents to check records.\n\n' +
      'President of France Emmanuel Macron said the summit would go ahead.\n\n' +
      'President of the European Central Bank Christine Lagarde said rates would hold.\n';
    expect(person(text, 'Diana Sarfati')?.title).toBe('Director-General of Health');
    expect(person(text, 'Emmanuel Macron')).toMatchObject({ title: 'President of France', country: 'France' });
    expect(person(text, 'Christine Lagarde')?.title).toBe('President of the European Central Bank');
  });
});

describe('a ministry named by its portfolio', () => {
  it('keeps the portfolio in the organisation ("Foreign Ministry", not "Ministry")', () => {
    const text = 'Chinese Foreign Ministry spokesman Wang Wenbin told a regular briefing that talks would go on.\n';
    expect(person(text, 'Wang Wenbin')).toMatchObject({ title: 'Foreign Ministry spokesman', organization: 'Foreign Ministry', country: 'China' });
  });
});

describe('a two-word country owning a title with lower-case portfolio words', () => {
  it('reads "South Africa’s former public works minister, <name>"', () => {
    const text = "South Africa's former public works minister, Thandi Nkosi-Dlamini, was charged on Thursday.\n\nNew Zealand's health minister, Ayesha Verrall, said no.\n";
    expect(person(text, 'Thandi Nkosi-Dlamini')).toMatchObject({ title: 'former public works minister', country: 'South Africa', organization: null });
    expect(person(text, 'Ayesha Verrall')).toMatchObject({ title: 'health minister', country: 'New Zealand' });
  });
});

describe('an apposition opened by a possessive pronoun', () => {
  it('keeps the demonym out of the title and gives the country', () => {
    const text = 'Egyptian Foreign Minister Badr Abdelatty met his Qatari counterpart, Sheikh Mohammed bin Abdulrahman al-Thani, in Doha.\n';
    expect(person(text, 'Mohammed bin Abdulrahman al-Thani')).toMatchObject({ title: 'counterpart', country: 'Qatar' });
    expect(person(text, 'Badr Abdelatty')).toMatchObject({ title: 'Foreign Minister', country: 'Egypt' });
  });
});

describe('a hyphenated co- title', () => {
  it('reads "Its co-leader, Alice Weidel" as a title', () => {
    const text = 'The party faced criticism. Its co-leader, Alice Weidel, accused him of betraying voters.\n';
    expect(person(text, 'Alice Weidel')?.title).toBe('co-leader');
  });
});
