/**
 * The variant-pair tables: names that must link (one person) and names that must not (different
 * people, often relatives or namesakes). Each pair is checked with `compareNames` both ways and,
 * for full names, end to end through `linkDocuments` (two one-person documents).
 */
import { describe, expect, it } from 'vitest';
import { compareNames } from './compare-names.ts';
import { linkDocuments } from './link-documents.ts';

const person = (name: string) => ({ name, title: null, organization: null, country: null });

/** [a, b] pairs that are one person. Bare surnames are linked only with context (see resolve tests). */
const SAME: Array<[string, string]> = [
  ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
  ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskii'],
  ['Володимир Зеленський', 'Volodymyr Zelenskyy'],
  ['Vladimir Zelensky', 'Volodymyr Zelenskyy'],
  ['Владимир Путин', 'Vladimir Putin'],
  ['Dmitry Kuleba', 'Dmytro Kuleba'],
  ['Dmitri Peskov', 'Dmitry Peskov'],
  ['Sergei Lavrov', 'Sergey Lavrov'],
  ['Sergei Shoigu', 'Sergey Shoygu'],
  ['Mykhailo Podolyak', 'Mikhail Podolyak'],
  ['Oleksandr Syrskyi', 'Aleksandr Syrsky'],
  ['Andriy Yermak', 'Andrii Yermak'],
  ['Andriy Yermak', 'Andrei Yermak'],
  ['Yulia Svyrydenko', 'Yuliia Svyrydenko'],
  ['Alexei Navalny', 'Aleksei Navalny'],
  ['Yevgeny Prigozhin', 'Evgeny Prigozhin'],
  ['Maria Zakharova', 'Mariya Zakharova'],
  ['Ilham Aliyev', 'Ilham Aliev'],
  ['Nikol Pashinyan', 'Nikol Pashinian'],
  ['Viktor Orbán', 'Victor Orban'],
  ['Radosław Sikorski', 'Radoslaw Sikorski'],
  ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
  ['Recep Tayyip Erdoğan', 'Tayyip Erdogan'],
  ['Recep Erdogan', 'Recep Tayyip Erdoğan'],
  ['Ursula von der Leyen', 'Ursula Von Der Leyen'],
  ['Joseph R. Biden Jr.', 'Joe Biden'],
  ['Joseph R. Biden Jr.', 'Joseph Robinette Biden Jr.'],
  ['Joe Biden', 'Joseph Biden'],
  ['Mark Rutte', 'Mr. Mark Rutte'],
  ['Keir Starmer', 'Sir Keir Starmer'],
  ['Olaf Scholz', 'Dr. Olaf Scholz'],
  ['Bill Clinton', 'William J. Clinton'],
  ['Bill Clinton', 'William Jefferson Clinton'],
  ['Bob Menendez', 'Robert Menendez'],
  ['Mike Pence', 'Michael R. Pence'],
  ['Tony Blinken', 'Antony Blinken'],
  ['Chuck Schumer', 'Charles Schumer'],
  ['Dick Cheney', 'Richard B. Cheney'],
  ['Jim Mattis', 'James Mattis'],
  ['Liz Truss', 'Elizabeth Truss'],
  ['Ed Miliband', 'Edward Miliband'],
  ['Benjamin Netanyahu', 'Bibi Netanyahu'],
  ['JD Vance', 'J.D. Vance'],
  ['James David Vance', 'J.D. Vance'],
  ['George W. Bush', 'George Walker Bush'],
  ['Hillary Clinton', 'Hillary Rodham Clinton'],
  ['Nancy Pelosi', 'Nancy Patricia Pelosi'],
  ['Kim Jong Un', 'Kim Jong-un'],
  ['Kim Jong-un', 'Kim Jong-Un'],
  ['Xi Jinping', 'Xi Jin-ping'],
  ['Moon Jae-in', 'Moon Jae In'],
  ['Lee Jae-myung', 'Lee Jae Myung'],
  ['Bashar al-Assad', 'Bashar Assad'],
  ['Bashar al-Assad', 'Bashar al Assad'],
  ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi'],
  ['Mohammed bin Salman', 'Muhammad bin Salman'],
  ['Mohammed Shia al-Sudani', 'Mohammed Shia Al Sudani'],
  ['Ali Khamenei', 'Ayatollah Ali Khamenei'],
  ['Giuseppe Cavo Dragone', 'Cavo Dragone'],
  ['Anders Fogh Rasmussen', 'Fogh Rasmussen'],
  ['Emmanuel Macron', 'Emmanuel Jean-Michel Frédéric Macron'],
  ['Cyril Ramaphosa', 'Matamela Cyril Ramaphosa'],
  ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva'],
  ['Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador'],
  ['Pedro Sánchez', 'Pedro Sánchez Pérez-Castejón'],
  ['Biden, Joe', 'Joe Biden'],
  ['Shigeru Ishiba', 'Ishiba Shigeru'],
  ['Annalena Baerbock', 'Annalena Bärbock'],
  ['Gerhard Schroeder', 'Gerhard Schröder'],
  ['Moammar Gadhafi', 'Muammar Gaddafi'],
  ['Benjamin Netanyahu', 'Binyamin Netanyahu'],
];

