/**
 * A headline that attributes itself: "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying
 * GOP" or "Poll: Donald Trump Ties Hillary Clinton". When the text opens with a short name and a
 * colon, the colon is the cue (as PolNeAR marks it), the name the source and the rest of the
 * line the content, without its final full stop.
 */
import { WordClass, type TokenContext } from './context.ts';

/** Longest source before the colon, in tokens ("Wash Post Fact-Check"). */
const MAX_SOURCE = 6;

function nameToken(c: number): boolean {
  return c === WordClass.Capitalised || c === WordClass.AllCaps || c === WordClass.Lower || c === WordClass.Punct ||
    c === WordClass.Number || c === WordClass.Dash;
}

/** The colon cue of an attributing headline at the start of the text, or null. */
function headlineCue(ctx: TokenContext): [number, number] | null {
  const first = ctx.cls[0];
  if (ctx.n < 3 || (first !== WordClass.Capitalised && first !== WordClass.AllCaps)) return null;
  for (let k = 1; k <= MAX_SOURCE && k + 1 < ctx.n; k++) {
    if (ctx.para[k] !== ctx.para[0]) return null;
    if (ctx.lower[k] === ':') return ctx.para[k + 1] === ctx.para[0] ? [k, k + 1] : null;
    if (!nameToken(ctx.cls[k] as number)) return null;
  }
  return null;
}

/**
 * The headline's colon cue and, when the line goes on after it, its source (the name) and
 * content (the rest of the line, without its final full stop); null when there is no such cue.
 */
export function headlineAttribution(ctx: TokenContext): { cue: [number, number]; roles: { source: [number, number]; content: [number, number] } | null } | null {
  const cue = headlineCue(ctx);
  if (!cue) return null;
  const [cs, ce] = cue;
  const p = ctx.para[0];
  let end = ce;
  while (end < ctx.n && ctx.para[end] === p) end++;
  if (ctx.cls[end - 1] === WordClass.Final && end - 1 > ce) end--;
  return { cue, roles: end > ce ? { source: [0, cs], content: [ce, end] } : null };
}
