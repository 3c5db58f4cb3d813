import { describe, expect, it } from 'vitest';
import { resolvePerson } from './resolve-person.ts';
import type { ArticlePerson, KnownPerson } from './types.ts';

const P = (
  name: string,
  title: string | null = null,
  organization: string | null = null,
  country: string | null = null,
): ArticlePerson => ({
  name,
  title,
  organization,
  country,
});
const K = (
  id: number,
  name: string,
  roles: Array<[string, string | null, string | null, string]> = [],
  extra: Partial<KnownPerson> = {},
): KnownPerson => ({
  id,
  name,
  aliases: [name],
  roles: roles.map(([title, organization, country, date]) => ({
    title,
    organization,
    country,
    date,
  })),
  userEdited: false,
  ...extra,
});
const alone = (person: ArticlePerson) => ({ publishedAt: '2025-06-01', people: [person] });

const rutte = K(1, 'Mark Rutte', [['NATO Secretary General', 'NATO', null, '2025-06-20']]);
const stoltenberg = K(2, 'Jens Stoltenberg', [
  ['NATO Secretary General', 'NATO', null, '2023-06-01'],
]);
const rasmussen = K(3, 'Anders Fogh Rasmussen', [
  ['Former NATO Secretary General', 'NATO', null, '2023-06-01'],
]);
const kuleba = K(4, 'Dmitry Kuleba', [['Foreign Minister', null, 'Ukraine', '2023-06-01']]);
const bill = K(10, 'Bill Clinton', [['President', null, 'United States', '1998-01-01']]);
const hillary = K(
  11,
  'Hillary Clinton',
  [['Secretary of State', null, 'United States', '2012-01-01']],
  {
    aliases: ['Hillary Clinton', 'Hillary Rodham Clinton', 'Clinton'],
  },
);
const bushW = K(20, 'George W. Bush', [
  ['President', null, 'United States', '2005-01-01'],
  ['Governor of Texas', null, null, '1998-01-01'],
]);
const bushHW = K(21, 'George H. W. Bush', [['President', null, 'United States', '1991-01-01']]);

describe('resolvePerson: full names', () => {
  it('links a transliteration variant', () => {
    const r = resolvePerson(
      P('Dmytro Kuleba', 'Foreign Minister', null, 'Ukraine'),
      alone(P('Dmytro Kuleba')),
      [kuleba],
    );
    expect(r).toMatchObject({ kind: 'match', personId: 4 });
  });
  it('never merges on a shared title: Rutte is not Stoltenberg', () => {
    const p = P('Mark Rutte', 'NATO Secretary General', 'NATO');
    expect(resolvePerson(p, alone(p), [stoltenberg, rasmussen]).kind).toBe('new');
    expect(resolvePerson(p, alone(p), [stoltenberg, rutte, rasmussen])).toMatchObject({
      kind: 'match',
      personId: 1,
    });
  });
  it('keeps a Jr. apart from his father', () => {
    const p = P('Donald Trump Jr.');
    expect(
      resolvePerson(p, alone(p), [
        K(30, 'Donald Trump', [['President', null, 'United States', '2025-01-20']]),
      ]).kind,
    ).toBe('new');
  });
  it('lets an alias that marks a relative veto the person, even with the same organisation', () => {
    const father = K(31, 'Donald Trump', [['Chair', 'Trump Organization', null, '2010-01-01']], {
      aliases: ['Donald Trump', 'Donald J. Trump'],
    });
    const p = P('Donald Trump Jr.', 'Executive Vice President', 'Trump Organization');
    expect(resolvePerson(p, alone(p), [father]).kind).toBe('new');
  });
  it('ignores a bare alias when the article gives a full name (Bill is not Hillary)', () => {
    const p = P('Bill Clinton');
    expect(resolvePerson(p, alone(p), [hillary]).kind).toBe('new');
  });
  it('leaves a name that fits two stored people unlinked unless the article decides', () => {
    const p = P('George Bush', 'President', null, 'United States');
    expect(resolvePerson(p, alone(p), [bushW, bushHW]).kind).toBe('unlinked');
    const governor = P('George Bush', 'Governor of Texas');
    expect(resolvePerson(governor, alone(governor), [bushW, bushHW])).toMatchObject({
      kind: 'match',
      personId: 20,
    });
  });
  it('links an unsure name only with supporting context', () => {
    const rfk = K(40, 'Robert F. Kennedy Jr.', [
      ['Health Secretary', null, 'United States', '2025-03-01'],
    ]);
    const plain = P('Robert Kennedy');
    expect(resolvePerson(plain, alone(plain), [rfk]).kind).toBe('new');
    const titled = P('Robert Kennedy', 'Health Secretary');
    expect(resolvePerson(titled, alone(titled), [rfk])).toMatchObject({
      kind: 'match',
      personId: 40,
    });
  });
  it('creates a new person when no candidate fits', () => {
    const p = P('Kaja Kallas', 'Prime Minister', null, 'Estonia');
    expect(resolvePerson(p, alone(p), []).kind).toBe('new');
  });
});

