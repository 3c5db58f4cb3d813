/**
 * East Asian names are written surname first in English-language news (Kim Jong Un, Xi Jinping,
 * Moon Jae-in), so "Kim Jong Un" and "Kim Yo Jong" share the surname Kim and differ in the given
 * name. We only read a name that way when it clearly looks East Asian: a common surname first,
 * followed by romanised syllables — Korean names as two one-syllable parts ("Jong Un",
 * "Jae-in"), Chinese ones as one or two syllables ("Jinping", "Yi"). "Kim Darroch" or
 * "Lee Anderson" therefore stay given-name first.
 */

const KOREAN_SURNAMES = new Set(
  'kim lee park moon yoon yun choi jung chung kang cho jo han shin lim im ban roh rhee ahn oh seo hwang jang'.split(
    ' ',
  ),
);
const CHINESE_SURNAMES = new Set(
  (
    'xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang song ' +
    'zheng xie tang feng dong xiao cao yuan deng fu shen zeng peng lu su pan jiang cai jia ding wei ' +
    'xue yan tan du dai xia zhong wen qin qian kong mao bo lai hou tsai'
  ).split(' '),
);

/** One romanised syllable (pinyin, Wade-Giles or Revised Romanization), loosely. */
const SYLLABLE =
  /^(?:(?:ch|sh|zh|ts|hs|[bcdfghjklmnpqrstwxyz])?(?:y|w)?(?:[aeiou]{1,3})(?:ng|n|m|k|l|p|r|t)?)$/;
const TWO_SYLLABLES =
  /^(?:(?:ch|sh|zh|ts|hs|[bcdfghjklmnpqrstwxyz])?(?:y|w)?(?:[aeiou]{1,3})(?:ng|n|r)?){2}$/;

/**
 * If `tokens` (ASCII lower case, in written order) read as an East Asian surname-first name,
 * returns the given-name parts joined into one token ("jong" + "un" → "jongun"); else null.
 */
export function eastAsianGiven(tokens: readonly string[]): string | null {
  if (tokens.length < 2 || tokens.length > 3) return null;
  const surname = tokens[0] ?? '';
  const rest = tokens.slice(1);
  if (KOREAN_SURNAMES.has(surname) && rest.length === 2 && rest.every((t) => SYLLABLE.test(t))) {
    return rest.join('');
  }
  if (CHINESE_SURNAMES.has(surname)) {
    if (rest.length === 1 && (SYLLABLE.test(rest[0] ?? '') || TWO_SYLLABLES.test(rest[0] ?? '')))
      return rest[0] ?? null;
    if (rest.length === 2 && rest.every((t) => SYLLABLE.test(t))) return rest.join('');
  }
  return null;
}
