/**
 * Spelling folds. `any-ascii` turns any script into ASCII (Зеленський → Zelens'kiy, Erdoğan →
 * Erdogan); on top of that, `foldToken` collapses the spelling choices that English-language news
 * makes differently for the same name, so Zelenskyy / Zelensky / Zelenskiy / Zelenskii, Sergei /
 * Sergey, Kharkiv / Harkiv, Yusuf / Yousuf all fold to one form. Folds are applied to both sides
 * of every comparison and to every lookup key, so they only ever need to be consistent, not
 * pretty.
 */
import anyAscii from 'any-ascii';

/** ASCII, lower case, apostrophes dropped (O'Brien → obrien, Zelens'kiy → zelenskiy). */
export function toAsciiLower(text: string): string {
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no transliteration
  return (/^[\x00-\x7f]*$/.test(text) ? text : anyAscii(text))
    .toLowerCase()
    .replace(/['`\u00b4]/g, '');
}

const DOUBLE_LETTER = /([a-z])\1+/g;
/** One pass over the spelling choices; see `FOLDS` for what each becomes. */
const FOLDABLE = /kh|ph|dh|ck|q|x|ou|oo|ae|oe|ue|c(?=[aou]|$)|y/g;
const FOLDS: Record<string, string> = {
  kh: 'h', // Mikhail / Mihail, Kharkiv / Harkiv
  ph: 'f', // Stephen / Stefan
  dh: 'd', // Gadhafi / Gadafi
  ck: 'k',
  q: 'k', // Qaddafi / Kaddafi
  x: 'ks', // Alexei / Aleksei
  ou: 'u', // Yousef / Yusef
  oo: 'u', // Yoon / Yun
  ae: 'a', // Baerbock / Bärbock (German umlauts written out)
  oe: 'o', // Schroeder / Schröder
  ue: 'u', // Mueller / Müller
  c: 'k', // Nicolas / Nikolas, Marcus / Markus (before a, o, u or at the end)
  y: 'i', // Zelenskyy / Zelenskiy, Sergey / Sergei, Dmytro / Dmitro
};
const fold = (m: string): string => FOLDS[m] ?? m;

const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/** Folds one lower-case ASCII name token to its variant-insensitive form (cached: names repeat). */
export function foldToken(token: string): string {
  if (token.length <= 1) return token;
  let folded = foldCache.get(token);
  if (folded === undefined) {
    folded = token.replace(FOLDABLE, fold);
    if (folded.endsWith('ij')) folded = folded.slice(0, -1); // Selenskyj-style endings
    folded = folded.replace(DOUBLE_LETTER, '$1'); // ii → i, mm → m, ss → s
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(token, folded);
  }
  return folded;
}