describe('resolvePerson: bare surnames need context', () => {
  it('links a surname with the same office as a stored role', () => {
    const p = P('Rutte', 'NATO Secretary General', 'NATO');
    expect(resolvePerson(p, alone(p), [rutte])).toMatchObject({ kind: 'match', personId: 1 });
  });
  it('links a surname with the same organisation', () => {
    const p = P('Rasmussen', null, 'NATO');
    expect(resolvePerson(p, alone(p), [rasmussen])).toMatchObject({ kind: 'match', personId: 3 });
  });
  it('treats "Former X" as the same office for context', () => {
    const p = P('Clinton', 'Former President', null, 'United States');
    expect(resolvePerson(p, alone(p), [bill, hillary])).toMatchObject({
      kind: 'match',
      personId: 10,
    });
  });
  it('leaves an honorific + surname with no context unlinked', () => {
    const p = P('Mr. Rutte');
    expect(resolvePerson(p, alone(p), [rutte]).kind).toBe('unlinked');
  });
  it('picks the one candidate the title fits', () => {
    const p = P('Clinton', 'Secretary of State');
    expect(resolvePerson(p, alone(p), [bill, hillary])).toMatchObject({
      kind: 'match',
      personId: 11,
    });
  });
  it('uses a full-name mention elsewhere in the same article', () => {
    const p = P('Clinton');
    const article = { publishedAt: '2016-01-01', people: [P('Hillary Rodham Clinton'), p] };
    expect(resolvePerson(p, article, [bill, hillary])).toMatchObject({
      kind: 'match',
      personId: 11,
    });
  });
  it('stays unlinked when the context fits two stored people', () => {
    const p = P('Bush', 'President');
    expect(resolvePerson(p, alone(p), [bushW, bushHW]).kind).toBe('unlinked');
    const both = {
      publishedAt: null,
      people: [P('Bill Clinton'), P('Hillary Clinton'), P('Clinton')],
    };
    expect(resolvePerson(both.people[2] as ArticlePerson, both, [bill, hillary]).kind).toBe(
      'unlinked',
    );
  });
  it('never creates a person from a bare surname', () => {
    const p = P('Kallas', 'Prime Minister', null, 'Estonia');
    expect(resolvePerson(p, alone(p), []).kind).toBe('unlinked');
  });
  it('does not link a bare surname whose office contradicts by country', () => {
    const p = P('Kuleba', 'Foreign Minister', null, 'Russia');
    expect(resolvePerson(p, alone(p), [kuleba]).kind).toBe('unlinked');
  });
});

describe('resolvePerson: the user is the final authority', () => {
  // The user split "Dmytro Kuleba" off "Dmitry Kuleba": each keeps its alias.
  const dmitry = K(50, 'Dmitry Kuleba', [['Foreign Minister', null, 'Ukraine', '2023-06-01']], {
    userEdited: true,
  });
  const dmytro = K(51, 'Dmytro Kuleba', [['Foreign Minister', null, 'Ukraine', '2023-06-01']], {
    userEdited: true,
  });
  it('sends a name to the person holding that exact alias', () => {
    const a = P('Dmytro Kuleba', 'Foreign Minister', null, 'Ukraine');
    expect(resolvePerson(a, alone(a), [dmitry, dmytro])).toMatchObject({
      kind: 'match',
      personId: 51,
    });
    const b = P('Dmitry Kuleba');
    expect(resolvePerson(b, alone(b), [dmitry, dmytro])).toMatchObject({
      kind: 'match',
      personId: 50,
    });
  });
  it('does not guess between people the user keeps apart', () => {
    const c = P('Dmitri Kuleba', 'Foreign Minister', null, 'Ukraine');
    expect(resolvePerson(c, alone(c), [dmitry, dmytro]).kind).toBe('unlinked');
  });
  it('honours an alias the user merged in, even one no rule would link', () => {
    const zelenskyy = K(60, 'Volodymyr Zelenskyy', [], {
      userEdited: true,
      aliases: ['Volodymyr Zelenskyy', 'Wolodymyr Selenskyj'],
    });
    const p = P('Wolodymyr Selenskyj');
    expect(resolvePerson(p, alone(p), [zelenskyy])).toMatchObject({ kind: 'match', personId: 60 });
  });
  it('honours a user rename: the old name still finds the person', () => {
    const renamed = K(70, 'Dmytro Kuleba', [], {
      userEdited: true,
      aliases: ['Dmitry Kuleba', 'Dmytro Kuleba'],
    });
    const p = P('Dmitry Kuleba');
    expect(resolvePerson(p, alone(p), [renamed])).toMatchObject({ kind: 'match', personId: 70 });
  });
});
