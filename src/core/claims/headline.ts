/**
 * A headline that attributes itself: "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying
 * GOP" or "Poll: Donald Trump Ties Hillary Clinton". When the text opens with a short name and a
 * colon, the colon is the cue (as PolNeAR marks it), the name the source and the rest of the
 * line the content, without its final full stop.
 */
import type { Tokens } from '../tokenize.ts';
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

/** Lower-case words a Title Case headline keeps small ("Bid to Dismiss Case Against …"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'vs', 'via', 'from', 'into', 'over']);
/** Fewest capitalised words that make a line a Title Case headline. */
const MIN_TITLE_WORDS = 3;

/**
 * Drops cues inside a Title Case headline ("Judge Rejects Bid to Dismiss Fraud Case") that hold
 * no reporting verb: there the tagger reads capitals as it would in a sentence. "Trump Says …"
 * and a headline's colon cue stay. One pass over the tokens, then one over the cues.
 */
export function dropHeadlineCues(text: string, toks: Tokens, ctx: TokenContext, cues: Array<[number, number]>): Array<[number, number]> {
  if (cues.length === 0) return cues;
  // Per paragraph start token: 1 when the paragraph reads as a Title Case line.
  const title = new Map<number, boolean>();
  let p = -1;
  let caps = 0;
  let ok = true;
  const close = (): void => {
    if (p >= 0) title.set(p, ok && caps >= MIN_TITLE_WORDS);
  };
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.para[k] !== p) {
      close();
      p = ctx.para[k] as number;
      caps = 0;
      ok = true;
    }
    if (!ok) continue;
    const c = ctx.cls[k] as number;
    const ch = text.charCodeAt(toks.start[k] as number);
    if (c === WordClass.Final) ok = false;
    else if (ch >= 65 && ch <= 90) caps++;
    // A lower-case word other than a small one: a sentence, not a headline.
    else if (ch >= 97 && ch <= 122 && !SMALL_WORDS.has(ctx.lower[k] as string)) ok = false;
  }
  close();
  return cues.filter(([a, b]) => {
    if (!title.get(ctx.para[a] as number)) return true;
    for (let k = a; k < b; k++) if (ctx.cls[k] === WordClass.SpeechVerb || ctx.lower[k] === ':') return true;
    return false;
  });
}