/** Surname-only forms: the names fit (`same`), but linking them needs article context. */
const SAME_BARE: Array<[string, string]> = [
  ['Zelenskiy', 'Zelenskyy'],
  ['Erdoğan', 'Erdogan'],
  ['von der Leyen', 'Ursula von der Leyen'],
  ['Biden', 'Joseph R. Biden Jr.'],
  ['Mr. Rutte', 'Mark Rutte'],
  ['Assad', 'Bashar al-Assad'],
  ['Lula', 'Luiz Inácio Lula da Silva'],
  ['Kim', 'Kim Jong Un'],
];

/** [a, b] pairs that are different people. */
const DIFFERENT: Array<[string, string]> = [
  ['Jens Stoltenberg', 'Mark Rutte'],
  ['Anders Fogh Rasmussen', 'Jens Stoltenberg'],
  ['Anders Fogh Rasmussen', 'Lars Løkke Rasmussen'],
  ['Hillary Clinton', 'Bill Clinton'],
  ['Hillary Rodham Clinton', 'William J. Clinton'],
  ['Chelsea Clinton', 'Hillary Clinton'],
  ['Donald Trump', 'Donald Trump Jr.'],
  ['Donald Trump Jr.', 'Donald Trump Sr.'],
  ['Eric Trump', 'Donald Trump'],
  ['Ivanka Trump', 'Melania Trump'],
  ['Kim Jong Un', 'Kim Yo Jong'],
  ['Kim Jong Un', 'Kim Jong Il'],
  ['Kim Il Sung', 'Kim Jong Il'],
  ['Kim Jong Un', 'Kim Darroch'],
  ['Ed Miliband', 'David Miliband'],
  ['George W. Bush', 'George H. W. Bush'],
  ['Jeb Bush', 'George W. Bush'],
  ['Robert F. Kennedy Jr.', 'Robert F. Kennedy'],
  ['John F. Kennedy', 'Robert F. Kennedy'],
  ['Martin Luther King Jr.', 'Martin Luther King III'],
  ['Joe Biden', 'Hunter Biden'],
  ['Joe Biden', 'Jill Biden'],
  ['Mohammed bin Salman', 'Mohammed bin Zayed'],
  ['Abdullah bin Zayed', 'Mohammed bin Zayed'],
  ['Bashar al-Assad', 'Hafez al-Assad'],
  ['Marine Le Pen', 'Jean-Marie Le Pen'],
  ['Justin Trudeau', 'Pierre Trudeau'],
  ['Shinzo Abe', 'Akie Abe'],
  ['Benjamin Netanyahu', 'Yair Netanyahu'],
  ['Rand Paul', 'Ron Paul'],
  ['Boris Johnson', 'Jo Johnson'],
  ['Volodymyr Zelenskyy', 'Olena Zelenska'],
  ['Xi Jinping', 'Xi Mingze'],
  ['Li Qiang', 'Li Keqiang'],
  ['Lee Hsien Loong', 'Lee Kuan Yew'],
  ['Raúl Castro', 'Fidel Castro'],
  ['Al Gore', 'Tipper Gore'],
  ['Mark Rutte', 'Mark Rutter'],
  ['Olaf Scholz', 'Olaf Schulz'],
  ['Emmanuel Macron', 'Brigitte Macron'],
  ['Recep Tayyip Erdoğan', 'Emine Erdoğan'],
  ['John McCain', 'Cindy McCain'],
  ['Luiz Inácio Lula da Silva', 'Marina Silva'],
  ['Charles III', 'Charles II'],
  ['Kim Jong Un', 'Kim Jong Nam'],
  ['Ali Khamenei', 'Mojtaba Khamenei'],
  ['Andrew Cuomo', 'Chris Cuomo'],
  ['Ivanka Trump', 'Ivana Trump'],
];

