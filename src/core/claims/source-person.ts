/**
 * Which words of a claim's source name the person it is, so `sourcePerson` is the speaker and
 * not someone named inside the source phrase.
 */
import type { Tokens } from '../tokenize.ts';
import { WordClass, type TokenContext } from './context.ts';
import { personAt, type MentionIndex } from './source-kind.ts';

const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'whom']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * The part of a source that says who it is, or null when it names no person:
 * - without a relative clause ("UEFA President Aleksander Čeferin, whose organization has
 *   clashed with Infantino," is Čeferin);
 * - after an owner ("Faeser's French counterpart, Gérald Darmanin" is Darmanin; "her company",
 *   "Meta's board" and "several of his own backbenchers" are nobody);
 * - a role phrase ("a spokesman for Senate Majority Leader Chuck Schumer", "The company, founded
 *   by Bill Gates") is not the person in it, unless a name follows in apposition ("the chief
 *   executive of Meta, Mark Zuckerberg", "The spokesman, Angelo Roefaro").
 */
export function personalCore(ctx: TokenContext, src: [number, number]): [number, number] | null {
  let [a, b] = src;
  for (let k = a + 2; k < b; k++) {
    if (RELATIVE_OPENERS.has(ctx.lower[k] as string) && ctx.cls[k - 1] === WordClass.Comma) {
      b = k - 1;
      break;
    }
  }
  if (b - a > 1 && POSSESSIVE_PRONOUNS.has(ctx.lower[a] as string)) a++;
  // An owner before the first comma ("Faeser's French counterpart, …"), not in a later
  // apposition ("Josh Golin, director of Fairplay, a children's group").
  let comma = a;
  while (comma < b && ctx.cls[comma] !== WordClass.Comma) comma++;
  for (let k = Math.min(comma, b - 1) - 1; k >= a; k--) {
    if (ctx.cls[k] === WordClass.Possessive || POSSESSIVE_PRONOUNS.has(ctx.lower[k] as string)) {
      a = k + 1;
      break;
    }
  }
  if (ctx.cls[a] === WordClass.Determiner && a + 1 < b && ctx.cls[a + 1] === WordClass.Lower) {
    let k = a + 1;
    while (k < b && ctx.cls[k] === WordClass.Lower) k++;
    if (k < b && ctx.cls[k] === WordClass.Preposition) {
      while (k < b && ctx.cls[k] !== WordClass.Comma) k++;
      if (k + 1 >= b) return null;
      a = k + 1;
    } else if (k < b && ctx.cls[k] === WordClass.Comma) {
      // "The spokesman, Angelo Roefaro," names the person; "The company, founded by Bill Gates
      // and Paul Allen," does not.
      if (k + 1 >= b || ctx.cls[k + 1] !== WordClass.Capitalised) return null;
      a = k + 1;
    }
  }
  return a < b ? [a, b] : null;
}

/**
 * "Colombian President Gustavo Petro, who has urged …": the source "who" (as annotators mark it)
 * is the person named right before its comma.
 */
export function relativeAntecedent(ctx: TokenContext, toks: Tokens, mentions: MentionIndex, src: [number, number]): number | null {
  const [a, b] = src;
  const w = ctx.lower[a] as string;
  if (b - a !== 1 || (w !== 'who' && w !== 'whom') || a < 2 || ctx.cls[a - 1] !== WordClass.Comma) return null;
  return personAt(mentions, toks.start[a - 2] as number, toks.end[a - 2] as number);
}
