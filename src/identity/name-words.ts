/**
 * Word lists for reading a written name: honorifics and titles that may precede it, generational
 * suffixes that distinguish relatives (Jr., III), post-nominals that do not (PhD, MP), and the
 * surname particles that belong to the surname (von der Leyen, al-Assad, bin Salman, da Silva).
 */

/** Leading words that are not part of the name ("Mr. Rutte", "Sheikh Mohammed"). */
export const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx mister madam madame mme mlle dr doctor prof professor sir dame lord lady rev ' +
    'reverend hon honourable honorable fr father sheikh sheik shaikh president pres sen senator rep ' +
    'representative gov governor gen general lt col colonel maj major capt captain sgt adm admiral ' +
    'cmdr cdr commander king queen prince princess pope ayatollah imam rabbi cardinal archbishop ' +
    'bishop judge justice mayor chancellor premier minister ambassador comrade herr frau signor ' +
    'signora senor senora the his her excellency majesty highness royal emir sultan marshal'
  ).split(' '),
);

/** Generational suffixes, normalised: they tell relatives of the same name apart. */
export const SUFFIXES = new Map<string, string>([
  ['jr', 'jr'],
  ['junior', 'jr'],
  ['jnr', 'jr'],
  ['sr', 'sr'],
  ['senior', 'sr'],
  ['snr', 'sr'],
  ['ii', 'ii'],
  ['iii', 'iii'],
  ['iv', 'iv'],
]);

/** Trailing post-nominals that say nothing about identity. */
export const POST_NOMINALS = new Set('phd md mp mep qc kc obe mbe cbe kbe esq dds jd'.split(' '));

/** Surname particles. `ben`/`al`/`el` count only after the first word (Ben Wallace, Al Gore). */
export const PARTICLES = new Set(
  'von van der den de del della degli di da das dos du la le al el bin ibn bint ben ter ten zu'.split(
    ' ',
  ),
);

/** Particles that are also given names when they open the name, unless hyphenated (al-Sisi). */
export const FIRST_WORD_NAMES = new Set(['al', 'el', 'ben']);