describe('name pairs that are one person', () => {
  it('has a table of at least 40 full-name pairs', () => {
    expect(SAME.length).toBeGreaterThanOrEqual(40);
  });
  it.each([...SAME, ...SAME_BARE])('%s ~ %s', (a, b) => {
    expect(compareNames(a, b).verdict, compareNames(a, b).reason).toBe('same');
    expect(compareNames(b, a).verdict).toBe('same');
  });
  it.each(SAME)('links %s and %s across documents', (a, b) => {
    const [[ka], [kb]] = linkDocuments([{ people: [person(a)] }, { people: [person(b)] }]) as [
      string[],
      string[],
    ];
    expect(ka).toBe(kb);
  });
});

describe('name pairs that are different people', () => {
  it('has a table of at least 30 pairs', () => {
    expect(DIFFERENT.length).toBeGreaterThanOrEqual(30);
  });
  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(compareNames(a, b).verdict, compareNames(a, b).reason).toBe('different');
    expect(compareNames(b, a).verdict).toBe('different');
  });
  it.each(DIFFERENT)('keeps %s and %s apart across documents', (a, b) => {
    const [[ka], [kb]] = linkDocuments([{ people: [person(a)] }, { people: [person(b)] }]) as [
      string[],
      string[],
    ];
    expect(ka).not.toBe(kb);
  });
});

describe('compareNames edge cases', () => {
  it('calls a suffix on one side with an unrelated shorter form unsure, not same', () => {
    expect(compareNames('Robert Kennedy', 'Robert F. Kennedy Jr.').verdict).toBe('unsure');
    expect(compareNames('Donald J. Trump', 'Donald Trump Jr.').verdict).not.toBe('same');
  });
  it('does not read "Al" in "Al Gore" as an Arabic article', () => {
    expect(compareNames('Al Gore', 'Gore').verdict).toBe('same');
    expect(compareNames('Al Gore', 'Albert Gore').verdict).toBe('same');
  });
  it('gives a reason and never throws on empty input', () => {
    expect(compareNames('', 'Mark Rutte')).toEqual({
      verdict: 'different',
      reason: 'no name to compare',
    });
    expect(compareNames('Mark Rutte', 'Mark Rutte').reason).toBe('identical');
  });
});

describe('reading names', () => {
  it('drops a possessive', () => {
    expect(compareNames("Rutte's", 'Mark Rutte').verdict).toBe('same');
    expect(compareNames('Zelenskyy’s', 'Zelensky').verdict).toBe('same');
  });
  it('reads "Surname, Given" order', () => {
    expect(compareNames('Kuleba, Dmytro', 'Dmitry Kuleba').verdict).toBe('same');
  });
});
